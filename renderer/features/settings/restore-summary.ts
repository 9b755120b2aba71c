import { backupTableLabelKey } from '@shared/backup/schedule';
import { totalRows, type BackupManifest } from '@shared/backup/manifest';
import type { Translate } from '@shared/i18n';

export interface SummaryRow {
  table: string;
  /** The table's Chinese (or English) name; a table this version does not know keeps its stored name. */
  label: string;
  rows: number;
}

/** Known tables first, in the order the app lists them (customers, calls, …), then any others by name. */
const order = ['customers', 'callLogs', 'staff', 'exports', 'templates', 'printProfiles', 'settings', 'auditLog'];

function rank(table: string): number {
  const i = order.indexOf(table);
  return i === -1 ? order.length : i;
}

/** What a backup holds, per table, for the restore dialog; and the total. */
export function restoreSummary(t: Translate, manifest: Pick<BackupManifest, 'tables'>): { rows: SummaryRow[]; total: number } {
  const rows = Object.entries(manifest.tables)
    .map(([table, n]) => {
      const key = backupTableLabelKey(table);
      return { table, label: key ? t(key) : table, rows: n };
    })
    .sort((a, b) => rank(a.table) - rank(b.table) || a.table.localeCompare(b.table));
  return { rows, total: totalRows(manifest) };
}
