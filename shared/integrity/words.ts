import type { StringKey, Translate } from '../i18n';
import { rowTableLabelKey } from '../rows/labels';
import type { StockLocation } from '../stock/ledger';
import { differenceWords } from '../stock/difference-words';
import type { IntegrityProblem } from './problems';

/** Product id → how staff know it ("LX-PP PP棉滤芯"); a product no longer on file keeps its number. */
export type ProductNames = ReadonlyMap<number, string>;

/** The record a problem is about, as staff know it: 「入库单 RK20261127-001」, or its table and number. */
export function recordText(t: Translate, p: IntegrityProblem): string {
  const key = rowTableLabelKey(p.table);
  const table = key ? t(key) : t('rows.table.unknown');
  if (p.label) return t('integrity.record', { table, label: p.label });
  return p.recordId === undefined ? table : t('integrity.recordNumbered', { table, id: p.recordId });
}

const productName = (names: ProductNames, id: number) => names.get(id) ?? `#${id}`;
const placeName = (t: Translate, location: StockLocation | undefined) => t(location === 'faulty' ? 'stock.location.faulty' : 'stock.location.sellable');
/** What is wrong, in words, without naming the record (the list shows it before). */
export function problemText(t: Translate, p: IntegrityProblem, names: ProductNames): string {
  switch (p.kind) {
    case 'stockPaper':
      return differenceWords(t, p.difference, (id) => productName(names, id));
    case 'balanceOff':
      return t('integrity.problem.balanceOff', { product: productName(names, p.productId), place: placeName(t, p.location), stored: p.stored, ledger: p.ledger });
    case 'negativeStock':
      return t('integrity.problem.negativeStock', { product: productName(names, p.productId), place: placeName(t, p.location), qty: p.qty });
    case 'receiptDiscrepancies':
      return t('integrity.problem.receiptDiscrepancies', { expected: p.expected, found: p.found });
    case 'shipmentIncomplete':
      return t(`integrity.problem.shipment.${p.missing}`);
    case 'approvalMissing':
      return t(`integrity.problem.approvalMissing.${p.approval}`);
    case 'approvalStale':
      return t(`integrity.problem.approvalStale.${p.approval}`);
    case 'auditMissing':
      return t('integrity.problem.auditMissing');
    case 'auditOrphan':
      return t('integrity.problem.auditOrphan');
    case 'exportCount':
      return t('integrity.problem.exportCount', { rowCount: p.rowCount, kind: t(`record.kind.${p.exportKind}`), records: p.records });
  }
}

/** A product's balance is about the product, not a stored row staff would recognise. */
function subject(t: Translate, p: IntegrityProblem, names: ProductNames): string {
  if (p.kind === 'balanceOff' || p.kind === 'negativeStock') return t('integrity.record', { table: t('rows.table.products'), label: productName(names, p.productId) });
  return recordText(t, p);
}

/** One problem as a line of the list: 「入库单 RK20261127-001:到货入库但没有入库单」. */
export function problemLine(t: Translate, p: IntegrityProblem, names: ProductNames): string {
  return t('integrity.line', { record: subject(t, p, names), problem: problemText(t, p, names) });
}

export const problemGroups = ['stockPaper', 'balances', 'shipping', 'approvals', 'audit', 'exports'] as const;
export type ProblemGroup = (typeof problemGroups)[number];

const groupOf: Record<IntegrityProblem['kind'], ProblemGroup> = {
  stockPaper: 'stockPaper',
  receiptDiscrepancies: 'stockPaper',
  balanceOff: 'balances',
  negativeStock: 'balances',
  shipmentIncomplete: 'shipping',
  approvalMissing: 'approvals',
  approvalStale: 'approvals',
  auditMissing: 'audit',
  auditOrphan: 'audit',
  exportCount: 'exports',
};

export function problemGroup(p: IntegrityProblem): ProblemGroup {
  return groupOf[p.kind];
}

export const groupLabel = (g: ProblemGroup): StringKey => `integrity.group.${g}`;
