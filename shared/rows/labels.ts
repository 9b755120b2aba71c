import { dictionaries, type StringKey, type Translate } from '../i18n';
import type { RowFault } from './check';
import { isRowTable, type RowTable } from './registry';

/** The tables named since version 1 and 2 keep the words the restore summary always used. */
const earlyTables: Partial<Record<RowTable, StringKey>> = {
  customers: 'backup.table.customers',
  callLogs: 'backup.table.callLogs',
  settings: 'backup.table.settings',
  exports: 'backup.table.exports',
  staff: 'backup.table.staff',
  auditLog: 'backup.table.auditLog',
  templates: 'backup.table.templates',
  printProfiles: 'backup.table.printProfiles',
};

function isKey(value: string): value is StringKey {
  return Object.hasOwn(dictionaries['zh-CN'], value);
}

/** The dictionary key naming a table of the database; null for a table this version does not know. */
export function rowTableLabelKey(table: string): StringKey | null {
  if (!isRowTable(table)) return null;
  const key = earlyTables[table] ?? `rows.table.${table}`;
  return isKey(key) ? key : null;
}

/** The dictionary key naming a stored field (by its name: 创建时间 whatever the table); null when it has none. */
export function rowFieldLabelKey(field: string): StringKey | null {
  const key = `rows.field.${field}`;
  return isKey(key) ? key : null;
}

/** Where a bad row is: its table, its place in that table (1 = the first record, in key order), and what is wrong. */
export interface RowProblem {
  table: string;
  row: number;
  fault: RowFault;
}

function problemText(t: Translate, fault: RowFault): string {
  if (fault.kind !== 'rule') return t(`rows.problem.${fault.kind}`);
  return isKey(fault.message) ? t('rows.problem.rule', { rule: t(fault.message) }) : t('rows.problem.value');
}

/**
 * The refusal in words: 「备份文件中「员工」表第 1 条记录的「角色」类型不正确」. A table or field without a
 * label is not named by its stored name: the sentence then leaves that part out.
 */
export function rowProblemText(t: Translate, p: RowProblem): string {
  const tableKey = rowTableLabelKey(p.table);
  const table = tableKey ? t(tableKey) : t('rows.table.unknown');
  const fieldKey = p.fault.field ? rowFieldLabelKey(p.fault.field) : null;
  const problem = problemText(t, p.fault);
  return fieldKey
    ? t('backup.error.badRow', { table, row: p.row, field: t(fieldKey), problem })
    : t('backup.error.badRowWhole', { table, row: p.row, problem });
}
