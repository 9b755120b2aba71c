import { splitBackupFile, type BackupRefusal } from '@shared/backup/file-layout';
import type { BackupManifest } from '@shared/backup/manifest';
import type { RefusalDetail } from '@shared/backup/refusal';
import { backupLayout, type SealedHeader } from '@shared/backup/sealed-layout';
import { passwordSlots, type BackupKeyring, type OpenedWith } from './keyring';
import { isSealedHeaderLine, readSealedHeader, unsealBackup, unwrapWithPassword } from './seal';
import { verifyBackup } from './verify';

/** How a file was protected: opened with this PC's device key, with the backup password, or an old unencrypted file. */
export type Protection = OpenedWith | 'unprotected';

export type OpenRefusal = BackupRefusal | 'backup.error.tampered' | 'backup.error.otherDevice' | 'backup.error.wrongPassword';

/** Where an encrypted file that needs the backup password was made, for the question. */
export interface SealedOrigin {
  pcName: string;
  createdAt: number;
}

export type ReadBackupResult =
  | { ok: true; manifest: BackupManifest; data: Uint8Array; protection: Protection }
  | ({ ok: false; reason: OpenRefusal } & RefusalDetail)
  /** Encrypted by another PC (or browser): only the backup password it was made with opens it. */
  | { ok: false; reason: 'needsPassword'; origin: SealedOrigin };

export interface OpenOptions {
  keyring: BackupKeyring;
  /** The backup password typed for a file from another PC. */
  password?: string;
}

const magicLength = 6;

/** A file too short to hold even its magic line, but starting like one: cut off right at the start. */
function isCutMagic(bytes: Uint8Array): boolean {
  const prefix = (magic: string) => [...bytes].every((b, i) => b === magic.charCodeAt(i));
  return bytes.length < magicLength && (prefix('SHBK1\n') || prefix('SHBK2\n'));
}

type Unsealed = { ok: true; inner: Uint8Array; via: OpenedWith; header: SealedHeader } | Exclude<ReadBackupResult, { ok: true }>;

async function unwrapTyped(header: SealedHeader, password: string): Promise<Uint8Array | null> {
  for (const slot of passwordSlots(header.keys)) {
    const key = await unwrapWithPassword(password, slot);
    if (key) return key;
  }
  return null;
}

/** The layout-1 file inside an encrypted one: this installation's keys first, then a typed password. */
async function unseal(bytes: Uint8Array, options: OpenOptions): Promise<Unsealed> {
  const file = readSealedHeader(bytes);
  if (!file.ok) return file;
  const { header } = file;
  const own = await options.keyring.unwrap(header.keys);
  if (!own.ok && own.reason === 'damaged') return { ok: false, reason: 'backup.error.tampered' };
  let dataKey = own.ok ? own.dataKey : null;
  let via: OpenedWith = own.ok ? own.via : 'password';
  if (!dataKey) {
    if (passwordSlots(header.keys).length === 0) return { ok: false, reason: 'backup.error.otherDevice' };
    if (options.password === undefined) return { ok: false, reason: 'needsPassword', origin: { pcName: header.pcName, createdAt: header.createdAt } };
    dataKey = await unwrapTyped(header, options.password);
    if (!dataKey) return { ok: false, reason: 'backup.error.wrongPassword' };
    via = 'password';
  }
  const inner = await unsealBackup(file, dataKey);
  return inner ? { ok: true, inner, via, header } : { ok: false, reason: 'backup.error.tampered' };
}

/** The outer header repeats what the manifest inside says; a difference means someone built the file by hand. */
function sameOrigin(header: SealedHeader, manifest: BackupManifest): boolean {
  return header.createdAt === manifest.createdAt && header.pcName === manifest.pcName && header.appVersion === manifest.appVersion;
}

/**
 * Opens and checks a backup file without writing anything: an encrypted file (layout 2) is decrypted
 * and authenticated first (any changed byte: 文件已被改动或损坏), then the file inside goes through every
 * check of an old unencrypted file (layout 1), which is still accepted but marked 'unprotected'.
 */
export async function readBackup(bytes: Uint8Array, currentSchemaVersion: number, options: OpenOptions): Promise<ReadBackupResult> {
  const layout = backupLayout(bytes);
  if (layout === 'notOurs') return { ok: false, reason: isCutMagic(bytes) ? 'backup.error.truncated' : 'backup.error.notOurs' };
  if (layout === 'damaged') return { ok: false, reason: 'backup.error.tampered' };
  if (layout === 'legacy') {
    const parts = splitBackupFile(bytes);
    // "SHBK1" over an encrypted file's header: its magic line lost one bit.
    if (parts.ok && isSealedHeaderLine(parts.manifestBytes)) return { ok: false, reason: 'backup.error.tampered' };
    const legacy = await verifyBackup(bytes, currentSchemaVersion);
    return legacy.ok ? { ...legacy, protection: 'unprotected' } : legacy;
  }
  const opened = await unseal(bytes, options);
  if (!opened.ok) return opened;
  const inner = await verifyBackup(opened.inner, currentSchemaVersion);
  if (!inner.ok) return inner;
  if (!sameOrigin(opened.header, inner.manifest)) return { ok: false, reason: 'backup.error.tampered' };
  return { ...inner, protection: opened.via };
}
