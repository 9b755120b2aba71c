import { normalizePhone } from '../domain/customer';
import { normalizeProductCode } from '../products/product';
import type { CustomerImportRow } from './customer-rows';
import { readCustomerRow } from './customer-rows';
import type { ImportField, ImportKind } from './fields';
import { customerImportFields, productImportFields } from './fields';
import type { ImportMapping } from './mapping';
import { mappingReport } from './mapping';
import type { ProductImportRow } from './product-rows';
import { readProductRow } from './product-rows';
import type { ImportedRow, ImportReportEntry, ImportResult } from './report';
import type { ImportSheet } from './sheet';
import { RowReader } from './sheet';

/** What is already on file; compared after normalizing (upper-case codes, digits-only phones). */
export interface ExistingKeys {
  productCodes: ReadonlySet<string>;
  phones: ReadonlySet<string>;
}

function run<T>(sheet: ImportSheet, mapping: ImportMapping, fields: readonly ImportField[], read: (r: RowReader) => T | undefined): ImportResult<T> {
  const headerReport = mappingReport(sheet.headers, mapping, fields);
  if (headerReport.length > 0) return { valid: [], report: headerReport };
  const valid: ImportedRow<T>[] = [];
  const report: ImportReportEntry[] = [];
  sheet.rows.forEach((cells, i) => {
    const r = new RowReader(i + 2, cells, sheet.headers, mapping);
    if (r.isEmpty()) return;
    r.checkCellKinds(fields);
    const value = read(r);
    report.push(...r.sortedEntries());
    if (value !== undefined) valid.push({ row: r.row, value });
  });
  if (valid.length === 0 && report.length === 0) report.push({ row: 1, column: '', reason: 'import.error.noRows' });
  return { valid, report };
}

/**
 * Checks an import without writing anything: the header mapping (wrong or missing columns), then each
 * data row (empty required cells, bad phones, bad numbers, duplicates in the file and against what is
 * on file). Blank rows are skipped. See `canImport` for when the caller may write `valid`.
 */
export function validateImportRows(sheet: ImportSheet, mapping: ImportMapping, kind: 'customers', existing: ExistingKeys): ImportResult<CustomerImportRow>;
export function validateImportRows(sheet: ImportSheet, mapping: ImportMapping, kind: 'products', existing: ExistingKeys): ImportResult<ProductImportRow>;
export function validateImportRows(
  sheet: ImportSheet,
  mapping: ImportMapping,
  kind: ImportKind,
  existing: ExistingKeys,
): ImportResult<CustomerImportRow> | ImportResult<ProductImportRow> {
  const seen = new Map<string, number>();
  if (kind === 'customers') {
    const phones = new Set([...existing.phones].map(normalizePhone));
    return run(sheet, mapping, customerImportFields, (r) => readCustomerRow(r, phones, seen));
  }
  const codes = new Set([...existing.productCodes].map(normalizeProductCode));
  return run(sheet, mapping, productImportFields, (r) => readProductRow(r, codes, seen));
}
