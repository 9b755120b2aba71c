import type { ImportField } from './fields';
import { fieldNames, normalizeHeader } from './fields';
import type { ImportReportEntry } from './report';

/** Field key → column index in the sheet (undefined: not imported). */
export type ImportMapping = Readonly<Record<string, number | undefined>>;

/**
 * The column each field most likely comes from: first exact matches of a header with the field's
 * names (姓名/客户名称/名称 → name, 电话/手机/联系电话 → phone …), then headers that contain one
 * ("客户手机号码" → phone). Each column is used once. The user can change it in the preview.
 */
export function suggestMapping(headers: readonly string[], fields: readonly ImportField[]): Record<string, number | undefined> {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping: Record<string, number | undefined> = {};
  const take = (field: ImportField, match: (h: string, names: string[]) => boolean) => {
    if (mapping[field.key] !== undefined) return;
    const names = fieldNames(field);
    const col = normalized.findIndex((h, i) => !used.has(i) && h !== '' && match(h, names));
    if (col >= 0) {
      mapping[field.key] = col;
      used.add(col);
    }
  };
  for (const field of fields) take(field, (h, names) => names.includes(h));
  for (const field of fields) take(field, (h, names) => names.some((n) => n.length >= 2 && h.includes(n)));
  for (const field of fields) mapping[field.key] ??= undefined;
  return mapping;
}

/** Header-row problems (row 1): a required column not mapped, a column used twice or out of range. */
export function mappingReport(headers: readonly string[], mapping: ImportMapping, fields: readonly ImportField[]): ImportReportEntry[] {
  const report: ImportReportEntry[] = [];
  const seen = new Map<number, string>();
  for (const field of fields) {
    const col = mapping[field.key];
    if (col === undefined) {
      if (field.required) report.push({ row: 1, column: '', field: field.key, reason: 'import.error.missingColumn' });
      continue;
    }
    if (!Number.isInteger(col) || col < 0 || col >= headers.length) {
      report.push({ row: 1, column: '', field: field.key, reason: 'import.error.badColumn' });
    } else if (seen.has(col)) {
      report.push({ row: 1, column: headers[col] ?? '', field: field.key, reason: 'import.error.columnMappedTwice' });
    } else seen.set(col, field.key);
  }
  return report;
}
