/**
 * The names of the backup files the app writes itself, and how to read them back. The main process
 * prunes only files whose names it can parse here: anything else in a backup folder (a copy the user
 * renamed, a file someone put there) is never counted against the 30 and never deleted.
 */
import { translate } from '../i18n';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-27-083012`: local date-time, the same in every name the app writes. */
export function backupStamp(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stampPattern = '(\\d{4})-(\\d{2})-(\\d{2})-(\\d{2})(\\d{2})(\\d{2})';

/** The local time a stamp's digits name, or null when they are no real date-time (month 13, 31 April…). */
function stampTime(parts: readonly (string | undefined)[]): number | null {
  const [y, mo, d, h, mi, s] = parts.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s);
  const real =
    date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d && date.getHours() === h && date.getMinutes() === mi && date.getSeconds() === s;
  return real ? date.getTime() : null;
}

// The names stay Chinese whatever the screen language: the files of one center sort and read alike.
const autoPrefix = () => translate('zh-CN', 'backup.fileNamePrefix');
const upgradePrefix = () => translate('zh-CN', 'files.upgradeBackupPrefix');

/**
 * The time in the name of an automatic or manual backup (`售后服务中心-备份-2026-11-27-083012.shbk`,
 * exactly as `backupFileName` writes it), or null for any other name.
 */
export function autoBackupNameTime(name: string): number | null {
  const match = new RegExp(`^${escapeRegExp(autoPrefix())}-${stampPattern}\\.shbk$`).exec(name);
  return match ? stampTime(match.slice(1)) : null;
}

/** A version as it may appear in a file name: digits, letters, dots and hyphens only. */
export function versionForName(version: string): string {
  return version.replace(/[^0-9A-Za-z.-]/g, '-').replace(/^[.-]+|[.-]+$/g, '') || 'unknown';
}

/**
 * `售后服务中心-升级前备份-0.2.0-2026-11-27-083012.shbk`: the backup made before the first start of
 * version 0.2.0. It lives in its own folder, outside the rotation of the last 30 backups.
 */
export function upgradeBackupFileName(createdAt: number, version: string): string {
  return `${upgradePrefix()}-${versionForName(version)}-${backupStamp(createdAt)}.shbk`;
}

/** The time in an upgrade backup's name (as `upgradeBackupFileName` writes it), or null for any other name. */
export function upgradeBackupNameTime(name: string): number | null {
  const match = new RegExp(`^${escapeRegExp(upgradePrefix())}-[0-9A-Za-z.-]+-${stampPattern}\\.shbk$`).exec(name);
  return match ? stampTime(match.slice(1)) : null;
}
