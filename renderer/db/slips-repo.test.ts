import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { emptyProductInput } from '@shared/products/product';
import { replacementFields } from '@shared/slips/editable';
import { createProduct } from './products-repo';
import { openSlipWorld, type SlipWorld } from './slip-test-world';
import {
  addSlipAttachment,
  allowSlipNegativeStock,
  attachmentDataUrl,
  checkSlip,
  completeSlipPickup,
  confirmSlipPickup,
  createSlip,
  getSlipByNo,
  issueSlip,
  listSlips,
  markSlipPrinted,
  recordSlipSignOff,
  signSlip,
  slipPendingSignOff,
  updateSlip,
  voidSlip,
} from './slips-repo';
import { movementsForRef, stockOnHand } from './stock-repo';

let w: SlipWorld;
beforeEach(async () => {
  w = await openSlipWorld();
});
afterEach(async () => {
  await w.db.delete();
});

const messages = (e: unknown) => (e as { issues?: { message: string }[] }).issues?.map((i) => i.message) ?? [];
async function refusal(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (e) {
    return messages(e);
  }
  throw new Error('expected a refusal');
}

describe('purchase slips: create, edit, print', () => {
  it('numbers slips per day: GX20261127-001, -002, and a new series the next day', async () => {
    const a = await createSlip(w.db, w.clerk, w.fields(), w.t0);
    const b = await createSlip(w.db, w.clerk, w.fields(), w.t0);
    const c = await createSlip(w.db, w.clerk, w.fields({ day: '2026-11-28' }), w.t0);
    expect([a.no, b.no, c.no]).toEqual(['GX20261127-001', 'GX20261127-002', 'GX20261128-001']);
    expect(a).toMatchObject({ status: 'draft', handlerId: w.clerk.staffId, handlerName: '王丽', counts: [] });
    expect((await getSlipByNo(w.db, 'gx20261127-002'))?.id).toBe(b.id);
    expect((await listSlips(w.db, { day: w.day })).map((s) => s.no)).toEqual(['GX20261127-002', 'GX20261127-001']);
    expect(await w.db.auditLog.where('[table+recordId]').equals(['purchaseSlips', String(a.id)]).count()).toBe(1);
  });

  it('refuses bad line maths, an unknown customer and a role without slip.create, writing nothing', async () => {
    const bad = w.fields({ lines: [{ ...w.line(w.ids.plain, 2), amount: 150 }] });
    expect(await refusal(createSlip(w.db, w.clerk, bad, w.t0))).toContain('slip.error.amountMismatch');
    expect(await refusal(createSlip(w.db, w.clerk, w.fields({ customerId: 999 }), w.t0))).toEqual(['customer.error.notFound']);
    await expect(createSlip(w.db, w.keeper, w.fields(), w.t0)).rejects.toBeInstanceOf(PermissionError);
    expect(await w.db.purchaseSlips.count()).toBe(0);
    expect(await w.db.docCounters.get('GX2026-11-27')).toBeUndefined();
  });

  it('OUT-3: a member purchase with a loose component of a set is refused at save', async () => {
    const fields = w.fields({ orderType: 'member', lines: [w.line(w.ids.partA, 1)] });
    expect(await refusal(createSlip(w.db, w.clerk, fields, w.t0))).toEqual(['stock.out.memberLooseComponent']);
    expect(await checkSlip(w.db, fields)).toMatchObject([{ path: 'lines.0.productId', message: 'stock.out.memberLooseComponent' }]);
    await expect(createSlip(w.db, w.clerk, w.fields({ orderType: 'member', lines: [w.line(w.ids.set, 1)] }), w.t0)).resolves.toMatchObject({ status: 'draft' });
  });

  it('OUT-5: a test chamber on a slip that ships is refused at save', async () => {
    const fields = w.fields({ delivery: 'ship', lines: [w.line(w.ids.chamber, 1)] });
    expect(await refusal(createSlip(w.db, w.clerk, fields, w.t0))).toEqual(['stock.out.testChamberPickupOnly']);
  });

  it('stock must cover the lines', async () => {
    expect(await refusal(createSlip(w.db, w.clerk, w.fields({ lines: [w.line(w.ids.plain, 101)] }), w.t0))).toEqual(['stock.out.insufficient']);
  });

  it('OUT-2: store restock / repeat purchase that ship need the back-office screenshot, inline or stored', async () => {
    const restock = w.fields({ orderType: 'storeRestock', delivery: 'ship' });
    expect(await refusal(createSlip(w.db, w.clerk, restock, w.t0))).toEqual(['slip.error.screenshotRequired']);
    await expect(createSlip(w.db, w.clerk, { ...restock, attachments: [w.screenshot] }, w.t0)).resolves.toMatchObject({ attachments: [w.screenshot] });
    const stored = await addSlipAttachment(w.db, w.clerk, { name: '截图.png', mime: 'image/png', data: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }) }, w.t0);
    const repeat = await createSlip(w.db, w.clerk, { ...w.fields({ orderType: 'repeat', delivery: 'ship' }), attachments: [stored] }, w.t0);
    expect(await attachmentDataUrl(w.db, repeat.attachments[0] ?? w.screenshot)).toBe('data:image/png;base64,iVBORw==');
    const missing = { ...stored, blobId: 999 };
    expect(await refusal(createSlip(w.db, w.clerk, { ...restock, attachments: [missing] }, w.t0))).toEqual(['slipRecord.error.attachmentNotFound']);
    await expect(addSlipAttachment(w.db, w.clerk, { name: 'a.txt', mime: 'text/plain', data: new Blob(['x']) }, w.t0)).rejects.toMatchObject({ issues: [{ message: 'slip.error.attachmentNotImage' }] });
  });

  it('edits a draft in place; once printed it is never edited (void and replace instead)', async () => {
    const slip = await createSlip(w.db, w.clerk, w.fields(), w.t0);
    const edited = await updateSlip(w.db, w.clerk, slip.id, w.fields({ lines: [w.line(w.ids.plain, 3)], total: 300, remarks: ' 加急 ' }), w.t0 + 1);
    expect(edited).toMatchObject({ no: slip.no, total: 300, remarks: '加急' });
    const printed = await markSlipPrinted(w.db, w.clerk, slip.id, w.t0 + 2);
    expect((await markSlipPrinted(w.db, w.clerk, slip.id, w.t0 + 3)).printedAt).toBe(printed.printedAt);
    expect(await refusal(updateSlip(w.db, w.clerk, slip.id, w.fields(), w.t0 + 4))).toEqual(['slip.error.printedNoEdit']);
  });
});

describe('OUT-1 self-pickup at the repository', () => {
  it('OUT-1: print → customer signs → warehouse issues (CK movement, ref slip) → customer confirms the count → done, in that order', async () => {
    const slip = await createSlip(w.db, w.clerk, w.fields(), w.t0);
    expect(await refusal(signSlip(w.db, w.clerk, slip.id, { name: '张三', at: w.t0 }, w.t0))).toEqual(['slip.pickup.printBeforeSigning']);
    expect(await refusal(issueSlip(w.db, w.keeper, slip.id, w.t0))).toEqual(['slip.pickup.signBeforeIssue']);
    await markSlipPrinted(w.db, w.clerk, slip.id, w.t0);
    const signed = await signSlip(w.db, w.clerk, slip.id, { name: ' 张三 ', at: w.t0 + 1 }, w.t0 + 1);
    expect(signed).toMatchObject({ status: 'signed', customerSignature: { name: '张三', at: w.t0 + 1 } });
    expect(await refusal(confirmSlipPickup(w.db, w.keeper, slip.id, { name: '张三', at: w.t0 + 2, countMatches: true }, w.t0 + 2))).toEqual(['slip.pickup.issueBeforeConfirm']);
    await expect(issueSlip(w.db, w.clerk, slip.id, w.t0 + 2)).rejects.toBeInstanceOf(PermissionError);
    const { slip: issued, movement } = await issueSlip(w.db, w.keeper, slip.id, w.t0 + 2);
    expect(issued).toMatchObject({ status: 'issued', released: { staffId: w.keeper.staffId, at: w.t0 + 2 } });
    expect(movement).toMatchObject({ docNo: 'CK20261127-001', kind: 'issue', ref: { type: 'slip', id: slip.id }, customerId: w.customerId, lines: [{ productId: w.ids.plain, qty: -2 }] });
    expect(await stockOnHand(w.db, w.ids.plain)).toBe(98);
    expect(await refusal(issueSlip(w.db, w.keeper, slip.id, w.t0 + 3))).toEqual(['slip.pickup.alreadyIssued']);
    expect(await refusal(confirmSlipPickup(w.db, w.keeper, slip.id, { name: '张三', at: w.t0 + 3, countMatches: false }, w.t0 + 3))).toEqual(['slip.pickup.countMismatch']);
    await confirmSlipPickup(w.db, w.keeper, slip.id, { name: '张三', at: w.t0 + 3, countMatches: true }, w.t0 + 3);
    expect(await completeSlipPickup(w.db, w.clerk, slip.id, w.t0 + 4)).toMatchObject({ status: 'done', doneAt: w.t0 + 4 });
    expect(await movementsForRef(w.db, { type: 'slip', id: slip.id })).toHaveLength(1);
  });

  it('OUT-7: a product needing the leader\'s signature waits at save and is refused at release until the approval is on the slip', async () => {
    const slip = await createSlip(w.db, w.clerk, w.fields({ lines: [w.line(w.ids.special, 1)] }), w.t0);
    expect(await slipPendingSignOff(w.db, slip)).toEqual([w.ids.special]);
    await markSlipPrinted(w.db, w.clerk, slip.id, w.t0);
    await signSlip(w.db, w.clerk, slip.id, { name: '张三', at: w.t0 }, w.t0);
    expect(await refusal(issueSlip(w.db, w.keeper, slip.id, w.t0))).toEqual(['stock.out.needsSignOff']);
    expect(await stockOnHand(w.db, w.ids.special)).toBe(100);
    expect(await refusal(recordSlipSignOff(w.db, w.clerk, slip.id, w.approval(w.t0 - 11 * 60_000), w.t0))).toEqual(['approval.error.stale']);
    const approved = await recordSlipSignOff(w.db, w.clerk, slip.id, w.approval(w.t0), w.t0);
    expect(await slipPendingSignOff(w.db, approved)).toEqual([]);
    // The sign-off was fresh when recorded; it is on the slip, so a release an hour later goes ahead.
    await expect(issueSlip(w.db, w.keeper, slip.id, w.t0 + 3_600_000)).resolves.toMatchObject({ slip: { status: 'issued' } });
  });

  it('OUT-7: signed for 1, edited to 4: the sign-off is dropped (audited), and the warehouse cannot release 4 until the supervisor signs again', async () => {
    const one = [w.line(w.ids.special, 1)];
    const slip = await createSlip(w.db, w.clerk, w.fields({ lines: one }), w.t0);
    const signed = await recordSlipSignOff(w.db, w.clerk, slip.id, w.approval(w.t0), w.t0);
    expect(signed.approvals.signOff).toMatchObject({ supervisorName: w.boss.name, covers: `${w.ids.special}x1@300000` });
    // The form sends the approvals it was opened with: the edit is what decides whether they still hold.
    const edited = await updateSlip(w.db, w.clerk, slip.id, w.fields({ lines: [w.line(w.ids.special, 4)], approvals: signed.approvals }), w.t0 + 60_000);
    expect(edited.approvals.signOff).toBeUndefined();
    expect(edited.lapsedApprovals).toEqual({ at: w.t0 + 60_000, byName: w.clerk.name, kinds: ['signOff'] });
    expect(await slipPendingSignOff(w.db, edited)).toEqual([w.ids.special]);
    const audit = await w.db.auditLog.where('[table+recordId]').equals(['purchaseSlips', String(slip.id)]).last();
    expect(audit?.before).toMatchObject({ approvals: { signOff: { supervisorName: w.boss.name } } });
    expect(audit?.after).toMatchObject({ lapsedApprovals: { kinds: ['signOff'] } });
    await markSlipPrinted(w.db, w.clerk, slip.id, w.t0 + 60_000);
    await signSlip(w.db, w.clerk, slip.id, { name: '张三', at: w.t0 + 60_000 }, w.t0 + 60_000);
    expect(await refusal(issueSlip(w.db, w.keeper, slip.id, w.t0 + 120_000))).toEqual(['stock.out.needsSignOff']);
    expect(await stockOnHand(w.db, w.ids.special)).toBe(100);
    await recordSlipSignOff(w.db, w.clerk, slip.id, w.approval(w.t0 + 120_000), w.t0 + 120_000);
    await expect(issueSlip(w.db, w.keeper, slip.id, w.t0 + 180_000)).resolves.toMatchObject({ movement: { lines: [{ productId: w.ids.special, qty: -4 }] } });
  });

  it('OUT-7: the repository refuses at release a slip whose stored sign-off does not cover its lines (however it got there)', async () => {
    const slip = await createSlip(w.db, w.clerk, w.fields({ lines: [w.line(w.ids.special, 1)] }), w.t0);
    const signed = await recordSlipSignOff(w.db, w.clerk, slip.id, w.approval(w.t0), w.t0);
    await markSlipPrinted(w.db, w.clerk, slip.id, w.t0);
    await signSlip(w.db, w.clerk, slip.id, { name: '张三', at: w.t0 }, w.t0);
    // Written around the repository: 4 on the slip, the approval still saying 1.
    await w.db.purchaseSlips.update(slip.id, { lines: [w.line(w.ids.special, 4)], total: 12000, approvals: signed.approvals });
    expect(await refusal(issueSlip(w.db, w.keeper, slip.id, w.t0))).toEqual(['slip.error.signOffLapsed']);
    expect(await stockOnHand(w.db, w.ids.special)).toBe(100);
  });

  it('OUT-7: a supervisor\'s shortage override covers the quantities it was given for', async () => {
    const slip = await createSlip(w.db, w.clerk, w.fields({ lines: [w.line(w.ids.plain, 100)] }), w.t0);
    const allowed = await allowSlipNegativeStock(w.db, w.clerk, slip.id, w.approval(w.t0), w.t0);
    // 101 of 100 on hand: the override for 100 does not let the slip take 101 (nothing written).
    expect(await refusal(updateSlip(w.db, w.clerk, slip.id, w.fields({ lines: [w.line(w.ids.plain, 101)], approvals: allowed.approvals }), w.t0))).toEqual(['stock.out.insufficient']);
    expect((await w.db.purchaseSlips.get(slip.id))?.lines[0]?.qty).toBe(100);
    const fewer = await updateSlip(w.db, w.clerk, slip.id, w.fields({ lines: [w.line(w.ids.plain, 50)], approvals: allowed.approvals }), w.t0);
    expect(fewer.approvals.negativeStock).toBeUndefined();
    expect(fewer.lapsedApprovals?.kinds).toEqual(['negativeStock']);
  });

  it('OUT-3: refused again at release when the rules changed since the slip was saved', async () => {
    const slip = await createSlip(w.db, w.clerk, w.fields({ orderType: 'member', lines: [w.line(w.ids.plain, 1)] }), w.t0);
    await markSlipPrinted(w.db, w.clerk, slip.id, w.t0);
    await signSlip(w.db, w.clerk, slip.id, { name: '张三', at: w.t0 }, w.t0);
    // The filter becomes part of a new set: a member purchase may no longer take it loose.
    await createProduct(w.db, w.keeper, { ...emptyProductInput(), code: 'S2', name: '滤芯套装', unit: '套', isSet: true, components: [{ productId: w.ids.plain, qty: 3 }] }, w.t0);
    expect(await refusal(issueSlip(w.db, w.keeper, slip.id, w.t0))).toEqual(['stock.out.memberLooseComponent']);
    expect(await stockOnHand(w.db, w.ids.plain)).toBe(100);
  });

  it('a slip never half-posts: a failure after the movement write leaves slip, stock, numbers and audit as they were', async () => {
    const slip = await createSlip(w.db, w.clerk, w.fields(), w.t0);
    await markSlipPrinted(w.db, w.clerk, slip.id, w.t0);
    await signSlip(w.db, w.clerk, slip.id, { name: '张三', at: w.t0 }, w.t0);
    const [movements, audits] = [await w.db.movements.count(), await w.db.auditLog.count()];
    w.db.auditLog.hook('creating', (_key, entry) => {
      if (entry.table === 'movements') throw new Error('disk full');
    });
    await expect(issueSlip(w.db, w.keeper, slip.id, w.t0)).rejects.toThrow('disk full');
    expect(await w.db.movements.count()).toBe(movements);
    expect(await w.db.auditLog.count()).toBe(audits);
    expect(await stockOnHand(w.db, w.ids.plain)).toBe(100);
    expect((await w.db.purchaseSlips.get(slip.id))?.status).toBe('signed');
    expect(await w.db.docCounters.get('CK2026-11-27')).toBeUndefined();
  });
});

describe('void and replace (REC-1)', () => {
  it('voids with reason and supervisor approval, then a new slip replaces it (once)', async () => {
    const slip = await createSlip(w.db, w.clerk, w.fields(), w.t0);
    await markSlipPrinted(w.db, w.clerk, slip.id, w.t0);
    await expect(voidSlip(w.db, w.clerk, slip.id, '单价写错', w.approval(), w.t0)).rejects.toBeInstanceOf(PermissionError);
    expect(await refusal(createSlip(w.db, w.clerk, { ...replacementFields(slip) }, w.t0))).toEqual(['slipRecord.error.notVoided']);
    expect(await refusal(voidSlip(w.db, w.boss, slip.id, ' ', w.approval(), w.t0))).toEqual(['void.error.reasonRequired']);
    const voided = await voidSlip(w.db, w.boss, slip.id, ' 单价写错 ', w.approval(), w.t0);
    expect(voided.voided).toMatchObject({ reason: '单价写错', byName: '张主管' });
    expect(await refusal(signSlip(w.db, w.clerk, slip.id, { name: '张三', at: w.t0 }, w.t0))).toEqual(['slip.error.voided']);
    const replacement = await createSlip(w.db, w.clerk, replacementFields(voided), w.t0);
    expect(replacement).toMatchObject({ no: 'GX20261127-002', replacesSlipId: slip.id });
    expect(await refusal(createSlip(w.db, w.clerk, replacementFields(voided), w.t0))).toEqual(['slipRecord.error.alreadyReplaced']);
  });

  it('voiding a released slip books its goods back (customer return linked to the slip) in the same transaction', async () => {
    const slip = await createSlip(w.db, w.clerk, w.fields({ lines: [w.line(w.ids.plain, 2), w.line(w.ids.plain, 1)] }), w.t0);
    await markSlipPrinted(w.db, w.clerk, slip.id, w.t0);
    await signSlip(w.db, w.clerk, slip.id, { name: '张三', at: w.t0 }, w.t0);
    await issueSlip(w.db, w.keeper, slip.id, w.t0);
    expect(await stockOnHand(w.db, w.ids.plain)).toBe(97);
    await voidSlip(w.db, w.boss, slip.id, '客户退单', w.approval(), w.t0 + 1);
    expect(await stockOnHand(w.db, w.ids.plain)).toBe(100);
    expect(await w.db.returns.toArray()).toMatchObject([{ slipId: slip.id, reason: '客户退单', lines: [{ productId: w.ids.plain, qty: 3 }] }]);
  });
});
