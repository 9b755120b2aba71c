import { describe, expect, it } from 'vitest';
import { itemHref } from './item-links';
import { backupWhen, cardView, figureText } from './item-view';

const at = (h: number, m = 0, d = 27) => new Date(2026, 10, d, h, m).getTime();

describe('card view', () => {
  it('a zero count is calm, a count is due, an overdue split or a late kind is an alert', () => {
    expect(cardView('awaitingAnalysis', { kind: 'count', count: 0 }, at(9))).toEqual({ figure: { count: 0 }, tone: 'calm' });
    expect(cardView('awaitingAnalysis', { kind: 'count', count: 3 }, at(9))).toEqual({ figure: { count: 3 }, tone: 'due' });
    expect(cardView('followUps', { kind: 'count', count: 3, overdue: 1 }, at(9))).toEqual({
      figure: { count: 3 },
      tone: 'alert',
      sub: { key: 'today.count.overdue', params: { count: 1 } },
    });
    expect(cardView('followUps', { kind: 'count', count: 3, overdue: 0 }, at(9)).tone).toBe('due');
    expect(cardView('unsettledDays', { kind: 'count', count: 1, oldestDay: '2026-11-26' }, at(9))).toMatchObject({ tone: 'alert', sub: { key: 'today.count.oldest' } });
    expect(cardView('seriousComplaints', { kind: 'count', count: 2, major: 1 }, at(9)).sub).toEqual({ key: 'today.count.majorIncidents', params: { count: 1 } });
  });

  it('shows a capped count as "100+" and a state as its word', () => {
    const t = (key: string) => `<${key}>`;
    expect(figureText(cardView('removalDue', { kind: 'count', count: 100, atLeast: true }, at(9)), t)).toBe('100+');
    expect(figureText(cardView('removalDue', { kind: 'count', count: 7 }, at(9)), t)).toBe('7');
    expect(figureText(cardView('backup', { kind: 'backup', lastAt: null }, at(9)), t)).toBe('<today.backup.state.overdue>');
  });

  it('WH-1: the settlement card turns to an alert at 18:00 and to done once settled', () => {
    const open = { kind: 'settlement', settled: false, time: '18:00' } as const;
    expect(cardView('settlementToday', open, at(17, 59))).toMatchObject({ tone: 'calm', figure: { key: 'today.settlement.notYet' } });
    expect(cardView('settlementToday', open, at(18, 0))).toMatchObject({ tone: 'alert', figure: { key: 'today.settlement.due' } });
    expect(cardView('settlementToday', { ...open, settled: true }, at(18, 30))).toMatchObject({ tone: 'done', figure: { key: 'today.settlement.settled' } });
  });

  it('backup: never or more than a day ago is an alert, otherwise done with the time', () => {
    expect(cardView('backup', { kind: 'backup', lastAt: null }, at(9))).toMatchObject({ tone: 'alert', sub: { key: 'today.backup.never' } });
    expect(cardView('backup', { kind: 'backup', lastAt: at(8, 30) }, at(9))).toEqual({
      figure: { key: 'today.backup.state.ok' },
      tone: 'done',
      sub: { key: 'today.backup.ok', params: { when: '08:30' } },
    });
    expect(cardView('backup', { kind: 'backup', lastAt: at(8, 0, 26) }, at(9))).toMatchObject({ tone: 'alert', sub: { params: { when: '11-26 08:00' } } });
  });

  it('writes the backup time short for today, with the date otherwise', () => {
    expect(backupWhen(at(7, 5), at(9))).toBe('07:05');
    expect(backupWhen(at(23, 59, 26), at(9))).toBe('11-26 23:59');
  });
});

describe('card links', () => {
  it('opens the queue, or the record itself when exactly one waits and it has an address', () => {
    expect(itemHref('chase')).toBe('#/shipping/chase');
    expect(itemHref('settlementToday')).toBe('#/products/settlement');
    expect(itemHref('awaitingSecondCount', 12)).toBe('#/shipping/work/12');
    expect(itemHref('releasesAwaitingSignOff', 7)).toBe('#/slips/7');
    expect(itemHref('followUps', 3)).toBe('#/calls');
  });
});
