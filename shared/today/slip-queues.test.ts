import { describe, expect, it } from 'vitest';
import { NOW, clerk, ids, keeper, line, products, slip, supervisorApproval } from '../slips/test-fixtures';
import { stampApproval } from '../slips/approval-cover';
import type { PurchaseSlip } from '../slips/purchase-slip';
import { isAwaitingSecondCount, isAwaitingSignOff, isToPick } from './slip-queues';

const count = (who: { staffId: number; name: string }) => ({ ...who, at: NOW, lines: [{ productId: ids.plain, qty: 2 }] });
const ship = (over: Partial<PurchaseSlip>): PurchaseSlip => ({ ...slip({ delivery: 'ship' }), ...over });
const voided = { at: NOW, byId: 9, byName: '周主管', reason: '作废', approval: supervisorApproval };

describe('slip queues on the board', () => {
  it('OUT-2: a handed-over list, or one being picked that nobody has counted, is on the picking list', () => {
    expect(isToPick(ship({ status: 'listed' }))).toBe(true);
    expect(isToPick(ship({ status: 'picking', counts: [] }))).toBe(true);
    expect(isToPick(ship({ status: 'picking', counts: [count(clerk)] }))).toBe(false);
    expect(isToPick(ship({ status: 'draft' }))).toBe(false);
    expect(isToPick(ship({ status: 'listed', voided }))).toBe(false);
  });

  it('OUT-4: counted once → waits for the second count; counted twice (status counted) → not any more', () => {
    expect(isAwaitingSecondCount(ship({ status: 'picking', counts: [count(clerk)] }))).toBe(true);
    expect(isAwaitingSecondCount(ship({ status: 'picking', counts: [] }))).toBe(false);
    expect(isAwaitingSecondCount(ship({ status: 'counted', counts: [count(clerk), count(keeper)] }))).toBe(false);
    expect(isAwaitingSecondCount({ ...slip(), status: 'picking', counts: [count(clerk)] })).toBe(false); // self-pickup
  });

  it('OUT-7: a special product waits for the leader until signed off or released; plain goods never wait', () => {
    const special = slip({ lines: [line(ids.special, 1)] });
    expect(isAwaitingSignOff(special, products)).toBe(true);
    expect(isAwaitingSignOff({ ...special, approvals: { signOff: stampApproval(supervisorApproval, special.lines) } }, products)).toBe(false);
    // A sign-off given for other lines (or stored without the lines it covers) does not count.
    expect(isAwaitingSignOff({ ...special, approvals: { signOff: stampApproval(supervisorApproval, [line(ids.special, 2)]) } }, products)).toBe(true);
    expect(isAwaitingSignOff({ ...special, approvals: { signOff: supervisorApproval } }, products)).toBe(true);
    expect(isAwaitingSignOff({ ...special, status: 'issued', released: { ...keeper, at: NOW } }, products)).toBe(false);
    expect(isAwaitingSignOff({ ...special, voided }, products)).toBe(false);
    expect(isAwaitingSignOff(slip(), products)).toBe(false);
  });
});
