/**
 * Fuzzed import files for the fuzz run: the sheets of shared/import/fuzz.ts written as .xlsx, .xls or
 * .csv, and files damaged as bytes (cut short, bit flips, random bytes, an empty workbook, text or
 * binary under the wrong name). Seeded, so a failing case can be made again by its number.
 */
import * as XLSX from 'xlsx';
import { seededRandom } from '../bench/fake-data';
import type { ImportKind } from '@shared/import/fields';
import { customerSheet, fuzzSheet, productSheet, type Rand } from '@shared/import/fuzz';

export interface ImportFuzzCase {
  n: number;
  kind: ImportKind;
  label: string;
  fileName: string;
  bytes: Uint8Array;
}

const pick = <T>(rand: Rand, list: readonly T[]): T => {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
};

export type SheetFormat = 'xlsx' | 'xls' | 'csv';

export function fileOf(aoa: unknown[][], format: SheetFormat): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true });
  if (format === 'csv') return new TextEncoder().encode(`\uFEFF${XLSX.utils.sheet_to_csv(sheet)}`);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
  const out: unknown = XLSX.write(book, { type: 'array', bookType: format === 'xls' ? 'biff8' : 'xlsx' });
  return out instanceof ArrayBuffer ? new Uint8Array(out) : new Uint8Array(0);
}

function flipBits(bytes: Uint8Array, rand: Rand): Uint8Array {
  const out = bytes.slice();
  const n = 1 + Math.floor(rand() * 8);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rand() * out.length);
    out[at] = (out[at] ?? 0) ^ (1 << Math.floor(rand() * 8));
  }
  return out;
}

function damaged(base: Uint8Array, format: SheetFormat, rand: Rand): { label: string; fileName: string; bytes: Uint8Array } {
  const kind = pick(rand, ['truncated', 'bitFlip', 'random', 'empty', 'wrongName'] as const);
  if (kind === 'truncated') {
    const cut = Math.floor(rand() * base.length);
    return { label: `${format} cut at ${cut} of ${base.length} bytes`, fileName: `cut.${format}`, bytes: base.slice(0, cut) };
  }
  if (kind === 'bitFlip') return { label: `${format} with bits flipped`, fileName: `flipped.${format}`, bytes: flipBits(base, rand) };
  if (kind === 'random') {
    const size = pick(rand, [1, 30, 4096, 200_000]);
    const bytes = Uint8Array.from({ length: size }, () => Math.floor(rand() * 256));
    return { label: `${size} random bytes`, fileName: `noise.${pick(rand, ['xlsx', 'xls', 'csv'])}`, bytes };
  }
  if (kind === 'empty') {
    const aoa = pick(rand, [[], [[]], [[null, '']]]);
    return { label: 'an empty workbook', fileName: `empty.${format}`, bytes: fileOf(aoa, format) };
  }
  const text = new TextEncoder().encode('客户名称,电话\n张三,13800138000\n');
  return rand() < 0.5
    ? { label: 'CSV text named .xlsx', fileName: 'text.xlsx', bytes: text }
    : { label: 'CSV text with a NUL byte', fileName: 'nul.csv', bytes: Uint8Array.from([...text.slice(0, 10), 0, ...text.slice(10)]) };
}

/** `count` fuzzed import files, customers and products taking turns; two in five are damaged as bytes. */
export function importFuzzCases(count: number, seed = 1): ImportFuzzCase[] {
  return Array.from({ length: count }, (_, n) => {
    const rand = seededRandom(seed * 1_000_003 + n);
    const kind: ImportKind = n % 2 === 0 ? 'customers' : 'products';
    const base = kind === 'customers' ? customerSheet(2 + Math.floor(rand() * 12), rand, n) : productSheet(2 + Math.floor(rand() * 12), rand);
    const format = pick(rand, ['xlsx', 'xlsx', 'xlsx', 'xls', 'csv'] as const);
    if (n % 5 < 2) return { n, kind, ...damaged(fileOf(base, format), format, rand) };
    const sheet = fuzzSheet(base, rand);
    return { n, kind, label: `${format}: ${sheet.label}`, fileName: `${kind}.${format}`, bytes: fileOf(sheet.aoa, format) };
  });
}
