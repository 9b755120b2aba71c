import type { Table } from 'dexie';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import {
  approvalProblems, auditProblems, balanceProblems, exportProblems, receiptProblems, shipmentProblems, stockPaperProblems, type AuditedRows,
} from '@shared/integrity/checks';
import { recordLabel, signedVariances } from '@shared/integrity/labels';
import { auditedTables, type AuditedTable, type IntegrityProblem } from '@shared/integrity/problems';
import { dayRangeToMs } from '@shared/domain/local-date';
import type { Product } from '@shared/products/product';
import { partsReleaseDocument } from '@shared/service/parts-release';
import { exchangeShippingListDocumentsOn } from '@shared/shipping/list-document';
import type { ShippingList } from '@shared/shipping/shipping-list';
import { exchangeOutboundDay, type Exchange } from '@shared/stock/exchange';
import { exchangeDocumentsOn, receiptDocument, returnDocument, scrapDocument, stockTakeDocument } from '@shared/stock/settlement-documents';
import type { SettlementDocument } from '@shared/stock/settlement';
import type { Variance } from '@shared/stock/stock-take';
import type { AppDB } from './db';
import { slipPapers } from './slip-settlement';
import { withSlipId } from './slip-store';

export { auditedTables } from '@shared/integrity/problems';

/** The steps of the check, in order, for the progress bar. */
export const integritySteps = ['read', 'stock', 'balances', 'shipping', 'audit', 'approvals', 'exports'] as const;
export type IntegrityStep = (typeof integritySteps)[number];
export type IntegrityProgress = (step: IntegrityStep, done: number, total: number) => void;

export interface IntegrityReport {
  /** Empty when the data holds. */
  problems: IntegrityProblem[];
  /** Rows of the audited tables. */
  records: number;
  /** Entries of the audit trail read. */
  auditEntries: number;
  movements: number;
  /** Papers (receipts, slips, shipping lists …) the movements were reconciled with. */
  documents: number;
  shipments: number;
  /** Product id → code and name, for the problems' words. */
  productNames: Map<number, string>;
}

type Saved<T> = T & { id: number };
const withId = <T extends { id?: number }>(rows: readonly T[]): Saved<T>[] => rows.flatMap((r) => (r.id === undefined ? [] : [{ ...r, id: r.id }]));

/** What one pass over the audit trail collects: per audited table, the created and removed ids with a label each, and WH-2's signed lists. */
interface AuditPass {
  entries: number;
  created: Map<AuditedTable, Set<string>>;
  removed: Map<AuditedTable, Set<string>>;
  labels: Map<AuditedTable, Map<string, string>>;
  signedLists: Map<number, Variance[]>;
}

const isAudited = (table: string): table is AuditedTable => (auditedTables as readonly string[]).includes(table);
function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

async function readAudit(db: AppDB): Promise<AuditPass> {
  const pass: AuditPass = { entries: 0, created: new Map(), removed: new Map(), labels: new Map(), signedLists: new Map() };
  await db.auditLog.each((e) => {
    pass.entries += 1;
    if (!isAudited(e.table)) return;
    if (e.action === 'create') {
      entryOf(pass.created, e.table, () => new Set()).add(e.recordId);
      const label = recordLabel(e.after);
      if (label) entryOf(pass.labels, e.table, () => new Map()).set(e.recordId, label);
    } else if (e.action === 'remove') {
      // REC-1: one entry names every record a removal took out.
      const ids = (e.before as { recordIds?: unknown } | undefined)?.recordIds;
      for (const id of Array.isArray(ids) ? ids : e.recordId.split(',')) entryOf(pass.removed, e.table, () => new Set()).add(String(id));
    } else if (e.table === 'stockTakes' && e.action === 'update') {
      const signed = signedVariances(e.after);
      if (signed) pass.signedLists.set(Number(e.recordId), signed);
    }
  });
  return pass;
}

/** Every audited table's row keys against the trail; the rows without an entry are read for their label. */
async function auditedRows(db: AppDB, pass: AuditPass): Promise<AuditedRows[]> {
  const out: AuditedRows[] = [];
  for (const table of auditedTables) {
    const store: Table = db.table(table);
    const keys = await store.toCollection().primaryKeys();
    const created = pass.created.get(table) ?? new Set<string>();
    const labels = new Map(pass.labels.get(table) ?? []);
    const bare = keys.filter((k) => !created.has(String(k)));
    (await store.bulkGet(bare)).forEach((row, i) => {
      const label = recordLabel(row);
      if (label) labels.set(String(bare[i]), label);
    });
    out.push({ table, rowIds: keys.map(String), created, removed: pass.removed.get(table) ?? new Set(), labels });
  }
  return out;
}

async function stockRows(db: AppDB) {
  const [movements, balances, receipts, discrepancies, returns, exchanges, stockTakes, scraps, partsReleases, slips, shippingLists, shipments, products] = await Promise.all([
    db.movements.toArray(), db.stockBalances.toArray(), db.receipts.toArray(), db.discrepancies.toArray(), db.returns.toArray(), db.exchanges.toArray(),
    db.stockTakes.toArray(), db.scraps.toArray(), db.partsReleases.toArray(), db.purchaseSlips.toArray(), db.shippingLists.toArray(), db.shipments.toArray(),
    db.products.toArray(),
  ]);
  return {
    movements, balances, receipts: withId(receipts), discrepancies, returns: withId(returns), exchanges: withId(exchanges), stockTakes: withId(stockTakes),
    scraps: withId(scraps), partsReleases, slips: slips.flatMap((s) => withSlipId(s) ?? []), shippingLists: withId(shippingLists), shipments: withId(shipments),
    products: new Map(products.map((p): [number, Product] => [p.id, p])),
  };
}
type StockRows = Awaited<ReturnType<typeof stockRows>>;

/**
 * An exchange's papers over the whole ledger: those of each day it moved goods (its own day, and for
 * a courier exchange the day its parcel was posted, EXC-2), as the settlement gathers them for a day —
 * its inbound and outbound slips and a courier exchange's shipping list. A courier exchange still
 * waiting for its parcel has moved only the returned item.
 */
function exchangePapers(ex: Saved<Exchange>, lists: readonly ShippingList[]): SettlementDocument[] {
  const days = [...new Set([ex.day, exchangeOutboundDay(ex) ?? ex.day])];
  return days.flatMap((day) => [...exchangeDocumentsOn(ex, day), ...exchangeShippingListDocumentsOn([ex], lists, day)]);
}

/** The papers of every record that moves goods, built by the same rules the daily settlement uses (WH-1). */
function allDocuments(r: StockRows): SettlementDocument[] {
  const exchangeLists = r.shippingLists.filter((l) => l.exchangeId !== undefined);
  return [
    ...r.receipts.map(receiptDocument),
    ...r.returns.map(returnDocument),
    ...r.exchanges.flatMap((ex) => exchangePapers(ex, exchangeLists.filter((l) => l.exchangeId === ex.id))),
    // A take still being counted has moved nothing yet.
    ...r.stockTakes.filter((t) => t.status === 'posted').map(stockTakeDocument),
    ...r.scraps.map(scrapDocument),
    // SVC-3: the releases the keeper confirmed; a waiting or cancelled one moved nothing.
    ...r.partsReleases.flatMap((release) => partsReleaseDocument(release) ?? []),
    ...slipPapers(r.slips.filter((s) => s.released !== undefined), r.shippingLists),
  ].filter((d) => d.lines.length > 0);
}

/** REC-2: the calls of each calls export's period, read by the time index. */
async function exportedCalls(db: AppDB) {
  const exports = withId(await db.exports.where('kind').equals('callLogs').toArray());
  const calls = (await Promise.all(exports.map((e) => {
    const { fromMs, toMsExclusive } = dayRangeToMs(e.rangeFrom, e.rangeTo);
    return db.callLogs.where('at').between(fromMs, toMsExclusive, true, false).toArray();
  }))).flat();
  // Overlapping periods read a call twice: keep one of each.
  const unique = [...new Map(calls.map((c) => [c.id, c])).values()];
  return { exports, calls: unique };
}

/**
 * The data check (数据自检): every invariant of the center's records, over the whole database in one
 * read transaction (a snapshot, so a write meanwhile cannot look like a gap). Returns the problems
 * as data; nothing is written. `onProgress` is told each step as it starts.
 */
export function checkIntegrity(db: AppDB, onProgress?: IntegrityProgress): Promise<IntegrityReport> {
  const total = integritySteps.length;
  const step = (s: IntegrityStep) => onProgress?.(s, integritySteps.indexOf(s), total);
  return db.transaction('r', db.tables, async () => {
    step('read');
    const rows = await stockRows(db);
    step('stock');
    const documents = allDocuments(rows);
    const problems = [...stockPaperProblems(rows.movements, documents), ...receiptProblems(rows.receipts, rows.discrepancies)];
    step('balances');
    problems.push(...balanceProblems(rows.movements, rows.balances));
    step('shipping');
    problems.push(...shipmentProblems({ slips: rows.slips, exchanges: rows.exchanges, shippingLists: rows.shippingLists, shipments: rows.shipments, products: rows.products }));
    step('audit');
    const pass = await readAudit(db);
    const audited = await auditedRows(db, pass);
    step('approvals');
    problems.push(...approvalProblems({ stockTakes: rows.stockTakes, signedLists: pass.signedLists, slips: rows.slips, scraps: rows.scraps, products: rows.products }));
    problems.push(...auditProblems(audited));
    step('exports');
    const exported = await exportedCalls(db);
    problems.push(...exportProblems(exported.exports, exported.calls));
    onProgress?.('exports', total, total);
    return {
      problems,
      records: audited.reduce((n, t) => n + t.rowIds.length, 0),
      auditEntries: pass.entries,
      movements: rows.movements.length,
      documents: documents.length,
      shipments: rows.shipments.length,
      productNames: new Map([...rows.products].map(([id, p]) => [id, `${p.code} ${p.name}`])),
    };
  });
}

/** 设置 → 数据自检: the check as a supervisor runs it (it reads every record, the audit trail included). */
export function runDataCheck(db: AppDB, actor: Actor, onProgress?: IntegrityProgress): Promise<IntegrityReport> {
  assertCan(actor.roles, 'audit.view');
  return checkIntegrity(db, onProgress);
}
