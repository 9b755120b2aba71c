import type { ServiceReportInput, ServiceResult, PartUsed } from '@shared/service/report';
import type { ServiceRequest } from '@shared/service/request';
import { parseQuantity } from '@shared/stock/quantity';
import type { Issue } from '@shared/validation';

/** A part as typed: the product (null until chosen) and the quantity text. */
export interface PartRow {
  productId: number | null;
  qty: string;
}

/** What the report form edits; times are epoch ms, NaN while a picker is cleared or half typed. */
export interface ReportFormValues {
  requestId: number | null;
  customerId: number | null;
  technicianIds: number[];
  arrivalAt: number;
  departureAt: number;
  workDone: string;
  parts: PartRow[];
  result: ServiceResult;
  feedback: string;
  customerSignatureName: string;
  /** SVC-3: one line per problem left open. */
  unresolved: string[];
  /** The outstanding issues' owner and due date ('' = the defaults: first technician, departure + 7 days). */
  ownerId: number | null;
  dueDate: string;
}

export const blankPart = (): PartRow => ({ productId: null, qty: '' });

/** A report for a request starts from its customer, its dispatched technicians and the planned time as arrival. */
export function reportFormFor(req?: Pick<ServiceRequest, 'customerId' | 'dispatch' | 'contact'> & { id: number }): ReportFormValues {
  return {
    requestId: req?.id ?? null,
    customerId: req?.customerId ?? null,
    technicianIds: req?.dispatch ? [...req.dispatch.technicianIds] : [],
    arrivalAt: req?.dispatch?.plannedAt ?? Number.NaN,
    departureAt: Number.NaN,
    workDone: '',
    parts: [blankPart()],
    result: 'resolved',
    feedback: '',
    customerSignatureName: req?.contact ?? '',
    unresolved: [],
    ownerId: null,
    dueDate: '',
  };
}

export interface ReadParts {
  parts: PartUsed[];
  issues: Issue[];
  /** The form row of each part (blank rows are left out): maps the stock posting's `lines.i` back. */
  rows: number[];
}

/** Part rows → parts used: blank rows left out, the product required, each product once, whole positive quantities. */
export function readParts(rows: readonly PartRow[]): ReadParts {
  const out: ReadParts = { parts: [], issues: [], rows: [] };
  const seen = new Set<number>();
  rows.forEach((r, i) => {
    if (r.productId === null && r.qty.trim() === '') return;
    const qty = parseQuantity(r.qty, 'positive');
    if (r.productId === null) out.issues.push({ path: `partsUsed.${i}.productId`, message: 'service.report.error.partRequired' });
    else if (seen.has(r.productId)) out.issues.push({ path: `partsUsed.${i}.productId`, message: 'stock.error.duplicateLine' });
    if (!qty.ok) out.issues.push({ path: `partsUsed.${i}.qty`, message: qty.message });
    if (r.productId !== null && !seen.has(r.productId) && qty.ok) {
      out.parts.push({ productId: r.productId, qty: qty.value });
      out.rows.push(i);
    }
    if (r.productId !== null) seen.add(r.productId);
  });
  return out;
}

export function formToReportInput(v: ReportFormValues, parts: PartUsed[]): ServiceReportInput {
  return {
    ...(v.requestId !== null ? { requestId: v.requestId } : {}),
    customerId: v.customerId ?? 0,
    technicianIds: v.technicianIds,
    arrivalAt: Number.isNaN(v.arrivalAt) ? 0 : v.arrivalAt,
    departureAt: Number.isNaN(v.departureAt) ? 0 : v.departureAt,
    workDone: v.workDone,
    partsUsed: parts,
    result: v.result,
    feedback: v.feedback,
    customerSignatureName: v.customerSignatureName,
    unresolvedProblems: v.unresolved,
  };
}

/**
 * The stock posting reports its refusals per movement line (`lines.2.qty`: not enough stock); the form
 * shows them at the part row they came from.
 */
export function toFormPath(path: string, rows: readonly number[]): string {
  const m = /^lines\.(\d+)\.(\w+)$/.exec(path);
  if (!m) return path;
  const row = rows[Number(m[1])];
  return row === undefined ? path : `partsUsed.${row}.${m[2]}`;
}

/** Issues the form can show beside a field; the rest go above the buttons. */
export function isReportField(path: string): boolean {
  return /^(customerId|technicianIds|arrivalAt|departureAt|workDone|result|feedback|customerSignatureName|unresolvedProblems(\.\d+)?|partsUsed\.\d+\.(productId|qty)|ownerId|dueDate)$/.test(path);
}
