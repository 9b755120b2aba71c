import type { Issue } from '../validation';

export const backupFormat = 'shouhou-center-backup';

/** The first part of every backup file: what it holds and how to check it. */
export interface BackupManifest {
  format: typeof backupFormat;
  appVersion: string;
  schemaVersion: number;
  createdAt: number;
  pcName: string;
  tables: Record<string, number>;
  /** SHA-256 (hex) of the data part of the file. */
  sha256: string;
}

export function parseManifest(value: unknown): BackupManifest | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (m.format !== backupFormat) return null;
  if (typeof m.appVersion !== 'string' || typeof m.pcName !== 'string') return null;
  if (!Number.isInteger(m.schemaVersion) || !Number.isFinite(m.createdAt)) return null;
  if (typeof m.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(m.sha256)) return null;
  if (typeof m.tables !== 'object' || m.tables === null) return null;
  for (const n of Object.values(m.tables)) if (!Number.isInteger(n) || (n as number) < 0) return null;
  return m as unknown as BackupManifest;
}

/**
 * Checks a backup before anything is written: it must be ours, from this schema or an older one,
 * its data must hash to the manifest's checksum and hold the counted rows.
 */
export function checkBackup(
  manifest: BackupManifest,
  currentSchemaVersion: number,
  dataSha256: string,
  rowCounts: Record<string, number>,
): Issue[] {
  const issues: Issue[] = [];
  if (manifest.schemaVersion > currentSchemaVersion) issues.push({ path: 'schemaVersion', message: 'backup.error.newerSchema' });
  if (manifest.sha256 !== dataSha256) issues.push({ path: 'sha256', message: 'backup.error.checksum' });
  for (const [table, n] of Object.entries(manifest.tables)) {
    if (rowCounts[table] !== n) issues.push({ path: `tables.${table}`, message: 'backup.error.counts' });
  }
  return issues;
}
