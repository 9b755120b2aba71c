/**
 * What an import file really is, by its bytes rather than its name: an .xlsx is a ZIP holding a
 * workbook part, an .xls an OLE compound file, a .csv text. Anything else (random bytes named .xlsx,
 * a cut-off download, a .docx) is refused here, before SheetJS sees it: SheetJS guesses a format for
 * any bytes, shows garbage as a sheet and can spend minutes on a damaged file.
 */

export const importLimits = {
  /** The file itself: a customer list of 100 000 rows is a few MB. */
  maxBytes: 20 * 1024 * 1024,
  /** An .xlsx unpacked: its parts may not add up to more (a ZIP bomb). */
  maxUnpackedBytes: 200 * 1024 * 1024,
  /** Data rows read from the sheet. */
  maxRows: 100_000,
  /** How long reading may take before it is stopped. */
  timeMs: 20_000,
} as const;

export type ImportLimits = { readonly [K in keyof typeof importLimits]: number };

export type FileKind = 'xlsx' | 'xls' | 'csv';

export type ImportFileReason = 'import.file.notWorkbook' | 'import.file.damaged' | 'import.file.empty' | 'import.file.tooLarge' | 'import.file.timeout';

export type SniffResult = { ok: true; kind: FileKind } | { ok: false; reason: ImportFileReason };

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);

const zipLocal = [0x50, 0x4b, 0x03, 0x04];
const zipCentral = [0x50, 0x4b, 0x01, 0x02];
const zipEnd = [0x50, 0x4b, 0x05, 0x06];
const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The end-of-central-directory record: within the last 64 KB + 22 bytes (its comment is at most 64 KB). */
function findZipEnd(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) if (startsWith(b, zipEnd, at)) return at;
  return -1;
}

function latin1(b: Uint8Array, from: number, length: number): string {
  let s = '';
  for (let i = from; i < from + length; i++) s += String.fromCharCode(b[i] ?? 0);
  return s;
}

/** Reads one central-directory entry at `at`; null when it does not fit the file. */
function zipEntry(b: Uint8Array, at: number, dirStart: number) {
  if (!startsWith(b, zipCentral, at)) return null;
  const method = u16(b, at + 10);
  const packed = u32(b, at + 20);
  const unpacked = u32(b, at + 24);
  const nameLength = u16(b, at + 28);
  const next = at + 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  const local = u32(b, at + 42);
  const dataEnd = local + 30 + u16(b, local + 26) + u16(b, local + 28) + packed;
  if (!startsWith(b, zipLocal, local) || dataEnd > dirStart || (method !== 0 && method !== 8)) return null;
  return { name: latin1(b, at + 46, nameLength).toLowerCase(), unpacked, next };
}

/** An .xlsx: a complete ZIP whose directory names the content types and the workbook part. */
function sniffZip(b: Uint8Array, limits: ImportLimits): SniffResult {
  const end = findZipEnd(b);
  if (end < 0) return { ok: false, reason: 'import.file.damaged' };
  const count = u16(b, end + 10);
  const dirSize = u32(b, end + 12);
  const dirStart = u32(b, end + 16);
  // ZIP64 markers: an .xlsx that size is far past the limits anyway.
  if (count === 0xffff || dirStart === 0xffffffff) return { ok: false, reason: 'import.file.tooLarge' };
  if (dirStart + dirSize > end) return { ok: false, reason: 'import.file.damaged' };
  const names = new Set<string>();
  let unpacked = 0;
  for (let i = 0, at = dirStart; i < count; i++) {
    const entry = zipEntry(b, at, dirStart);
    if (!entry || entry.next > dirStart + dirSize) return { ok: false, reason: 'import.file.damaged' };
    names.add(entry.name);
    unpacked += entry.unpacked;
    at = entry.next;
  }
  if (!names.has('[content_types].xml') || !names.has('xl/workbook.xml')) return { ok: false, reason: 'import.file.notWorkbook' };
  return unpacked > limits.maxUnpackedBytes ? { ok: false, reason: 'import.file.tooLarge' } : { ok: true, kind: 'xlsx' };
}

/** An .xls: an OLE compound file with its byte-order mark and a sector size of 512 or 4096 bytes. */
function sniffCfb(b: Uint8Array): SniffResult {
  const shift = u16(b, 30);
  const sound = b.length >= 1536 && u16(b, 28) === 0xfffe && (shift === 9 || shift === 12);
  return sound ? { ok: true, kind: 'xls' } : { ok: false, reason: 'import.file.damaged' };
}

/** A .csv has no signature: text (no NUL, no control characters but tab and line breaks), named .csv. */
function sniffText(b: Uint8Array, fileName: string): SniffResult {
  if (!/\.csv$/i.test(fileName.trim())) return { ok: false, reason: 'import.file.notWorkbook' };
  for (const x of b) if (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d) return { ok: false, reason: 'import.file.notWorkbook' };
  return { ok: true, kind: 'csv' };
}

/** The file's kind by its bytes, or why it is refused: not a workbook, damaged (cut short), too large. */
export function sniffImportFile(bytes: Uint8Array, fileName: string, limits: ImportLimits = importLimits): SniffResult {
  if (bytes.length > limits.maxBytes) return { ok: false, reason: 'import.file.tooLarge' };
  if (bytes.length === 0) return { ok: false, reason: /\.csv$/i.test(fileName) ? 'import.file.empty' : 'import.file.notWorkbook' };
  if (startsWith(bytes, zipLocal)) return sniffZip(bytes, limits);
  if (startsWith(bytes, cfb)) return sniffCfb(bytes);
  // A ZIP or compound file cut inside its first bytes.
  const isStartOf = (sig: readonly number[]) => bytes.length < sig.length && bytes.every((x, i) => sig[i] === x);
  if (isStartOf(zipLocal) || isStartOf(cfb)) return { ok: false, reason: 'import.file.damaged' };
  return sniffText(bytes, fileName);
}
