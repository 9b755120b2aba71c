import { describe, expect, it } from 'vitest';
import type { VoidMark } from '../auth/approval';
import { closesFollowUp, followUpLookbackDays, followUpWindow, isFollowUpDue, isFollowUpOverdue, latestContacts, openFollowUps, type FollowUpCall } from './follow-ups';

const today = '2026-11-27';
const at = new Date(2026, 10, 20, 9, 0).getTime();
const voided: VoidMark = { at, byId: 1, byName: '周主管', reason: '录错', approval: { supervisorId: 1, supervisorName: '周主管', at, note: '' } };
const call = (over: Partial<FollowUpCall> = {}): FollowUpCall => ({ at, phone: '13800138000', customerId: 7, followUpDate: today, ...over });

describe('follow-up calls due today or overdue', () => {
  it('is due on its follow-up date and after it, not the day before', () => {
    expect(isFollowUpDue(call({ followUpDate: '2026-11-27' }), today)).toBe(true);
    expect(isFollowUpDue(call({ followUpDate: '2026-11-26' }), today)).toBe(true);
    expect(isFollowUpDue(call({ followUpDate: '2026-11-28' }), today)).toBe(false);
  });

  it('stays on the board for the lookback window, then drops off', () => {
    expect(followUpLookbackDays).toBe(30);
    expect(followUpWindow(today)).toEqual({ from: '2026-10-28', to: today });
    expect(isFollowUpDue(call({ followUpDate: '2026-10-28' }), today)).toBe(true);
    expect(isFollowUpDue(call({ followUpDate: '2026-10-27' }), today)).toBe(false);
  });

  it('a call without a follow-up date or a voided call is never due', () => {
    expect(isFollowUpDue(call({ followUpDate: undefined }), today)).toBe(false);
    expect(isFollowUpDue(call({ voided }), today)).toBe(false);
  });

  it('overdue is strictly before today', () => {
    expect(isFollowUpOverdue(call({ followUpDate: '2026-11-26' }), today)).toBe(true);
    expect(isFollowUpOverdue(call({ followUpDate: today }), today)).toBe(false);
  });

  it('a later call with the same customer closes it; an earlier one or another customer does not', () => {
    const original = call();
    expect(closesFollowUp(original, call({ at: at + 60_000, followUpDate: undefined }))).toBe(true);
    expect(closesFollowUp(original, call({ at: at - 60_000 }))).toBe(false);
    expect(closesFollowUp(original, call({ at }))).toBe(false);
    expect(closesFollowUp(original, call({ at: at + 60_000, customerId: 8 }))).toBe(false);
  });

  it('for a caller not on file the same phone closes it; a voided later call does not', () => {
    const original = call({ customerId: undefined });
    expect(closesFollowUp(original, call({ at: at + 1, customerId: undefined }))).toBe(true);
    expect(closesFollowUp(original, call({ at: at + 1, customerId: undefined, phone: '13900000000' }))).toBe(false);
    expect(closesFollowUp(call({ customerId: undefined, phone: '' }), call({ at: at + 1, customerId: undefined, phone: '' }))).toBe(false);
    expect(closesFollowUp(original, call({ at: at + 1, voided }))).toBe(false);
  });
});

describe('open follow-ups over many calls', () => {
  it('matches closesFollowUp: a later same-customer or same-phone call closes, a voided one does not', () => {
    const a = call({ at, customerId: 1, phone: '1' });
    const b = call({ at, customerId: undefined, phone: '2' });
    const c = call({ at, customerId: 3, phone: '3', followUpDate: '2026-11-26' });
    const d = call({ at, customerId: 4, phone: '4', followUpDate: '2026-11-28' }); // not yet due
    const later = [
      call({ at: at + 1, customerId: 1, phone: '9', followUpDate: undefined }),
      call({ at: at + 1, customerId: 5, phone: '2', followUpDate: undefined }),
      call({ at: at + 1, customerId: 3, phone: '3', followUpDate: undefined, voided }),
      call({ at: at - 1, customerId: 3, phone: '3', followUpDate: undefined }),
    ];
    const all = [a, b, c, d, ...later];
    const open = openFollowUps([a, b, c, d], latestContacts(all), today);
    expect(open).toEqual([c]);
    const brute = [a, b, c, d].filter((x) => isFollowUpDue(x, today) && !all.some((y) => closesFollowUp(x, y)));
    expect(open).toEqual(brute);
  });
});
