import { dayRangeToMs } from '@shared/domain/local-date';
import { callLogSheet } from '@shared/export/call-log-rows';
import { outstandingIssueSheet } from '@shared/export/outstanding-issue-rows';
import { serviceCardSheet } from '@shared/export/service-card-rows';
import { serviceReportSheet } from '@shared/export/service-report-rows';
import type { SheetSpec } from '@shared/export/sheet-spec';
import { shipmentSheet } from '@shared/export/shipment-rows';
import { stockMovementSheet } from '@shared/export/stock-movement-rows';
import { summarySheet } from '@shared/export/summary-sheet';
import type { Lang } from '@shared/i18n';
import type { ExportableKind } from '@shared/records/export-schedule';
import type { DateRange } from '@shared/records/periods';
import { listCallLogs } from '../db/call-logs-repo';
import { getCustomersByIds } from '../db/customers-repo';
import type { AppDB } from '../db/db';
import { listOutstandingCreated } from '../db/outstanding-repo';
import { getProductsByIds } from '../db/products-repo';
import { listServiceCards } from '../db/service-cards-repo';
import { listServiceReports } from '../db/service-reports-repo';
import { serviceRequestNos } from '../db/service-requests-repo';
import { shipmentLogRange } from '../db/shipment-log-range';
import { listStaff } from '../db/staff-repo';
import { listMovements } from '../db/stock-repo';
import type { ExportProgress } from './progress';
import { buildXlsxBook } from './xlsx-builder';

/** A multi-kind export: one sheet per kind (in order) and the summary sheet. */
export interface RecordsWorkbookJob {
  kind: 'records';
  kinds: ExportableKind[];
  /** Local dates, both inclusive (already validated). */
  range: DateRange;
  lang: Lang;
  /** Shown on the summary sheet. */
  exportedBy: string;
  at: number;
}

export interface RecordsWorkbook {
  bytes: Uint8Array<ArrayBuffer>;
  /** Rows written per kind, in sheet order (the summary sheet shows the same numbers). */
  counts: { kind: ExportableKind; count: number }[];
}

const ids = (values: readonly (number | undefined)[]) => values.filter((v): v is number => v !== undefined);

async function staffNames(db: AppDB): Promise<Map<number, { name: string }>> {
  return new Map((await listStaff(db)).map((s) => [s.id, { name: s.name }]));
}

type SheetLoader = (db: AppDB, range: DateRange, lang: Lang) => Promise<SheetSpec>;

/**
 * How each kind's records are selected by the range: calls by time, reports by visit (arrival),
 * cards by service date, outstanding issues by recording time, movements by business day,
 * shipments by dispatch day.
 */
const loaders: Record<ExportableKind, SheetLoader> = {
  async callLogs(db, range, lang) {
    const { fromMs, toMsExclusive } = dayRangeToMs(range.from, range.to);
    const calls = await listCallLogs(db, fromMs, toMsExclusive);
    return callLogSheet(calls, await getCustomersByIds(db, ids(calls.map((c) => c.customerId))), lang);
  },
  async serviceCards(db, range, lang) {
    const cards = await listServiceCards(db, { fromDay: range.from, toDay: range.to }, Infinity);
    const [customers, products, staff] = await Promise.all([
      getCustomersByIds(db, cards.map((c) => c.customerId)),
      getProductsByIds(db, cards.map((c) => c.productId)),
      staffNames(db),
    ]);
    return serviceCardSheet(cards, { customers, products, staff }, lang);
  },
  async serviceReports(db, range, lang) {
    const { fromMs, toMsExclusive } = dayRangeToMs(range.from, range.to);
    const reports = await listServiceReports(db, { fromMs, toMsExclusive }, Infinity);
    const [customers, products, staff, requestNos] = await Promise.all([
      getCustomersByIds(db, reports.map((r) => r.customerId)),
      getProductsByIds(db, reports.flatMap((r) => r.partsUsed.map((p) => p.productId))),
      staffNames(db),
      serviceRequestNos(db, ids(reports.map((r) => r.requestId))),
    ]);
    return serviceReportSheet(reports, { customers, products, staff, requestNos }, lang);
  },
  async outstandingIssues(db, range, lang) {
    const { fromMs, toMsExclusive } = dayRangeToMs(range.from, range.to);
    return outstandingIssueSheet(await listOutstandingCreated(db, fromMs, toMsExclusive), await staffNames(db), lang);
  },
  async stockMovements(db, range, lang) {
    const movements = await listMovements(db, { fromDay: range.from, toDay: range.to }, Infinity);
    const [products, customers] = await Promise.all([
      getProductsByIds(db, movements.flatMap((m) => m.lines.map((l) => l.productId))),
      getCustomersByIds(db, ids(movements.map((m) => m.customerId))),
    ]);
    return stockMovementSheet(movements, products, customers, lang);
  },
  async shipmentLog(db, range, lang) {
    return shipmentSheet(await shipmentLogRange(db, range.from, range.to), lang);
  },
};

/**
 * Reads each kind's records of the range and builds ONE .xlsx: a sheet per kind, then the summary
 * sheet (range, counts, exported by, time). Runs in the export worker; a kind with no records still
 * gets its sheet (headers only), so the file documents the whole period.
 */
export async function buildRecordsWorkbook(db: AppDB, job: RecordsWorkbookJob, onProgress?: (p: ExportProgress) => void): Promise<RecordsWorkbook> {
  const sheets: SheetSpec[] = [];
  onProgress?.({ phase: 'read', done: 0, total: job.kinds.length });
  for (const kind of job.kinds) {
    sheets.push(await loaders[kind](db, job.range, job.lang));
    onProgress?.({ phase: 'read', done: sheets.length, total: job.kinds.length });
  }
  const counts = job.kinds.map((kind, i) => ({ kind, count: sheets[i]?.rows.length ?? 0 }));
  const summary = summarySheet({ range: job.range, counts, exportedBy: job.exportedBy, at: job.at }, job.lang);
  return { bytes: buildXlsxBook([...sheets, summary], onProgress), counts };
}
