import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import { confirmStaff, getReceipt, listDiscrepancies, listReceipts, openDiscrepancies, postReceipt, receiptsOfDeliveryNote, resolveDiscrepancy } from './receiving-repo';
import { stockOnHand } from './stock-repo';
import { openStockWorld, type StockWorld } from './test-stock';

let w: StockWorld;
let pp: number;
let ro: number;
beforeEach(async () => {
  w = await openStockWorld();
  pp = await w.product('LX-PP');
  ro = await w.product('LX-RO');
});
afterEach(async () => {
  await w.db.delete();
});

const note = (lines: Array<[number, number, number]>) => ({
  deliveryNoteNo: ' GY-2026-1127 ',
  supplier: '滤芯厂',
  lines: lines.map(([productId, noteQty, countedQty]) => ({ productId, noteQty, countedQty })),
});

describe('receiving from a supplier', () => {
  it('IN-2: two distinct staff confirm; the receipt gets an RK number of its day and moves the stock', async () => {
    const r = await postReceipt(w.db, w.keeper, note([[pp, 10, 10]]), w.confirm(w.receiver), w.confirm(w.keeper), w.t0);
    expect(r.receipt).toMatchObject({ docNo: 'RK20261127-001', deliveryNoteNo: 'GY-2026-1127', receiverName: '赵敏', keeperName: '李强', handlerName: '李强', day: w.day });
    expect(r.movement).toMatchObject({ kind: 'receive', docNo: 'RK20261127-001', ref: { type: 'receipt', id: r.receipt.id } });
    expect(r.discrepancies).toEqual([]);
    expect(await stockOnHand(w.db, pp)).toBe(10);
    const second = await postReceipt(w.db, w.keeper, { ...note([[ro, 1, 1]]), deliveryNoteNo: 'GY-2026-1128' }, w.confirm(w.receiver), w.confirm(w.keeper), w.t0 + 1);
    expect(second.receipt.docNo).toBe('RK20261127-002');
    expect((await recordHistory(w.db, 'receipts', r.receipt.id)).map((e) => e.action)).toEqual(['create']);
    expect((await listReceipts(w.db)).map((x) => x.docNo)).toEqual(['RK20261127-002', 'RK20261127-001']);
  });

  it('IN-2: the same person cannot confirm twice, and the keeper must be warehouse staff; nothing is written', async () => {
    await expect(postReceipt(w.db, w.keeper, note([[pp, 5, 5]]), w.confirm(w.keeper), w.confirm(w.keeper), w.t0)).rejects.toMatchObject({
      issues: [{ path: 'keeperId', message: 'stock.receipt.sameSigner' }],
    });
    await expect(postReceipt(w.db, w.keeper, note([[pp, 5, 5]]), w.confirm(w.keeper), w.confirm(w.receiver), w.t0)).rejects.toMatchObject({
      issues: [{ path: 'keeperId', message: 'stock.receipt.keeperRequired' }],
    });
    const stale = w.confirm(w.receiver, w.t0 - 3_600_000);
    await expect(postReceipt(w.db, w.keeper, note([[pp, 5, 5]]), stale, w.confirm(w.keeper), w.t0)).rejects.toMatchObject({
      issues: [{ path: 'receiverId', message: 'approval.error.stale' }],
    });
    expect(await w.db.receipts.count()).toBe(0);
    expect(await w.db.docCounters.count()).toBe(0);
    expect(await stockOnHand(w.db, pp)).toBe(0);
  });

  it('IN-3: a short count records an open discrepancy for the supervisor and the stock takes the counted quantity', async () => {
    const r = await postReceipt(w.db, w.keeper, note([[pp, 10, 8], [ro, 4, 4]]), w.confirm(w.receiver), w.confirm(w.keeper), w.t0);
    expect(await stockOnHand(w.db, pp)).toBe(8);
    expect(await stockOnHand(w.db, ro)).toBe(4);
    expect(r.discrepancies).toEqual([expect.objectContaining({ productId: pp, noteQty: 10, countedQty: 8, difference: -2, status: 'open', receiptDocNo: 'RK20261127-001' })]);
    expect((await openDiscrepancies(w.db)).map((d) => d.productId)).toEqual([pp]);
  });

  it('IN-3: a count equal to the note gives no discrepancy; a line counted 0 gives one and moves nothing', async () => {
    const equal = await postReceipt(w.db, w.keeper, note([[pp, 3, 3]]), w.confirm(w.receiver), w.confirm(w.keeper), w.t0);
    expect(equal.discrepancies).toEqual([]);
    const none = await postReceipt(w.db, w.keeper, { ...note([[ro, 6, 0]]), deliveryNoteNo: 'GY-2026-1128' }, w.confirm(w.receiver), w.confirm(w.keeper), w.t0);
    expect(none.movement).toBeUndefined();
    expect(none.discrepancies.map((d) => d.difference)).toEqual([-6]);
    expect(await stockOnHand(w.db, ro)).toBe(0);
    expect((await getReceipt(w.db, none.receipt.id))?.docNo).toBe('RK20261127-002');
  });

  it('IN-3: only a supervisor closes a discrepancy, with a resolution, once', async () => {
    const r = await postReceipt(w.db, w.keeper, note([[pp, 10, 12]]), w.confirm(w.receiver), w.confirm(w.keeper), w.t0);
    const id = r.discrepancies[0]?.id ?? 0;
    await expect(resolveDiscrepancy(w.db, w.keeper, id, '多发的退回')).rejects.toBeInstanceOf(PermissionError);
    await expect(resolveDiscrepancy(w.db, w.boss, id, '  ')).rejects.toBeInstanceOf(ValidationError);
    await resolveDiscrepancy(w.db, w.boss, id, ' 多发 2 支,已退回供应商 ', w.t0 + 5);
    expect(await openDiscrepancies(w.db)).toEqual([]);
    expect((await listDiscrepancies(w.db, { status: 'handled' }))[0]).toMatchObject({ handledByName: '张主管', resolution: '多发 2 支,已退回供应商', handledAt: w.t0 + 5 });
    await expect(resolveDiscrepancy(w.db, w.boss, id, '再次')).rejects.toMatchObject({ issues: [{ message: 'stockRecord.discrepancy.alreadyHandled' }] });
    expect((await recordHistory(w.db, 'discrepancies', id)).map((e) => e.action)).toEqual(['create', 'update']);
    expect(await stockOnHand(w.db, pp)).toBe(12);
  });

  it('refuses a missing note number and a negative count', async () => {
    await expect(postReceipt(w.db, w.keeper, { ...note([[pp, 1, 1]]), deliveryNoteNo: '' }, w.confirm(w.receiver), w.confirm(w.keeper), w.t0)).rejects.toMatchObject({
      issues: [{ path: 'deliveryNoteNo' }],
    });
    await expect(postReceipt(w.db, w.keeper, note([[pp, 1, -1]]), w.confirm(w.receiver), w.confirm(w.keeper), w.t0)).rejects.toMatchObject({
      issues: [{ path: 'lines.0.countedQty', message: 'stock.qty.negative' }],
    });
    expect(await w.db.receipts.count()).toBe(0);
  });

  it('IN-2: the logistics clerk who took the goods from the carrier receives them, the keeper confirms; each is recorded in their own role', async () => {
    const r = await postReceipt(w.db, w.receiver, note([[pp, 4, 4]]), w.confirm(w.receiver), w.confirm(w.keeper), w.t0);
    expect(r.receipt).toMatchObject({ receiverName: '赵敏', keeperName: '李强', handlerName: '赵敏' });
    // The front desk may take a delivery too; the keeper is never a front-desk clerk or a logistics clerk.
    const byDesk = await postReceipt(w.db, w.clerk, { ...note([[ro, 1, 1]]), deliveryNoteNo: 'GY-2' }, w.confirm(w.clerk), w.confirm(w.keeper), w.t0);
    expect(byDesk.receipt).toMatchObject({ receiverName: '王丽', keeperName: '李强' });
    await expect(postReceipt(w.db, w.clerk, { ...note([[ro, 1, 1]]), deliveryNoteNo: 'GY-3' }, w.confirm(w.keeper), w.confirm(w.clerk), w.t0)).rejects.toMatchObject({
      issues: [{ path: 'keeperId', message: 'stock.receipt.keeperRequired' }],
    });
    expect(await stockOnHand(w.db, pp)).toBe(4);
  });

  it('IN-2: when the keeper enters the receipt, the receiver is the other person, not recorded as keeper', async () => {
    const r = await postReceipt(w.db, w.keeper, note([[pp, 2, 2]]), w.confirm(w.clerk), w.confirm(w.keeper), w.t0);
    expect(r.receipt).toMatchObject({ receiverId: w.clerk.staffId, receiverName: '王丽', keeperId: w.keeper.staffId, keeperName: '李强' });
  });

  it('IN-2: the same delivery-note number received twice is warned about; confirmed, it is received and names the earlier slip', async () => {
    const first = await postReceipt(w.db, w.keeper, note([[pp, 5, 5]]), w.confirm(w.receiver), w.confirm(w.keeper), w.t0);
    const again = { ...note([[pp, 5, 5]]), deliveryNoteNo: 'gy-2026-1127' };
    await expect(postReceipt(w.db, w.keeper, again, w.confirm(w.receiver), w.confirm(w.keeper), w.t0 + 1)).rejects.toMatchObject({
      issues: [{ path: 'deliveryNoteNo', message: 'stock.receipt.repeatNote' }],
    });
    expect(await w.db.receipts.count()).toBe(1);
    expect(await stockOnHand(w.db, pp)).toBe(5);
    // Another supplier may use the same number: not a repeat.
    await postReceipt(w.db, w.keeper, { ...again, supplier: '管件厂' }, w.confirm(w.receiver), w.confirm(w.keeper), w.t0 + 2);
    const confirmed = await postReceipt(w.db, w.keeper, { ...again, repeatConfirmed: true }, w.confirm(w.receiver), w.confirm(w.keeper), w.t0 + 3);
    expect(confirmed.receipt.repeatsDocNo).toBe(first.receipt.docNo);
    expect(await stockOnHand(w.db, pp)).toBe(15);
    expect((await receiptsOfDeliveryNote(w.db, ' GY-2026-1127', '滤芯厂')).map((r) => r.docNo)).toEqual([confirmed.receipt.docNo, first.receipt.docNo]);
  });

  it('confirmStaff checks the PIN of the person confirming', async () => {
    expect(await confirmStaff(w.db, w.receiver.staffId, '0000', w.t0)).toEqual({ ok: false, reason: 'wrong' });
    expect(await confirmStaff(w.db, w.receiver.staffId, '1234', w.t0)).toEqual({ ok: true, confirmation: { staffId: w.receiver.staffId, name: '赵敏', at: w.t0 } });
  });
});
