import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IntegrityProblem } from '@shared/integrity/problems';
import { createCallLog } from './call-logs-repo';
import { createCustomer } from './customers-repo';
import { addExportRecord } from './exports-repo';
import {
  confirmExchangeByPhone, exchangeShippingListDraft, handOverExchangeList, markExchangeWaybillPrinted, postExchangeShipment, recordExchangeCount, recordExchangeWaybill,
  saveExchangeShippingList, startExchangePicking,
} from './exchange-shipping';
import { postExchange } from './exchanges-repo';
import { postScrap } from './faulty-stock-repo';
import { checkIntegrity, integritySteps } from './integrity';
import { confirmPartsRelease } from './parts-releases-repo';
import { postReceipt } from './receiving-repo';
import { postReturn } from './returns-repo';
import { createServiceReport } from './service-reports-repo';
import { openSlipWorld, type SlipWorld } from './slip-test-world';
import { issueSlip, signSlip } from './slip-pickup';
import { createSlip, markSlipPrinted } from './slips-repo';
import { applyVariances, createStockTake, enterCounts, varianceApprovalList } from './stock-take-repo';

/**
 * A day of the center written through the real repositories: deliveries (one counted short), a
 * special product collected with the leader's signature, a parcel shipped, a faulty return scrapped,
 * an exchange, an exchange whose replacement went by courier through 发货办理 and one still waiting
 * for its parcel, a service report whose parts the keeper released, a signed stock take, a call and
 * its export. Each test breaks one thing in it.
 */
interface Day {
  w: SlipWorld;
  shortReceipt: number;
  specialSlip: number;
  shippedSlip: number;
  shipment: number;
  returnMovement: number;
  take: number;
  callDay: string;
  exportId: number;
  courierExchange: number;
  courierShipment: number;
  report: number;
  release: number;
}

/** EXC-2: a courier exchange through list, SHP-1 call, hand-over, picking, both counts, the waybill and the posting. */
async function shipExchange(w: SlipWorld, id: number, qty: number) {
  const { db, clerk, keeper, receiver, t0 } = w;
  await saveExchangeShippingList(db, clerk, id, await exchangeShippingListDraft(db, id), t0);
  await confirmExchangeByPhone(db, clerk, id, w.call('确认换货收货地址'), true, t0);
  await handOverExchangeList(db, clerk, id, t0);
  await startExchangePicking(db, keeper, id, t0);
  const lines = [{ productId: w.ids.partA, qty }];
  await recordExchangeCount(db, keeper, id, w.counter(keeper), lines, t0);
  await recordExchangeCount(db, keeper, id, w.counter(receiver), lines, t0);
  await markExchangeWaybillPrinted(db, clerk, id, t0);
  await recordExchangeWaybill(db, clerk, id, { carrier: 'SF', trackingNo: 'SF9876543210987', thirdCopyFiled: true }, t0);
  return postExchangeShipment(db, keeper, id, t0);
}

async function aDay(): Promise<Day> {
  const w = await openSlipWorld();
  const { db, keeper, receiver, clerk, boss, ids, t0 } = w;
  const short = await postReceipt(db, keeper, { deliveryNoteNo: 'GYS-9', lines: [{ productId: ids.plain, noteQty: 4, countedQty: 3 }] }, w.confirm(receiver), w.confirm(keeper), t0);
  const special = await createSlip(db, clerk, w.fields({ lines: [w.line(ids.special, 1)], approvals: { signOff: w.approval() } }), t0);
  await markSlipPrinted(db, clerk, special.id, t0);
  await signSlip(db, clerk, special.id, { name: '张三', at: t0 }, t0);
  await issueSlip(db, keeper, special.id, t0);
  const shipped = await w.shipAndPost();
  const ret = await postReturn(db, keeper, { customerId: w.customerId, lines: [{ productId: ids.partB, qty: 1, location: 'faulty' }], reason: '外壳开裂' }, t0);
  await postScrap(db, keeper, { lines: [{ productId: ids.partB, qty: 1 }], reason: '无法修复' }, w.approval(), t0);
  await postExchange(db, keeper, { kind: 'same', customerId: w.customerId, returned: { productId: ids.partA, qty: 1 }, replacement: { productId: ids.partA, qty: 1 }, inspection: { result: 'ok', note: '' } }, t0);
  const courier = (replacementQty: number) => postExchange(db, keeper, {
    kind: 'different', customerId: w.customerId, returned: { productId: ids.plain, qty: 1 }, replacement: { productId: ids.partA, qty: replacementQty },
    inspection: { result: 'defective', note: '漏水' }, delivery: 'ship',
  }, t0);
  const sent = await shipExchange(w, (await courier(2)).exchange.id, 2);
  // Waiting for its parcel: the returned item is back, the replacement has not left yet.
  await courier(1);
  const { report, partsRelease } = await createServiceReport(db, clerk, {
    customerId: w.customerId, technicianIds: [clerk.staffId], arrivalAt: t0, departureAt: t0 + 3_600_000, workDone: '更换配件', partsUsed: [{ productId: ids.partB, qty: 2 }],
    result: 'resolved', feedback: '满意', customerSignatureName: '张三', unresolvedProblems: [],
  }, {}, t0);
  const release = await confirmPartsRelease(db, keeper, partsRelease?.id ?? 0, {}, t0);
  const take = await createStockTake(db, keeper, { scope: { kind: 'products', productIds: [ids.plain] }, blind: false }, t0);
  const book = (await db.stockTakes.get(take))?.lines[0]?.bookQty ?? 0;
  await enterCounts(db, keeper, take, [{ productId: ids.plain, countedQty: book - 1, reason: '损耗' }], t0);
  await applyVariances(db, keeper, take, w.approval(), (await varianceApprovalList(db, take)).rows, t0);
  await createCallLog(db, clerk, { ...w.call('咨询滤芯'), at: t0 });
  const exportId = await addExportRecord(db, boss, {
    kind: 'callLogs', rangeFrom: w.day, rangeTo: w.day, rowCount: await db.callLogs.count(), createdAt: Date.now(), fileName: '电话记录.xlsx', location: 'download', sha256: 'a'.repeat(64),
  });
  return {
    w, shortReceipt: short.receipt.id, specialSlip: special.id, shippedSlip: shipped.slip.id, shipment: shipped.shipment.id, returnMovement: ret.movement.id,
    take, callDay: w.day, exportId, courierExchange: sent.exchange.id, courierShipment: sent.shipment.id, report: report.id, release: release.release.id,
  };
}

let day: Day;
beforeEach(async () => {
  day = await aDay();
});
afterEach(async () => {
  await day.w.db.delete();
});

const kinds = (ps: readonly IntegrityProblem[]) => ps.map((p) => `${p.kind}:${p.table}`).sort();

describe('checkIntegrity: the day in the center holds', () => {
  it('finds nothing on a whole day written through the repositories, and says what it checked', async () => {
    const steps: string[] = [];
    const report = await checkIntegrity(day.w.db, (step) => steps.push(step));
    expect(report.problems).toEqual([]);
    expect(steps).toEqual([...integritySteps, 'exports']);
    expect(report.shipments).toBe(2);
    expect(report.movements).toBeGreaterThanOrEqual(9);
    expect(report.documents).toBeGreaterThanOrEqual(9);
    expect(report.auditEntries).toBeGreaterThan(report.records);
  });

  it('WH-1: a movement whose document row is gone is listed under its document number, with what is missing', async () => {
    const { db } = day.w;
    const receipt = await db.receipts.get(day.shortReceipt);
    await db.receipts.delete(day.shortReceipt);
    const { problems } = await checkIntegrity(db);
    expect(kinds(problems)).toEqual(['auditOrphan:receipts', 'stockPaper:receipts']);
    expect(problems.find((p) => p.kind === 'stockPaper')).toMatchObject({
      recordId: String(day.shortReceipt), label: receipt?.docNo, difference: { kind: 'missingPaper', message: 'stock.reconcile.missing.receipt' },
    });
    // The orphaned entry still knows the receipt by its number.
    expect(problems.find((p) => p.kind === 'auditOrphan')).toMatchObject({ label: receipt?.docNo });
  });

  it('WH-1: a document whose movement is gone is listed, and the balances no longer add up', async () => {
    const { db } = day.w;
    await db.movements.delete(day.returnMovement);
    const { problems } = await checkIntegrity(db);
    expect(kinds(problems)).toEqual(['auditOrphan:movements', 'balanceOff:stockBalances', 'negativeStock:stockBalances', 'stockPaper:returns']);
    expect(problems.find((p) => p.kind === 'stockPaper')).toMatchObject({ difference: { kind: 'documentWithoutMovement', paper: 'customerReturn' } });
    // The scrap took out the faulty unit the return no longer brought in.
    expect(problems.find((p) => p.kind === 'negativeStock')).toMatchObject({ productId: day.w.ids.partB, location: 'faulty', qty: -1 });
  });

  it('a bumped balance is the only problem: stored against the sum of the movements', async () => {
    const { db, ids } = day.w;
    const before = await db.stockBalances.get(ids.plain);
    await db.stockBalances.update(ids.plain, { onHand: (before?.onHand ?? 0) + 1 });
    const { problems } = await checkIntegrity(db);
    expect(problems).toEqual([
      { kind: 'balanceOff', table: 'stockBalances', recordId: String(ids.plain), productId: ids.plain, location: 'sellable', stored: (before?.onHand ?? 0) + 1, ledger: before?.onHand },
    ]);
  });

  it('IN-3: a receipt counted short without its discrepancy record is listed', async () => {
    const { db } = day.w;
    await db.discrepancies.where('receiptId').equals(day.shortReceipt).delete();
    const { problems } = await checkIntegrity(db);
    expect(kinds(problems)).toEqual(['auditOrphan:discrepancies', 'receiptDiscrepancies:receipts']);
    expect(problems.find((p) => p.kind === 'receiptDiscrepancies')).toMatchObject({ expected: 1, found: 0 });
  });

  it('OUT-4: a shipped parcel counted by one person only is listed', async () => {
    const { db } = day.w;
    const slip = await db.purchaseSlips.get(day.shippedSlip);
    await db.purchaseSlips.update(day.shippedSlip, { counts: slip?.counts.slice(0, 1) ?? [] });
    const { problems } = await checkIntegrity(db);
    expect(problems).toEqual([{ kind: 'shipmentIncomplete', table: 'shipments', recordId: String(day.shipment), label: slip?.no, missing: 'doubleCount' }]);
  });

  it('OUT-2, SHP-2: a shipped parcel without its shipping list or waybill number is listed for each', async () => {
    const { db } = day.w;
    const slip = await db.purchaseSlips.get(day.shippedSlip);
    await db.shippingLists.where('slipId').equals(day.shippedSlip).delete();
    await db.purchaseSlips.update(day.shippedSlip, { waybill: { carrier: 'SF', trackingNo: ' ', printedAt: day.w.t0, thirdCopyFiled: true } });
    const { problems } = await checkIntegrity(db);
    expect(kinds(problems)).toEqual(['auditOrphan:shippingLists', 'shipmentIncomplete:shipments', 'shipmentIncomplete:shipments', 'stockPaper:purchaseSlips']);
    expect(problems.filter((p) => p.kind === 'shipmentIncomplete').map((p) => p.kind === 'shipmentIncomplete' && p.missing)).toEqual(['shippingList', 'trackingNo']);
    // The settlement's mismatch is listed under the outbound slip (CK…) of the parcel's movement.
    expect(problems.find((p) => p.kind === 'stockPaper')).toMatchObject({ recordId: String(slip?.id), label: expect.stringMatching(/^CK/), difference: { message: 'stock.reconcile.missing.slipShippingList' } });
  });

  it('SHP-3: a slip posted as shipped without its entry in the shipment log is listed', async () => {
    const { db } = day.w;
    await db.shipments.delete(day.shipment);
    const { problems } = await checkIntegrity(db);
    expect(kinds(problems)).toEqual(['auditOrphan:shipments', 'shipmentIncomplete:purchaseSlips']);
    expect(problems.find((p) => p.kind === 'shipmentIncomplete')).toMatchObject({ recordId: String(day.shippedSlip), missing: 'logEntry' });
  });

  it('EXC-2: a courier exchange shipped without its shipping list is listed in the shipment log and in the movements\' papers', async () => {
    const { db } = day.w;
    const ex = await db.exchanges.get(day.courierExchange);
    await db.shippingLists.where('exchangeId').equals(day.courierExchange).delete();
    const { problems } = await checkIntegrity(db);
    expect(kinds(problems)).toEqual(['auditOrphan:shippingLists', 'shipmentIncomplete:shipments', 'stockPaper:exchanges']);
    expect(problems.find((p) => p.kind === 'shipmentIncomplete')).toEqual({ kind: 'shipmentIncomplete', table: 'shipments', recordId: String(day.courierShipment), label: ex?.outDocNo, missing: 'shippingList' });
    expect(problems.find((p) => p.kind === 'stockPaper')).toMatchObject({
      recordId: String(day.courierExchange), label: ex?.outDocNo, difference: { kind: 'missingPaper', paper: 'shippingList', message: 'stock.reconcile.missing.exchangeShippingList' },
    });
  });

  it('EXC-2, OUT-4: a courier exchange\'s parcel counted by one person only is listed', async () => {
    const { db } = day.w;
    const ex = await db.exchanges.get(day.courierExchange);
    if (!ex?.shipping) throw new Error('no courier exchange');
    await db.exchanges.put({ ...ex, shipping: { ...ex.shipping, counts: ex.shipping.counts.slice(0, 1) } });
    const { problems } = await checkIntegrity(db);
    expect(problems).toEqual([{ kind: 'shipmentIncomplete', table: 'shipments', recordId: String(day.courierShipment), label: ex.outDocNo, missing: 'doubleCount' }]);
  });

  it('EXC-2, SHP-2: a courier exchange\'s parcel without a waybill number is listed', async () => {
    const { db } = day.w;
    const ex = await db.exchanges.get(day.courierExchange);
    if (!ex?.shipping?.waybill) throw new Error('no waybill');
    await db.exchanges.put({ ...ex, shipping: { ...ex.shipping, waybill: { ...ex.shipping.waybill, trackingNo: '' } } });
    const { problems } = await checkIntegrity(db);
    expect(problems).toEqual([{ kind: 'shipmentIncomplete', table: 'shipments', recordId: String(day.courierShipment), label: ex.outDocNo, missing: 'trackingNo' }]);
  });

  it('EXC-2: a shipment whose courier exchange is gone is listed as lacking its exchange, not its slip', async () => {
    const { db } = day.w;
    await db.exchanges.delete(day.courierExchange);
    const { problems } = await checkIntegrity(db);
    expect(problems.filter((p) => p.kind === 'shipmentIncomplete')).toMatchObject([{ table: 'shipments', recordId: String(day.courierShipment), missing: 'exchange' }]);
    // Its movements lost their papers too, and the trail still names it.
    expect(kinds(problems)).toEqual(['auditOrphan:exchanges', 'shipmentIncomplete:shipments', 'stockPaper:exchanges', 'stockPaper:exchanges']);
  });

  it('EXC-2, SHP-3: a courier exchange posted as shipped without its entry in the shipment log is listed', async () => {
    const { db } = day.w;
    const ex = await db.exchanges.get(day.courierExchange);
    await db.shipments.delete(day.courierShipment);
    const { problems } = await checkIntegrity(db);
    expect(kinds(problems)).toEqual(['auditOrphan:shipments', 'shipmentIncomplete:exchanges']);
    expect(problems.find((p) => p.kind === 'shipmentIncomplete')).toEqual({ kind: 'shipmentIncomplete', table: 'exchanges', recordId: String(day.courierExchange), label: ex?.outDocNo, missing: 'logEntry' });
  });

  it('SVC-3: a service report\'s parts movement without its confirmed release is listed', async () => {
    const { db } = day.w;
    const release = await db.partsReleases.get(day.release);
    if (!release) throw new Error('no parts release');
    const { releasedAt: _a, releasedById: _b, releasedByName: _c, movementId: _d, docNo: _e, ...waiting } = release;
    await db.partsReleases.put({ ...waiting, status: 'waiting' });
    const { problems } = await checkIntegrity(db);
    expect(problems).toEqual([
      {
        kind: 'stockPaper', table: 'serviceReports', recordId: String(day.report), label: release.docNo,
        difference: expect.objectContaining({ kind: 'missingPaper', paper: 'partsRelease', message: 'stock.reconcile.missing.partsRelease' }),
      },
    ]);
  });

  it('SVC-3: a confirmed release whose parts movement is gone is listed, and its stock no longer adds up', async () => {
    const { db } = day.w;
    const release = await db.partsReleases.get(day.release);
    await db.movements.delete(release?.movementId ?? 0);
    const { problems } = await checkIntegrity(db);
    expect(kinds(problems)).toEqual(['auditOrphan:movements', 'balanceOff:stockBalances', 'stockPaper:serviceReports']);
    expect(problems.find((p) => p.kind === 'stockPaper')).toMatchObject({ difference: { kind: 'documentWithoutMovement', paper: 'partsRelease' } });
  });

  it('SVC-3: a parts release written without its audit entry is listed; the release is audited like every record', async () => {
    const { db } = day.w;
    const release = await db.partsReleases.get(day.release);
    if (!release) throw new Error('no parts release');
    const { id: _id, releasedAt: _a, releasedById: _b, releasedByName: _c, movementId: _d, docNo: _e, ...waiting } = release;
    // Still waiting for the keeper: it moved nothing, only its audit entry is missing.
    const bare = await db.partsReleases.add({ ...waiting, status: 'waiting' });
    const { problems } = await checkIntegrity(db);
    expect(problems).toEqual([{ kind: 'auditMissing', table: 'partsReleases', recordId: String(bare) }]);
  });

  it('OUT-7: a slip whose lines changed after the leader signed is listed as no longer covered by the signature', async () => {
    const { db } = day.w;
    const slip = await db.purchaseSlips.get(day.specialSlip);
    if (!slip) throw new Error('no slip');
    // The price changed, the quantities not: only the signature stops covering the slip.
    const lines = slip.lines.map((l) => ({ ...l, unitPrice: l.unitPrice - 100, amount: (l.unitPrice - 100) * l.qty }));
    await db.purchaseSlips.put({ ...slip, lines, total: lines.reduce((n, l) => n + l.amount, 0) });
    const { problems } = await checkIntegrity(db);
    expect(problems).toEqual([{ kind: 'approvalStale', table: 'purchaseSlips', recordId: String(day.specialSlip), label: slip.no, approval: 'signOff' }]);
  });

  it('WH-2: a stock take changed after the supervisor signed its list no longer has its approval', async () => {
    const { db } = day.w;
    const take = await db.stockTakes.get(day.take);
    await db.stockTakes.update(day.take, { lines: (take?.lines ?? []).map((l) => ({ ...l, reason: '盘点后改的原因' })) });
    const { problems } = await checkIntegrity(db);
    expect(problems).toEqual([{ kind: 'approvalStale', table: 'stockTakes', recordId: String(day.take), label: take?.docNo, approval: 'stockTake' }]);
  });

  it('WH-2: a posted variance without any approval on the take is listed', async () => {
    const { db } = day.w;
    const take = await db.stockTakes.get(day.take);
    if (!take) throw new Error('no stock take');
    const { approval: _dropped, ...unsigned } = take;
    await db.stockTakes.put(unsigned);
    const { problems } = await checkIntegrity(db);
    expect(problems).toEqual([{ kind: 'approvalMissing', table: 'stockTakes', recordId: String(day.take), label: take.docNo, approval: 'stockTake' }]);
  });

  it('OUT-7: a special product released without the leader\'s signature on its slip is listed', async () => {
    const { db } = day.w;
    await db.purchaseSlips.update(day.specialSlip, { approvals: {} });
    const { problems } = await checkIntegrity(db);
    expect(problems).toMatchObject([{ kind: 'approvalMissing', table: 'purchaseSlips', recordId: String(day.specialSlip), approval: 'signOff' }]);
  });

  it('a row written without its audit entry, and an entry whose row is missing, are each listed', async () => {
    const { db } = day.w;
    const bare = await db.customers.add({ name: '无审计', phones: [], searchKeys: [], type: 'ordinary', addresses: [], isKey: false, createdAt: 1, updatedAt: 1 });
    await db.transaction('rw', db.auditLog, () => db.auditLog.add({ at: 1, staffId: 1, staffName: 'x', action: 'create', table: 'callLogs', recordId: '77', after: { contact: '孙先生' } }));
    const { problems } = await checkIntegrity(db);
    expect(problems).toEqual([
      { kind: 'auditMissing', table: 'customers', recordId: String(bare), label: '无审计' },
      { kind: 'auditOrphan', table: 'callLogs', recordId: '77', label: '孙先生' },
    ]);
  });

  it('REC-1: records removed on record (a removal entry names them) are not missing', async () => {
    const { db } = day.w;
    await db.transaction('rw', db.auditLog, async () => {
      await db.auditLog.add({ at: 1, staffId: 1, staffName: 'x', action: 'create', table: 'serviceCards', recordId: '5' });
      await db.auditLog.add({ at: 2, staffId: 1, staffName: 'x', action: 'remove', table: 'serviceCards', recordId: '5', before: { count: 1, recordIds: [5] } });
    });
    expect((await checkIntegrity(db)).problems).toEqual([]);
  });

  it('REC-2: an export registered with more calls than its period held is listed; a call entered after the file is not', async () => {
    const { db, clerk, t0 } = day.w;
    // Entered an hour after the file was written, into the period the file covers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 3_600_000);
    await createCallLog(db, clerk, { ...day.w.call('晚些时候的来电'), at: t0 + 3_600_000 });
    vi.useRealTimers();
    expect((await checkIntegrity(db)).problems).toEqual([]);
    const exp = await db.exports.get(day.exportId);
    await db.exports.update(day.exportId, { rowCount: (exp?.rowCount ?? 0) + 2 });
    const { problems } = await checkIntegrity(db);
    expect(problems).toEqual([
      { kind: 'exportCount', table: 'exports', recordId: String(day.exportId), label: '电话记录.xlsx', exportKind: 'callLogs', rowCount: (exp?.rowCount ?? 0) + 2, records: exp?.rowCount },
    ]);
  });

  it('reads one snapshot and writes nothing', async () => {
    const { db } = day.w;
    const count = async () => Promise.all(db.tables.map((t) => t.count()));
    const before = await count();
    await checkIntegrity(db);
    expect(await count()).toEqual(before);
  });

  it('a customer added by the clerk is whole, as any repository write', async () => {
    await createCustomer(day.w.db, day.w.clerk, { name: '张伟', phones: ['13800138000'] });
    expect((await checkIntegrity(day.w.db)).problems).toEqual([]);
  });
});
