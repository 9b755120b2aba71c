import { describe, expect, it } from 'vitest';
import type { VoidMark } from '../auth/approval';
import { ValidationError } from '../validation';
import { slipLinesKey } from './approval-cover';
import { assertEditable, canEdit, editIssues, editSlip, editSlipApprovals, isEditable, markPrinted, needsStockReturn, recordSignOff, replacementFields, voidSlip } from './editable';
import type { PurchaseSlip } from './purchase-slip';
import { fields, ids, keeper, line, NOW, slip, supervisorApproval } from './test-fixtures';

const approvalNow = { ...supervisorApproval, at: NOW };
const mark: VoidMark = { at: NOW, byId: 9, byName: '王主任', reason: ' 客户改订 ', approval: approvalNow };

function unwrap<T>(step: { ok: true; value: T } | { ok: false }): T {
  if (!step.ok) throw new Error('step refused');
  return step.value;
}

describe('OUT-7: an approval covers the lines it was given for', () => {
  const special = (qty: number, price = 3000) => fields({ lines: [line(ids.special, qty, price)] });
  const signed = () => unwrap(recordSignOff({ ...slip(), ...special(1) }, approvalNow, NOW));

  it('OUT-7: changing the quantity of a signed product drops the sign-off and records the lapse', () => {
    const edited = unwrap(editSlipApprovals(signed(), { ...special(4), approvals: signed().approvals }, { name: '王丽' }, NOW + 1));
    expect(edited.approvals.signOff).toBeUndefined();
    expect(edited.lapsedApprovals).toEqual({ at: NOW + 1, byName: '王丽', kinds: ['signOff'] });
    // The supervisor signs again, for 4: the lapse is answered.
    const again = unwrap(recordSignOff(edited, { ...approvalNow, at: NOW + 2 }, NOW + 2));
    expect(again.approvals.signOff?.covers).toBe(slipLinesKey(special(4).lines));
    expect(again.lapsedApprovals).toBeUndefined();
  });

  it('OUT-7: an edit that leaves the lines as they were (remarks, order of lines) keeps the sign-off', () => {
    const s = signed();
    expect(unwrap(editSlipApprovals(s, { ...special(1), remarks: '加急', approvals: s.approvals }, { name: '王丽' }, NOW + 1))).toMatchObject({ approvals: { signOff: s.approvals.signOff }, remarks: '加急' });
    expect(slipLinesKey([line(ids.plain, 1), line(ids.special, 1)])).toBe(slipLinesKey([line(ids.special, 1), line(ids.plain, 1)]));
    expect(unwrap(editSlipApprovals(s, { ...special(1, 2500), approvals: s.approvals }, { name: '王丽' }, NOW + 1)).approvals.signOff).toBeUndefined();
  });
});

describe('editing a slip (a permanent record)', () => {
  it('edits an unprinted draft in place', () => {
    const s = slip();
    expect(isEditable(s)).toBe(true);
    expect(canEdit(s)).toBe(true);
    const edited = editSlip(s, fields({ remarks: '加急' }), NOW + 1);
    expect(edited.ok && edited.value.remarks).toBe('加急');
  });

  it('OUT-2: a print job holding the screenshot page is recorded once, only for a slip that has a screenshot', () => {
    const shot = { kind: 'backOfficeScreenshot' as const, name: 'a.png', mime: 'image/png', dataUrl: 'data:image/png;base64,AA==' };
    const plain = unwrap(markPrinted(slip({ attachments: [shot] }), NOW));
    expect(plain.screenshotPrintedAt).toBeUndefined();
    const withShot = unwrap(markPrinted(plain, NOW + 5, true));
    expect(withShot).toMatchObject({ printedAt: NOW, screenshotPrintedAt: NOW + 5 });
    expect(unwrap(markPrinted(withShot, NOW + 9, true)).screenshotPrintedAt).toBe(NOW + 5);
    expect(unwrap(markPrinted(slip(), NOW, true)).screenshotPrintedAt).toBeUndefined();
  });

  it('REC-1: once printed or released, the slip is only voided and replaced, never edited', () => {
    const printed = unwrap(markPrinted(slip(), NOW));
    expect(isEditable(printed)).toBe(false);
    expect(editSlip(printed, fields(), NOW)).toEqual({ ok: false, issues: [{ path: 'status', message: 'slip.error.printedNoEdit' }] });
    expect(() => assertEditable(printed)).toThrow(ValidationError);
    const released: PurchaseSlip = { ...slip(), status: 'issued', released: { ...keeper, at: NOW } };
    expect(editIssues(released)).toEqual([{ path: 'status', message: 'slip.error.releasedNoEdit' }]);
    expect(editIssues({ ...slip(), status: 'listed' })).toEqual([{ path: 'status', message: 'slip.error.inProgressNoEdit' }]);
  });

  it('keeps the first print time on a reprint', () => {
    const once = unwrap(markPrinted(slip(), NOW));
    expect(unwrap(markPrinted(once, NOW + 5000)).printedAt).toBe(NOW);
  });

  it('voids with a reason and a fresh supervisor approval, then refuses every step', () => {
    const voided = unwrap(voidSlip(slip(), mark, NOW));
    expect(voided.voided?.reason).toBe('客户改订');
    expect(isEditable(voided)).toBe(false);
    expect(voidSlip(voided, mark, NOW)).toEqual({ ok: false, issues: [{ path: 'status', message: 'slip.error.voided' }] });
    expect(markPrinted(voided, NOW).ok).toBe(false);
  });

  it('refuses a void without a reason or with a stale approval', () => {
    expect(voidSlip(slip(), { ...mark, reason: ' ' }, NOW)).toEqual({ ok: false, issues: [{ path: 'reason', message: 'void.error.reasonRequired' }] });
    const stale = { ...mark, approval: { ...approvalNow, at: NOW - 60 * 60 * 1000 } };
    expect(voidSlip(slip(), stale, NOW)).toEqual({ ok: false, issues: [{ path: 'approval', message: 'slip.error.voidNeedsApproval' }] });
  });

  it('says when voiding must book the goods back, and fills the replacement from the old slip', () => {
    const released: PurchaseSlip = { ...slip(), status: 'issued', released: { ...keeper, at: NOW } };
    expect(needsStockReturn(released)).toBe(true);
    expect(needsStockReturn(slip())).toBe(false);
    const replacement = replacementFields({ ...released, approvals: { signOff: approvalNow } });
    expect(replacement).toMatchObject({ replacesSlipId: 11, lines: released.lines, approvals: {} });
  });

  it('OUT-7: records a fresh sign-off, refuses a stale one', () => {
    expect(unwrap(recordSignOff(slip(), approvalNow, NOW)).approvals.signOff).toEqual({ ...approvalNow, covers: slipLinesKey(slip().lines) });
    expect(recordSignOff(slip(), supervisorApproval, NOW)).toEqual({ ok: false, issues: [{ path: 'approvals.signOff', message: 'slip.error.signOffInvalid' }] });
  });
});
