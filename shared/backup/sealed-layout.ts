import { z } from 'zod';
import { backupMagic, maxManifestBytes } from './file-layout';
import { backupFormat } from './manifest';

/**
 * An encrypted backup (layout 2): the magic line `SHBK2`, one line of header JSON, then AES-256-GCM
 * ciphertext of a whole layout-1 file (`SHBK1`, manifest, gzip; see file-layout.ts). The header and
 * magic line are the cipher's additional data, so a change to any byte of the file fails the
 * decryption. The header says how to find the data key, never the key itself: the key is wrapped
 * once by this PC's device key (kept by Electron's main process with the OS key store) and once by
 * the key derived from the backup password, so a file from another PC opens with the password.
 */
export const sealedMagic = 'SHBK2';
export const sealedLayout = 2;
export const sealCipher = 'AES-256-GCM';
export const passwordKdf = 'PBKDF2-SHA-256';
/** OWASP's 2023 figure for PBKDF2-SHA-256: about half a second on an office PC. */
export const passwordIterations = 600_000;
/** A file asking for fewer rounds is weaker than ours; far more would hang the window: both are refused. */
export const minPasswordIterations = 100_000;
export const maxPasswordIterations = 10_000_000;
/** Bytes of a data key (AES-256), of a GCM nonce, and of a GCM tag. */
export const dataKeyBytes = 32;
export const ivBytes = 12;
export const tagBytes = 16;

/** Base64 of exactly `n` bytes (padded), e.g. 12 bytes → 16 characters. */
function base64Of(n: number) {
  const chars = Math.ceil(n / 3) * 4;
  const pad = (3 - (n % 3)) % 3;
  return z.string().regex(new RegExp(`^[A-Za-z0-9+/]{${chars - pad}}={${pad}}$`));
}

const wrappedKey = base64Of(dataKeyBytes + tagBytes);

export const deviceSlotSchema = z
  .object({
    type: z.literal('device'),
    /** Which device key wrapped it (a short hash of the key): tells "another PC" from "damaged". */
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    iv: base64Of(ivBytes),
    wrapped: wrappedKey,
  })
  .strict();

export const passwordSlotSchema = z
  .object({
    type: z.literal('password'),
    kdf: z.literal(passwordKdf),
    iterations: z.number().int().min(minPasswordIterations).max(maxPasswordIterations),
    salt: base64Of(16),
    iv: base64Of(ivBytes),
    wrapped: wrappedKey,
  })
  .strict();

export const keySlotSchema = z.discriminatedUnion('type', [deviceSlotSchema, passwordSlotSchema]);
export type DeviceSlot = z.infer<typeof deviceSlotSchema>;
export type PasswordSlot = z.infer<typeof passwordSlotSchema>;
export type KeySlot = z.infer<typeof keySlotSchema>;

export type DeviceUnwrap = { dataKey: Uint8Array } | { refused: 'otherDevice' | 'damaged' };

/**
 * This PC's device key, held by Electron's main process (protected with the OS key store through
 * `safeStorage`). It never comes to the renderer: main wraps a backup's data key and unwraps it again.
 * A plain browser has none.
 */
export interface DeviceKeys {
  wrap(dataKey: Uint8Array): Promise<DeviceSlot>;
  /** The data key; 'otherDevice' when another PC's device key wrapped it, 'damaged' when this PC's key does not open it (a changed file). */
  unwrap(slot: DeviceSlot): Promise<DeviceUnwrap>;
}

const sealedHeaderSchema = z
  .object({
    format: z.literal(backupFormat),
    layout: z.literal(sealedLayout),
    cipher: z.literal(sealCipher),
    appVersion: z.string().max(100),
    createdAt: z.number().int().nonnegative(),
    pcName: z.string().max(300),
    iv: base64Of(ivBytes),
    /** Ciphertext length, the tag included. */
    dataBytes: z.number().int().nonnegative(),
    keys: z.array(keySlotSchema).min(1).max(4),
  })
  .strict();
export type SealedHeader = z.infer<typeof sealedHeaderSchema>;

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const newline = 0x0a;

/** The text before the ciphertext: magic line and header line. These exact bytes are the cipher's additional data. */
export function sealedHeaderText(header: SealedHeader): string {
  return `${sealedMagic}\n${JSON.stringify(header)}\n`;
}

export function parseSealedHeader(value: unknown): SealedHeader | null {
  const parsed = sealedHeaderSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export type BackupLayout = 'sealed' | 'legacy' | 'damaged' | 'notOurs';

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function includes(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let i = haystack.indexOf(first ?? 0); i >= 0 && i + needle.length <= haystack.length; i = haystack.indexOf(first ?? 0, i + 1)) {
    if (needle.every((b, j) => haystack[i + j] === b)) return true;
  }
  return false;
}

/**
 * Which kind of file this is. A file whose magic line was changed (one flipped bit) but that still
 * carries our format name near its start is ours and damaged, not another program's.
 */
export function backupLayout(bytes: Uint8Array): BackupLayout {
  if (startsWith(bytes, ascii(`${sealedMagic}\n`))) return 'sealed';
  if (startsWith(bytes, ascii(`${backupMagic}\n`))) return 'legacy';
  const head = bytes.subarray(0, maxManifestBytes);
  if (startsWith(bytes, ascii('SHBK')) || includes(head, ascii(`"format":"${backupFormat}"`))) return 'damaged';
  return 'notOurs';
}

export type SealedParts = { ok: true; headerLine: Uint8Array; headerBytes: Uint8Array; data: Uint8Array } | { ok: false; reason: 'backup.error.tampered' };

/**
 * Splits an encrypted file into its header line (still bytes: the caller decodes and parses it with
 * `parseSealedHeader`), the exact bytes the cipher authenticates (magic and header lines) and the ciphertext.
 */
export function splitSealedFile(bytes: Uint8Array): SealedParts {
  const magic = ascii(`${sealedMagic}\n`);
  const window = bytes.subarray(magic.length, magic.length + maxManifestBytes + 1);
  const end = window.indexOf(newline);
  if (!startsWith(bytes, magic) || end < 0) return { ok: false, reason: 'backup.error.tampered' };
  const headerEnd = magic.length + end + 1;
  return { ok: true, headerLine: window.subarray(0, end), headerBytes: bytes.subarray(0, headerEnd), data: bytes.subarray(headerEnd) };
}
