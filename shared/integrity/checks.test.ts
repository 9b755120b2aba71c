import { describe, expect, it } from 'vitest';
import type { Movement } from '../stock/ledger';
import { stampApproval } from '../slips/approval-cover';
import { auditProblems, balanceProblems, slipSignOffCovers, stockPaperProblems } from './checks';
import { signedVariances } from './labels';

const move = (id: number, lines: Movement['lines'], extra: Partial<Movement> = {}): Movement => ({
  id, docNo: `CK20261127-00${id}`, kind: 'issue', at: 1, day: '2026-11-27', handlerId: 1, handlerName: '李强', lines, ...extra,
});

describe('the data check\'s pure rules', () => {
  it('balances: sellable and faulty stock each equal the sum of their movements; a negative sum is listed too', () => {
    const ledger = [move(1, [{ productId: 1, qty: 5 }], { kind: 'receive' }), move(2, [{ productId: 1, qty: -7 }]), move(3, [{ productId: 2, qty: 1, location: 'faulty' }], { kind: 'return' })];
    expect(balanceProblems(ledger, [{ productId: 1, onHand: -2 }, { productId: 2, onHand: 0, faulty: 1 }])).toEqual([
      { kind: 'negativeStock', table: 'stockBalances', recordId: '1', productId: 1, location: 'sellable', qty: -2 },
    ]);
    expect(balanceProblems(ledger, [{ productId: 1, onHand: -2 }, { productId: 2, onHand: 0 }])).toEqual([
      expect.objectContaining({ kind: 'negativeStock', productId: 1 }),
      { kind: 'balanceOff', table: 'stockBalances', recordId: '2', productId: 2, location: 'faulty', stored: 0, ledger: 1 },
    ]);
  });

  it('WH-1: a movement no rule knows (no record behind it) is a movement without a document, under its own number', () => {
    expect(stockPaperProblems([move(4, [{ productId: 1, qty: -1 }])], [])).toMatchObject([
      { kind: 'stockPaper', table: 'movements', label: 'CK20261127-004', difference: { kind: 'movementWithoutDocument', productId: 1, direction: 'out' } },
    ]);
  });

  it('audit: a row without its create entry and an entry without its row, unless a removal took it out', () => {
    const rows = { table: 'customers' as const, rowIds: ['1', '2'], created: new Set(['2', '3', '4']), removed: new Set(['4']), labels: new Map([['3', '张伟']]) };
    expect(auditProblems([rows])).toEqual([
      { kind: 'auditMissing', table: 'customers', recordId: '1' },
      { kind: 'auditOrphan', table: 'customers', recordId: '3', label: '张伟' },
    ]);
  });

  it('WH-2: the signed list is read from the posting entry only when it has the list\'s shape', () => {
    expect(signedVariances({ signedVariances: [{ productId: 1, bookQty: 5, countedQty: 4, variance: -1, reason: '损耗' }] })).toHaveLength(1);
    expect(signedVariances({ signedVariances: [{ productId: '1' }] })).toBeUndefined();
    expect(signedVariances({ status: 'posted' })).toBeUndefined();
  });

  it('OUT-7: the sign-off covers the slip while its lines are those it was given for (in any order); a changed line, or none kept, cannot be covered', () => {
    const approval = { supervisorId: 1, supervisorName: '周主管', at: 1, note: '' };
    const lines = [{ productId: 1, qty: 2, unitPrice: 3000, amount: 6000 }, { productId: 2, qty: 1, unitPrice: 100, amount: 100 }];
    const signOff = stampApproval(approval, lines);
    expect(slipSignOffCovers({ approvals: { signOff }, lines: [...lines].reverse() })).toBe(true);
    expect(slipSignOffCovers({ approvals: { signOff }, lines: lines.map((l) => ({ ...l, qty: l.qty + 1 })) })).toBe(false);
    expect(slipSignOffCovers({ approvals: { signOff }, lines: lines.map((l) => ({ ...l, unitPrice: l.unitPrice + 0.01 })) })).toBe(false);
    // A sign-off stored before it kept its fingerprint: nothing says what it covered.
    expect(slipSignOffCovers({ approvals: { signOff: approval }, lines })).toBeUndefined();
    expect(slipSignOffCovers({ approvals: {}, lines })).toBeUndefined();
  });
});
