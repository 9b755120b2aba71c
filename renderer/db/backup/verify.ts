import type { BackupRefusal } from '@shared/backup/file-layout';
import { checkCounts, type BackupManifest } from '@shared/backup/manifest';
import { readBackupFile, type ReadBackup } from './backup-file';
import { readGzippedExportHeader, type ExportHeader } from './export-import';
import { tablesRefusal } from './tables-check';

/**
 * Every check that can run before anything is written: the file's own checks (magic line, manifest,
 * schema, length, checksum), then the export inside must agree with the manifest (version, counts)
 * and hold exactly the tables of the version it declares.
 */
export async function verifyBackup(bytes: Uint8Array, currentSchemaVersion: number): Promise<ReadBackup | ({ ok: false } & HeaderRefusal)> {
  const file = await readBackupFile(bytes, currentSchemaVersion);
  if (!file.ok) return file;
  const refusal = headerRefusal(file.manifest, await readGzippedExportHeader(file.data));
  return refusal ? { ok: false, ...refusal } : file;
}

export interface HeaderRefusal {
  reason: BackupRefusal;
  /** The table a file lacks (backup.error.missingTable). */
  table?: string;
}

/** Why an export header disagrees with the manifest or with its own schema version, or null when it agrees. */
export function headerRefusal(manifest: BackupManifest, header: ExportHeader | null): HeaderRefusal | null {
  if (!header || header.databaseVersion !== manifest.schemaVersion) return { reason: 'backup.error.unreadable' };
  const sameTables = Object.keys(header.tables).length === Object.keys(manifest.tables).length;
  if (!sameTables || checkCounts(manifest.tables, header.tables).length > 0) return { reason: 'backup.error.counts' };
  return tablesRefusal(header.databaseVersion, header.schemas);
}
