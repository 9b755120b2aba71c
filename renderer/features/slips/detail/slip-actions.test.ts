import { describe, expect, it } from 'vitest';
import { slipActions } from './slip-actions';

const draft = { status: 'draft', delivery: 'pickup', printedAt: undefined, released: undefined, voided: undefined } as const;
const at = { name: '李强', staffId: 2, at: 1 };

describe('the buttons a slip shows', () => {
  it('a new draft: the front desk edits and prints it; the customer signs only after printing (OUT-1)', () => {
    expect(slipActions(draft, ['frontdesk'], false)).toEqual(['edit', 'print']);
    expect(slipActions({ ...draft, printedAt: 5 }, ['frontdesk'], false)).toEqual(['print', 'sign']);
  });

  it('OUT-1: signed → the warehouse issues; issued → customer confirms; confirmed → complete; in that order only', () => {
    const signed = { ...draft, printedAt: 5, status: 'signed' } as const;
    expect(slipActions(signed, ['frontdesk'], false)).toEqual(['print']);
    expect(slipActions(signed, ['warehouse'], false)).toEqual(['issue']);
    expect(slipActions({ ...signed, status: 'issued', released: at }, ['frontdesk'], false)).toEqual(['print', 'confirm']);
    expect(slipActions({ ...signed, status: 'confirmed', released: at }, ['warehouse'], false)).toEqual(['complete']);
    expect(slipActions({ ...signed, status: 'done', released: at }, ['frontdesk'], false)).toEqual(['print']);
  });

  it('OUT-7: a pending leader sign-off is offered until the goods are released', () => {
    expect(slipActions({ ...draft, printedAt: 5, status: 'signed' }, ['warehouse'], true)).toEqual(['signOff', 'issue']);
    expect(slipActions({ ...draft, printedAt: 5, status: 'issued', released: at }, ['warehouse'], true)).toEqual(['confirm']);
  });

  it('a shipping slip leads to the shipping steps; the supervisor may void and reissue', () => {
    expect(slipActions({ ...draft, delivery: 'ship' }, ['logistics'], false)).toEqual(['ship']);
    expect(slipActions({ ...draft, delivery: 'ship', printedAt: 3 }, ['supervisor'], false)).toEqual(['print', 'ship', 'void', 'voidReopen']);
  });

  it('a voided slip takes no step', () => {
    const voided = { ...draft, voided: { reason: 'x', at: 1, byId: 1, byName: 'a', approval: { supervisorId: 1, supervisorName: 'a', at: 1, note: '' } } };
    expect(slipActions(voided, ['supervisor'], true)).toEqual([]);
  });
});
