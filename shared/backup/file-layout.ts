import type { BackupManifest } from './manifest';

/**
 * A backup file is three parts: the magic line `SHBK1`, one line of manifest JSON, then the data
 * (gzip of a dexie-export-import JSON). The magic line and the manifest are plain text, so a person
 * opening the file in Notepad sees what it is.
 */
export const backupMagic = 'SHBK1';
/** A manifest is a few hundred bytes; a "header" longer than this is not ours or is damaged. */
export const maxManifestBytes = 64 * 1024;
const newline = 0x0a;

/** Why a file is refused: each is a dictionary key with a message for the clerk. */
export const backupRefusals = [
  'backup.error.notOurs',
  'backup.error.truncated',
  'backup.error.manifest',
  'backup.error.newerSchema',
  'backup.error.checksum',
  'backup.error.unreadable',
  'backup.error.counts',
  // The data inside, checked while and after it is imported into the staging database (shared/backup/refusal.ts).
  'backup.error.tables',
  'backup.error.missingTable',
  'backup.error.badRow',
  'backup.error.tooLarge',
] as const;
export type BackupRefusal = (typeof backupRefusals)[number];

export type SplitBackup =
  | { ok: true; manifestBytes: Uint8Array; data: Uint8Array }
  | { ok: false; reason: BackupRefusal };

/** The bytes of the magic line, "SHBK1\n" (ASCII). */
export function magicLineBytes(): Uint8Array {
  return Uint8Array.from(`${backupMagic}\n`, (ch) => ch.charCodeAt(0));
}

/** The text before the data part: the magic line and the manifest line. */
export function headerText(manifest: BackupManifest): string {
  // JSON.stringify escapes newlines inside strings, so the manifest is always exactly one line.
  return `${backupMagic}\n${JSON.stringify(manifest)}\n`;
}

/**
 * Splits a file into its manifest line and data part without copying. A file that does not start
 * with the magic line is another program's; one that stops inside the header is truncated.
 */
export function splitBackupFile(bytes: Uint8Array): SplitBackup {
  const magic = magicLineBytes();
  const head = bytes.subarray(0, magic.length);
  if (!head.every((b, i) => b === magic[i])) return { ok: false, reason: 'backup.error.notOurs' };
  if (head.length < magic.length) return { ok: false, reason: 'backup.error.truncated' };
  const window = bytes.subarray(magic.length, magic.length + maxManifestBytes + 1);
  const end = window.indexOf(newline);
  if (end < 0) {
    const stoppedEarly = window.length <= maxManifestBytes;
    return { ok: false, reason: stoppedEarly ? 'backup.error.truncated' : 'backup.error.manifest' };
  }
  return { ok: true, manifestBytes: window.subarray(0, end), data: bytes.subarray(magic.length + end + 1) };
}

/**
 * The checks that need only the manifest and the data length, before hashing: a newer schema is
 * refused outright; a data part shorter than recorded is a truncated file, a longer one a damaged one.
 */
export function checkDataPart(manifest: BackupManifest, currentSchemaVersion: number, dataLength: number): BackupRefusal | null {
  if (manifest.schemaVersion > currentSchemaVersion) return 'backup.error.newerSchema';
  if (dataLength < manifest.dataBytes) return 'backup.error.truncated';
  if (dataLength > manifest.dataBytes) return 'backup.error.checksum';
  return null;
}
