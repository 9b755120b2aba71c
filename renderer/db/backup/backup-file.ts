import { checkDataPart, headerText, splitBackupFile, type BackupRefusal } from '@shared/backup/file-layout';
import { backupFormat, parseManifest, type BackupManifest } from '@shared/backup/manifest';
import { concatBytes, sha256Hex } from './streams';

export type ReadBackup = { ok: true; manifest: BackupManifest; data: Uint8Array } | { ok: false; reason: BackupRefusal };

/** The whole file: magic line, manifest line (with the data's length and SHA-256), data. */
export async function encodeBackupFile(
  info: Omit<BackupManifest, 'format' | 'dataBytes' | 'sha256'>,
  data: Uint8Array,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; manifest: BackupManifest }> {
  const manifest: BackupManifest = { format: backupFormat, ...info, dataBytes: data.length, sha256: await sha256Hex(data) };
  const header = new TextEncoder().encode(headerText(manifest));
  return { bytes: concatBytes(header, data), manifest };
}

function decodeManifest(line: Uint8Array): BackupManifest | null {
  try {
    return parseManifest(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(line)));
  } catch {
    return null;
  }
}

/**
 * Reads and checks a file without writing anything, in the order that gives the clearest reason:
 * ours at all (magic line), readable manifest, not from a newer schema, complete, checksum.
 */
export async function readBackupFile(bytes: Uint8Array, currentSchemaVersion: number): Promise<ReadBackup> {
  const parts = splitBackupFile(bytes);
  if (!parts.ok) return parts;
  const manifest = decodeManifest(parts.manifestBytes);
  if (!manifest) return { ok: false, reason: 'backup.error.manifest' };
  const refusal = checkDataPart(manifest, currentSchemaVersion, parts.data.length);
  if (refusal) return { ok: false, reason: refusal };
  if ((await sha256Hex(parts.data)) !== manifest.sha256) return { ok: false, reason: 'backup.error.checksum' };
  return { ok: true, manifest, data: parts.data };
}
