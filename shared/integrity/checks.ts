import type { CallLog } from '../domain/call-log';
import type { ExportRecord } from '../domain/export-record';
import { dayRangeToMs } from '../domain/local-date';
import type { Product } from '../products/product';
import { exchangeSource, slipSource, sourceKey, sourceOf, type FlowDoc } from '../shipping/ship-doc';
import type { ShippingList } from '../shipping/shipping-list';
import type { Shipment } from '../shipping/shipment';
import { approvalCovers } from '../slips/approval-cover';
import { isDoubleCounted } from '../slips/double-count';
import type { PurchaseSlip } from '../slips/purchase-slip';
import { pendingSignOff } from '../slips/validate-slip';
import { isApprovalRecorded } from '../stock/approvals';
import type { Exchange } from '../stock/exchange';
import { balances, stockLocations, type Movement } from '../stock/ledger';
import type { Discrepancy, Receipt } from '../stock/receiving';
import type { Scrap } from '../stock/scrap';
import { reconcile, type SettlementDocument } from '../stock/settlement';
import { isSignedList, variances, type StockTake, type Variance } from '../stock/stock-take';
import { refTables, type AuditedTable, type IntegrityProblem, type ShipmentPart } from './problems';

/**
 * The invariants of the center's records as small pure functions: each takes the rows it needs and
 * returns the problems it finds (empty when the data holds). renderer/db/integrity.ts reads the rows.
 */

type Saved<T> = T & { id: number };

/**
 * WH-1 over the whole ledger: every movement has the papers its rule names (reconcile-rules.ts), and
 * every document that moves goods has its movements with the same quantities.
 */
export function stockPaperProblems(movements: readonly Movement[], documents: readonly SettlementDocument[]): IntegrityProblem[] {
  return reconcile(movements, documents).differences.map((difference) => ({
    kind: 'stockPaper' as const,
    table: difference.ref ? refTables[difference.ref.type] : 'movements',
    ...(difference.ref ? { recordId: String(difference.ref.id) } : {}),
    label: difference.docNo,
    difference,
  }));
}

/** A running balance row as stored: sellable `onHand`, and `faulty` (absent = none). */
export interface BalanceRow {
  productId: number;
  onHand: number;
  faulty?: number;
}

/** Sellable and faulty stock in the balances = the sum of the movements per product and place; no negative stock. */
export function balanceProblems(movements: readonly Movement[], stored: readonly BalanceRow[]): IntegrityProblem[] {
  const rows = new Map(stored.map((b) => [b.productId, b]));
  const problems: IntegrityProblem[] = [];
  for (const location of stockLocations) {
    const ledger = balances(movements, location);
    const kept = (id: number) => (location === 'faulty' ? rows.get(id)?.faulty : rows.get(id)?.onHand) ?? 0;
    for (const productId of [...new Set([...ledger.keys(), ...rows.keys()])].sort((a, b) => a - b)) {
      const sum = ledger.get(productId) ?? 0;
      const about = { table: 'stockBalances' as const, recordId: String(productId), productId, location };
      if (kept(productId) !== sum) problems.push({ kind: 'balanceOff', ...about, stored: kept(productId), ledger: sum });
      if (sum < 0) problems.push({ kind: 'negativeStock', ...about, qty: sum });
    }
  }
  return problems;
}

/** IN-3: each receipt line whose count differs from the delivery note has its discrepancy record. */
export function receiptProblems(receipts: readonly Saved<Receipt>[], discrepancies: readonly Discrepancy[]): IntegrityProblem[] {
  const found = new Map<number, number>();
  for (const d of discrepancies) found.set(d.receiptId, (found.get(d.receiptId) ?? 0) + 1);
  return receipts.flatMap((r): IntegrityProblem[] => {
    const expected = r.lines.filter((l) => l.countedQty !== l.noteQty).length;
    const have = found.get(r.id) ?? 0;
    return expected === have ? [] : [{ kind: 'receiptDiscrepancies', table: 'receipts', recordId: String(r.id), label: r.docNo, expected, found: have }];
  });
}

export interface ShippingRows {
  slips: readonly Saved<PurchaseSlip>[];
  /** The exchanges: a courier exchange's replacement ships like a slip (EXC-2) and keeps its steps on `shipping`. */
  exchanges: readonly Saved<Exchange>[];
  shippingLists: readonly Saved<ShippingList>[];
  shipments: readonly Saved<Shipment>[];
  products: ReadonlyMap<number, Product>;
}

/** What the shipping steps kept on a parcel's source document: what left, the counts, the waybill. */
type ShippedFlow = Pick<FlowDoc, 'lines' | 'counts' | 'waybill'>;

/** A courier exchange's steps as kept on it; one recorded before exchanges shipped through them has none. */
function exchangeFlow(ex: Saved<Exchange>): ShippedFlow {
  return { lines: [{ productId: ex.replacement.productId, qty: ex.replacement.qty }], counts: ex.shipping?.counts ?? [], ...(ex.shipping?.waybill ? { waybill: ex.shipping.waybill } : {}) };
}

/** What one posted parcel lacks, given its source's steps: its shipping list (OUT-2), two matching counts (OUT-4), its waybill number (SHP-2). */
function parcelGaps(shipment: Saved<Shipment>, flow: ShippedFlow, hasList: boolean, products: ReadonlyMap<number, Product>): ShipmentPart[] {
  const gaps: ShipmentPart[] = [];
  if (!hasList) gaps.push('shippingList');
  if (!isDoubleCounted(flow, products)) gaps.push('doubleCount');
  if (shipment.trackingNo.trim() === '' || (flow.waybill?.trackingNo ?? '').trim() === '') gaps.push('trackingNo');
  return gaps;
}

/**
 * Every parcel posted as shipped has its source document — a purchase slip, or the courier exchange
 * whose replacement it carries (EXC-2) — with that source's shipping list, two-person count and
 * waybill number; and every slip or courier exchange posted as shipped has its entry in the shipment
 * log (SHP-3).
 */
export function shipmentProblems({ slips, exchanges, shippingLists, shipments, products }: ShippingRows): IntegrityProblem[] {
  const slipsById = new Map(slips.map((s) => [s.id, s]));
  const exchangesById = new Map(exchanges.map((e) => [e.id, e]));
  const listIds = new Set(shippingLists.map((l) => l.id));
  const listed = new Set(shippingLists.flatMap((l) => { const s = sourceOf(l); return s ? [sourceKey(s)] : []; }));
  const problems: IntegrityProblem[] = [];
  for (const shipment of shipments) {
    const source = sourceOf(shipment);
    const report = (missing: ShipmentPart) => problems.push({ kind: 'shipmentIncomplete', table: 'shipments', recordId: String(shipment.id), label: shipment.slipNo, missing });
    const slip = source?.type === 'slip' ? slipsById.get(source.id) : undefined;
    const exchange = source?.type === 'exchange' ? exchangesById.get(source.id) : undefined;
    const flow = slip ?? (exchange ? exchangeFlow(exchange) : undefined);
    if (!source || !flow) {
      report(source?.type === 'exchange' ? 'exchange' : 'slip');
      continue;
    }
    const hasList = listed.has(sourceKey(source)) || (shipment.shippingListId !== undefined && listIds.has(shipment.shippingListId));
    parcelGaps(shipment, flow, hasList, products).forEach(report);
  }
  const logged = new Set(shipments.flatMap((s) => { const source = sourceOf(s); return source ? [sourceKey(source)] : []; }));
  for (const slip of slips) {
    if (slip.delivery === 'ship' && slip.status === 'posted' && !logged.has(sourceKey(slipSource(slip.id)))) {
      problems.push({ kind: 'shipmentIncomplete', table: 'purchaseSlips', recordId: String(slip.id), label: slip.no, missing: 'logEntry' });
    }
  }
  for (const ex of exchanges) {
    // A courier exchange recorded before exchanges shipped through the steps has no parcel of its own to log.
    if (ex.shipping?.released !== undefined && !logged.has(sourceKey(exchangeSource(ex.id)))) {
      problems.push({ kind: 'shipmentIncomplete', table: 'exchanges', recordId: String(ex.id), label: ex.outDocNo, missing: 'logEntry' });
    }
  }
  return problems;
}

/**
 * OUT-7: whether a slip's 领导签字 covers the slip as it now stands: the fingerprint of the lines the
 * leader signed for, kept with the approval, against the slip's lines — by the slips' own rule
 * (approval-cover.ts). Undefined when that cannot be told: no sign-off, or one stored before the
 * approval kept its fingerprint (it was valid when given; nothing on the slip says for what).
 */
export function slipSignOffCovers(slip: Pick<PurchaseSlip, 'approvals' | 'lines'>): boolean | undefined {
  const signOff = slip.approvals.signOff;
  if (signOff?.covers === undefined) return undefined;
  return approvalCovers(signOff, slip.lines);
}

export interface ApprovalRows {
  stockTakes: readonly Saved<StockTake>[];
  /** Per posted stock take, the variance list the supervisor signed (kept with its posting); absent on takes posted before it was kept. */
  signedLists: ReadonlyMap<number, readonly Variance[]>;
  slips: readonly Saved<PurchaseSlip>[];
  scraps: readonly Saved<Scrap>[];
  products: ReadonlyMap<number, Product>;
}

function stockTakeApprovals(takes: readonly Saved<StockTake>[], signedLists: ReadonlyMap<number, readonly Variance[]>): IntegrityProblem[] {
  return takes.flatMap((take): IntegrityProblem[] => {
    const now = variances(take);
    if (take.status !== 'posted' || now.length === 0) return [];
    const about = { table: 'stockTakes' as const, recordId: String(take.id), label: take.docNo, approval: 'stockTake' as const };
    if (!isApprovalRecorded(take.approval)) return [{ kind: 'approvalMissing', ...about }];
    const signed = signedLists.get(take.id);
    return signed && !isSignedList(signed, now) ? [{ kind: 'approvalStale', ...about }] : [];
  });
}

function slipApprovals(slips: readonly Saved<PurchaseSlip>[], products: ReadonlyMap<number, Product>): IntegrityProblem[] {
  return slips.flatMap((slip): IntegrityProblem[] => {
    if (slip.released === undefined) return [];
    const about = { table: 'purchaseSlips' as const, recordId: String(slip.id), label: slip.no, approval: 'signOff' as const };
    const needsSignOff = pendingSignOff({ ...slip, approvals: {} }, products).length > 0;
    if (needsSignOff && !isApprovalRecorded(slip.approvals.signOff)) return [{ kind: 'approvalMissing', ...about }];
    return needsSignOff && slipSignOffCovers(slip) === false ? [{ kind: 'approvalStale', ...about }] : [];
  });
}

/**
 * Every approval kept on a record covers the record as it stands: a posted stock take's approval the
 * variance list it now has (WH-2), a released slip with a special product its 领导签字 (OUT-7), a scrap its signature.
 */
export function approvalProblems(rows: ApprovalRows): IntegrityProblem[] {
  const scraps = rows.scraps.flatMap((s): IntegrityProblem[] =>
    isApprovalRecorded(s.approval) ? [] : [{ kind: 'approvalMissing', table: 'scraps', recordId: String(s.id), label: s.docNo, approval: 'scrap' }],
  );
  return [...stockTakeApprovals(rows.stockTakes, rows.signedLists), ...slipApprovals(rows.slips, rows.products), ...scraps];
}

/** One audited table as read: its row keys, how staff know each row, and the audit trail's entries about it. */
export interface AuditedRows {
  table: AuditedTable;
  rowIds: readonly string[];
  /** Record ids with a 'create' entry. */
  created: ReadonlySet<string>;
  /** Record ids a 'remove' entry took out for good (REC-1 removal after export). */
  removed: ReadonlySet<string>;
  /** How staff know a record (its number or name), from the row or, for a missing row, from its entry. */
  labels: ReadonlyMap<string, string>;
}

/** Every write has its audit entry: every row its 'create' entry, and every 'create' entry its row (unless removed on record). */
export function auditProblems(tables: readonly AuditedRows[]): IntegrityProblem[] {
  return tables.flatMap(({ table, rowIds, created, removed, labels }) => {
    const rows = new Set(rowIds);
    const about = (recordId: string) => ({ table, recordId, ...(labels.has(recordId) ? { label: labels.get(recordId) } : {}) });
    return [
      ...rowIds.filter((id) => !created.has(id)).map((id): IntegrityProblem => ({ kind: 'auditMissing', ...about(id) })),
      ...[...created].filter((id) => !rows.has(id) && !removed.has(id)).map((id): IntegrityProblem => ({ kind: 'auditOrphan', ...about(id) })),
    ];
  });
}

/**
 * REC-2: the registry's row count of a calls export = the calls of its period that existed when the
 * file was written (calls are never deleted; a voided call stays and is exported). Other kinds are
 * selected in ways the registry does not keep enough of to recount; they are not checked here.
 */
export function exportProblems(exports: readonly Saved<ExportRecord>[], calls: readonly Pick<CallLog, 'at' | 'createdAt'>[]): IntegrityProblem[] {
  return exports.flatMap((e): IntegrityProblem[] => {
    if (e.kind !== 'callLogs') return [];
    const { fromMs, toMsExclusive } = dayRangeToMs(e.rangeFrom, e.rangeTo);
    const records = calls.filter((c) => c.at >= fromMs && c.at < toMsExclusive && c.createdAt <= e.createdAt).length;
    return records === e.rowCount ? [] : [{ kind: 'exportCount', table: 'exports', recordId: String(e.id), label: e.fileName, exportKind: e.kind, rowCount: e.rowCount, records }];
  });
}
