import { z } from 'zod';
import type { Issue } from '../validation';

export const backupFormat = 'shouhou-center-backup';

const tableCountsSchema = z.record(z.string().min(1), z.number().int().nonnegative());

const manifestSchema = z.object({
  format: z.literal(backupFormat),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  createdAt: z.number().int().nonnegative(),
  pcName: z.string(),
  tables: tableCountsSchema,
  /** Length in bytes of the data part: tells a truncated file from a damaged one. */
  dataBytes: z.number().int().nonnegative(),
  /** SHA-256 (hex) of the data part of the file. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The first part of every backup file: what it holds and how to check it. */
export type BackupManifest = z.infer<typeof manifestSchema>;

/** Our manifest, or null for anything else (another program's header, a damaged line). */
export function parseManifest(value: unknown): BackupManifest | null {
  const parsed = manifestSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Rows in all tables of a backup. */
export function totalRows(manifest: Pick<BackupManifest, 'tables'>): number {
  return Object.values(manifest.tables).reduce((sum, n) => sum + n, 0);
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
  issues.push(...checkCounts(manifest.tables, rowCounts));
  return issues;
}

/** Every table the manifest counts must hold exactly that many rows (tables it does not name are not checked). */
export function checkCounts(expected: Record<string, number>, actual: Record<string, number>): Issue[] {
  return Object.entries(expected)
    .filter(([table, n]) => actual[table] !== n)
    .map(([table]) => ({ path: `tables.${table}`, message: 'backup.error.counts' }));
}
