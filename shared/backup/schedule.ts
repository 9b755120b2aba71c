import { translate, type StringKey } from '../i18n';
import { rowTableLabelKey } from '../rows/labels';

const dayMs = 86_400_000;

/** Settings keys the backup code writes. */
export const backupSettingKeys = {
  lastBackupAt: 'lastBackupAt',
  lastBackupFile: 'lastBackupFile',
  lastAutoBackupAt: 'lastAutoBackupAt',
} as const;

/** The header and Settings warn when the last backup is more than a day old, or there never was one. */
export function isBackupOverdue(lastAt: number | null, now: number): boolean {
  return lastAt === null || now - lastAt > dayMs;
}

/** The automatic backup runs at the first start of each local calendar day. */
export function isAutoBackupDue(lastAutoAt: number | null, now: number): boolean {
  if (lastAutoAt === null) return true;
  const last = new Date(lastAutoAt);
  const today = new Date(now);
  return (
    last.getFullYear() !== today.getFullYear() || last.getMonth() !== today.getMonth() || last.getDate() !== today.getDate()
  );
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `售后服务中心-备份-2026-11-27-083012.shbk`: local date-time, which the main process sorts old files by. */
export function backupFileName(createdAt: number): string {
  const d = new Date(createdAt);
  const stamp = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  // The name stays Chinese whatever the screen language: the files of one center sort and read alike.
  return `${translate('zh-CN', 'backup.fileNamePrefix')}-${stamp}.shbk`;
}

/** The dictionary key naming a table in the restore summary; null for a table this version does not know. */
export function backupTableLabelKey(table: string): StringKey | null {
  return rowTableLabelKey(table);
}
