import type { MovementRef } from '@shared/stock/ledger';
import { slipsOfMovements, type SlipSource, type StockSlip, type StockSlipView } from '@shared/stock/stock-slip';
import type { AppDB } from './db';
import type { StoredMovement } from './stock-rows';
import { movementsForRef } from './stock-repo';

/**
 * The inbound and outbound slips (入库单 / 出库单) as the detail view and the printed form show them:
 * read from the movements (the ledger is the truth of what moved), with what the source record adds —
 * the delivery note or purchase slip number, the supplier or customer, who signed in which role.
 */

async function customerName(db: AppDB, id: number | undefined): Promise<string | undefined> {
  return id === undefined ? undefined : (await db.customers.get(id))?.name;
}

const withNote = (note: string | undefined) => (note?.trim() ? { note: note.trim() } : {});
const withValue = <K extends string>(key: K, value: string | undefined) => (value ? ({ [key]: value } as Record<K, string>) : {});

/** What each kind of record adds to its slips; a record type that starts moving goods adds its entry here. */
const sources: Record<MovementRef['type'], (db: AppDB, id: number, slip: StockSlip) => Promise<SlipSource>> = {
  async receipt(db, id) {
    const r = await db.receipts.get(id);
    if (!r) return { signers: [] };
    return {
      sourceNo: r.deliveryNoteNo, ...withValue('counterparty', r.supplier), ...withNote(r.note),
      signers: [{ role: 'receiver', name: r.receiverName }, { role: 'keeper', name: r.keeperName }],
    };
  },
  async return(db, id) {
    const r = await db.returns.get(id);
    if (!r) return { signers: [] };
    const slipNo = r.slipId === undefined ? undefined : (await db.purchaseSlips.get(r.slipId))?.no;
    return { ...withValue('sourceNo', slipNo), ...withValue('counterparty', await customerName(db, r.customerId)), ...withNote(r.reason), signers: [{ role: 'keeper', name: r.handlerName }] };
  },
  async exchange(db, id, slip) {
    const e = await db.exchanges.get(id);
    if (!e) return { signers: [] };
    // EXC-2: each slip names the other one; EXC-1's two slips share their number.
    const other = e.inDocNo === e.outDocNo ? undefined : slip.direction === 'in' ? e.outDocNo : e.inDocNo;
    return {
      ...withValue('sourceNo', other), ...withValue('counterparty', await customerName(db, e.customerId)),
      ...withNote(slip.direction === 'in' ? e.inspection.note : e.reason), signers: [{ role: 'keeper', name: e.handlerName }],
    };
  },
  async slip(db, id) {
    const s = await db.purchaseSlips.get(id);
    if (!s) return { signers: [] };
    return { sourceNo: s.no, ...withValue('counterparty', await customerName(db, s.customerId)), signers: s.released ? [{ role: 'keeper', name: s.released.name }] : [] };
  },
  async stockTake(db, id) {
    const take = await db.stockTakes.get(id);
    if (!take) return { signers: [] };
    return { sourceNo: take.docNo, signers: take.approval ? [{ role: 'approver', name: take.approval.supervisorName }] : [] };
  },
  async scrap(db, id) {
    const s = await db.scraps.get(id);
    if (!s) return { signers: [] };
    return { ...withNote(s.reason), signers: [{ role: 'keeper', name: s.handlerName }, { role: 'approver', name: s.approval.supervisorName }] };
  },
  // SVC-3: the parts a service report used, released by the keeper: the service request it was for, the customer, the keeper.
  async serviceReport(db, id) {
    const report = await db.serviceReports.get(id);
    if (!report) return { signers: [] };
    const [release] = await db.partsReleases.where('reportId').equals(id).toArray();
    const requestNo = report.requestId === undefined ? undefined : (await db.serviceRequests.get(report.requestId))?.no;
    return {
      ...withValue('sourceNo', requestNo), ...withValue('counterparty', await customerName(db, report.customerId)),
      signers: release?.releasedByName ? [{ role: 'keeper', name: release.releasedByName }] : [],
    };
  },
};

async function withSources(db: AppDB, movements: readonly StoredMovement[]): Promise<StockSlipView[]> {
  return Promise.all(
    slipsOfMovements(movements).map(async (slip) => ({ ...slip, source: slip.ref ? await sources[slip.ref.type](db, slip.ref.id, slip) : { signers: [] } })),
  );
}

/** The slips under one document number (RK…, CK…, HH…): one, or two for a same-product exchange. */
export async function slipsByDocNo(db: AppDB, docNo: string): Promise<StockSlipView[]> {
  return withSources(db, await db.movements.where('docNo').equals(docNo).toArray());
}

/** The slips of one record: a receipt's, a return's, an exchange's two, a purchase slip's release … */
export async function slipsForRef(db: AppDB, ref: MovementRef): Promise<StockSlipView[]> {
  return withSources(db, await movementsForRef(db, ref));
}
