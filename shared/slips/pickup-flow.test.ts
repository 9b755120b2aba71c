import { describe, expect, it } from 'vitest';
import { markPrinted, recordSignOff } from './editable';
import type { Step } from './messages';
import { completePickup, confirmPickup, issueSlip, signSlip } from './pickup-flow';
import type { PurchaseSlip } from './purchase-slip';
import { ctx, ids, keeper, line, NOW, slip, supervisorApproval } from './test-fixtures';

function unwrap<T>(step: Step<T>): T {
  if (!step.ok) throw new Error(JSON.stringify(step.issues));
  return step.value;
}
const refusals = <T>(step: Step<T>) => (step.ok ? [] : step.issues.map((i) => i.message));
const printed = (s: PurchaseSlip = slip()) => unwrap(markPrinted(s, NOW));
const signature = { name: '张三', at: NOW + 1000 };
const count = { name: '张三', at: NOW + 3000, countMatches: true };

describe('self-pickup flow', () => {
  it('OUT-1: draft → signed → issued → confirmed → done, each step recorded', () => {
    const signed = unwrap(signSlip(printed(), ctx, signature));
    expect(signed).toMatchObject({ status: 'signed', customerSignature: signature });
    const issued = unwrap(issueSlip(signed, ctx, keeper, NOW + 2000));
    expect(issued).toMatchObject({ status: 'issued', released: { staffId: 2, name: '李强', at: NOW + 2000 } });
    const confirmed = unwrap(confirmPickup(issued, count));
    expect(confirmed).toMatchObject({ status: 'confirmed', pickupConfirmation: { name: '张三', at: NOW + 3000 } });
    expect(unwrap(completePickup(confirmed, NOW + 4000))).toMatchObject({ status: 'done', doneAt: NOW + 4000 });
  });

  it('OUT-1: steps out of order are refused with what must come first', () => {
    expect(refusals(signSlip(slip(), ctx, signature))).toEqual(['slip.pickup.printBeforeSigning']);
    expect(refusals(issueSlip(printed(), ctx, keeper, NOW))).toEqual(['slip.pickup.signBeforeIssue']);
    const signed = unwrap(signSlip(printed(), ctx, signature));
    expect(refusals(confirmPickup(signed, count))).toEqual(['slip.pickup.issueBeforeConfirm']);
    expect(refusals(completePickup(signed, NOW))).toEqual(['slip.pickup.confirmBeforeDone']);
    expect(refusals(signSlip(signed, ctx, signature))).toEqual(['slip.pickup.alreadySigned']);
    const issued = unwrap(issueSlip(signed, ctx, keeper, NOW));
    expect(refusals(issueSlip(issued, ctx, keeper, NOW))).toEqual(['slip.pickup.alreadyIssued']);
  });

  it('OUT-1: the signature needs the signer’s name; a count the customer disputes is not confirmed', () => {
    expect(refusals(signSlip(printed(), ctx, { name: ' ', at: NOW }))).toEqual(['slip.pickup.signatureNameRequired']);
    const issued = unwrap(issueSlip(unwrap(signSlip(printed(), ctx, signature)), ctx, keeper, NOW));
    expect(refusals(confirmPickup(issued, { ...count, countMatches: false }))).toEqual(['slip.pickup.countMismatch']);
  });

  it('OUT-7: a sign-off product is signed by the customer but not issued before the supervisor approves', () => {
    const s = printed(slip({ lines: [line(ids.special, 1)] }));
    const signed = unwrap(signSlip(s, ctx, signature));
    expect(refusals(issueSlip(signed, ctx, keeper, NOW))).toEqual(['stock.out.needsSignOff']);
    const approved = unwrap(recordSignOff(signed, { ...supervisorApproval, at: NOW }, NOW));
    expect(unwrap(issueSlip(approved, ctx, keeper, NOW)).status).toBe('issued');
  });

  it('refuses the pickup steps on a shipping slip, and any step on a voided slip', () => {
    expect(refusals(signSlip(printed(slip({ delivery: 'ship' })), ctx, signature))).toEqual(['slip.flow.notPickup']);
    const voided: PurchaseSlip = { ...printed(), voided: { at: NOW, byId: 9, byName: '王主任', reason: '作废', approval: supervisorApproval } };
    expect(refusals(signSlip(voided, ctx, signature))).toEqual(['slip.error.voided']);
  });

  it('re-checks the stock at issue: goods gone since the slip was written are refused', () => {
    const signed = unwrap(signSlip(printed(), ctx, signature));
    expect(refusals(issueSlip(signed, { ...ctx, balances: new Map([[ids.plain, 1]]) }, keeper, NOW))).toEqual(['stock.out.insufficient']);
  });
});
