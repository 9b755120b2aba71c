import { describe, expect, it } from 'vitest';
import { boardFor, boardItemIds, boardItems, seesItem } from './board-items';

const ids = (roles: Parameters<typeof boardFor>[0]) => boardFor(roles).flatMap((s) => s.items.map((i) => i.id));
const sections = (roles: Parameters<typeof boardFor>[0]) => boardFor(roles).map((s) => s.section);

describe('Today board sections by role', () => {
  it('defines every item exactly once', () => {
    expect(boardItems.map((i) => i.id).sort()).toEqual([...boardItemIds].sort());
  });

  it('a front-desk clerk sees only the everyone section: follow-ups, SHP-4 chase, SHP-5 callbacks, service, issues, backup', () => {
    expect(sections(['frontdesk'])).toEqual(['everyone']);
    expect(ids(['frontdesk'])).toEqual(['followUps', 'chase', 'callbacks', 'awaitingAnalysis', 'awaitingDispatch', 'dispatchesToday', 'outstandingDue', 'issuesToRegister', 'backup']);
  });

  it('the warehouse keeper also sees the stock day: WH-1 settlement, IN-1, IN-3, OUT-4, stock takes', () => {
    expect(sections(['warehouse'])).toEqual(['everyone', 'warehouse']);
    expect(ids(['warehouse'])).toEqual(expect.arrayContaining(['settlementToday', 'unsettledDays', 'lowStock', 'discrepancies', 'awaitingSecondCount', 'openStockTakes']));
  });

  it('OUT-4: logistics sees the picking and second-count items, not the rest of the warehouse day', () => {
    const warehouseItems = boardFor(['logistics']).find((s) => s.section === 'warehouse')?.items.map((i) => i.id);
    expect(warehouseItems).toEqual(['pickingToday', 'awaitingSecondCount']);
  });

  it('the supervisor sees what needs a leader (OUT-7, SVC-2, WH-1, WH-2, IN-3, SVC-4, REV-1, REC-2, REC-1), not the warehouse chores', () => {
    expect(sections(['supervisor'])).toEqual(['everyone', 'supervisor']);
    const sup = boardFor(['supervisor']).find((s) => s.section === 'supervisor')?.items.map((i) => i.rule);
    expect(sup).toEqual(['OUT-7', 'SVC-2', 'WH-1', 'WH-2', 'IN-3', 'SVC-4', 'REV-1', 'REC-2', 'REC-1']);
  });

  it('a person with two roles sees the union, each item once', () => {
    const both = ids(['frontdesk', 'logistics']);
    expect(both).toEqual([...new Set(both)]);
    expect(both).toContain('awaitingSecondCount');
    expect(both).not.toContain('lowStock');
  });

  it('leaves out items whose data does not exist, and a section left empty', () => {
    const onlyCalls = boardFor(['supervisor'], (id) => id === 'followUps');
    expect(onlyCalls).toEqual([{ section: 'everyone', items: [expect.objectContaining({ id: 'followUps' })] }]);
  });

  it('seesItem: "all" is everyone, a role list needs one of its roles', () => {
    expect(seesItem([], { roles: 'all' })).toBe(true);
    expect(seesItem(['frontdesk'], { roles: ['warehouse'] })).toBe(false);
    expect(seesItem(['frontdesk', 'warehouse'], { roles: ['warehouse'] })).toBe(true);
  });
});
