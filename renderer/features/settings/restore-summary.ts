import { backupTableLabelKey } from '@shared/backup/schedule';
import { totalRows, type BackupManifest } from '@shared/backup/manifest';
import type { Role } from '@shared/auth/roles';
import type { StaffChange } from '@shared/backup/restore-changes';
import type { Translate } from '@shared/i18n';
import { rolesText } from '../../auth/role-labels';
import type { Protection, RestorePreview } from '../../db/backup/backup';

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

/** One line per staff change, in words: 新增:张三(主管);王丽:角色 售后 → 售后、主管;PIN 不同. */
export function staffChangeLines(t: Translate, changes: readonly StaffChange[]): string[] {
  const roles = (list: readonly Role[]) => rolesText(t, list) || t('audit.value.empty');
  return changes.map((c) => {
    if (c.kind === 'added') return t('restore.staff.added', { name: c.name, roles: roles(c.roles) });
    if (c.kind === 'removed') return t('restore.staff.removed', { name: c.name, roles: roles(c.roles) });
    const parts: string[] = [];
    if (c.roles) parts.push(t('restore.staff.roles', { before: roles(c.roles.before), after: roles(c.roles.after) }));
    if (c.active) parts.push(t(c.active.after ? 'restore.staff.activeOn' : 'restore.staff.activeOff'));
    if (c.pinChanged) parts.push(t('restore.staff.pin'));
    return t('restore.staff.changed', { name: c.name, changes: parts.join(t('audit.separator')) });
  });
}

/** The supervisor's explicit word on what a restore would do beyond replacing the data. */
export interface Confirmations {
  unprotected: boolean;
  auditLoss: boolean;
}

/** Whether every confirmation a checked file needs has been given: an old unencrypted file, and a loss of audit entries, each need their tick. */
export function isConfirmed(checked: { protection: Protection; preview: Pick<RestorePreview, 'audit'> }, confirmed: Confirmations): boolean {
  return (checked.protection !== 'unprotected' || confirmed.unprotected) && (checked.preview.audit.lost === 0 || confirmed.auditLoss);
}
