import type { BackupRefusal } from '@shared/backup/file-layout';
import { checkCounts, type BackupManifest } from '@shared/backup/manifest';
import { readBackupFile, type ReadBackup } from './backup-file';
import { readGzippedExportHeader, type ExportHeader } from './export-import';

/**
 * Every check that can run before anything is written: the file's own checks (magic line, manifest,
 * schema, length, checksum), then the export inside must agree with the manifest (version, counts).
 */
export async function verifyBackup(bytes: Uint8Array, currentSchemaVersion: number): Promise<ReadBackup> {
  const file = await readBackupFile(bytes, currentSchemaVersion);
  if (!file.ok) return file;
  const refusal = headerRefusal(file.manifest, await readGzippedExportHeader(file.data));
  return refusal ? { ok: false, reason: refusal } : file;
}

/** Why an export header disagrees with the manifest, or null when it agrees. */
export function headerRefusal(manifest: BackupManifest, header: ExportHeader | null): BackupRefusal | null {
  if (!header || header.databaseVersion !== manifest.schemaVersion) return 'backup.error.unreadable';
  const sameTables = Object.keys(header.tables).length === Object.keys(manifest.tables).length;
  if (!sameTables || checkCounts(manifest.tables, header.tables).length > 0) return 'backup.error.counts';
  return null;
}
