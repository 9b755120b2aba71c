import * as XLSX from 'xlsx';
import { describe, expect, it, vi } from 'vitest';
import { importLimits } from '@shared/import/file-kind';
import { seededRandom } from '../bench/fake-data';
import { readImportBytes, type ImportWorker } from './import-file';
import { importFuzzCases } from './import-fuzz';

function workbook(aoa: unknown[][], bookType: 'xlsx' | 'biff8' = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Sheet1');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

const good = workbook([['姓名', '电话'], ['张三', '13800138000']]);

/** A ZIP of stored (uncompressed) parts: another program's package, e.g. a Word document named .xlsx. */
function storedZip(parts: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const local: number[] = [];
  const central: number[] = [];
  const le = (n: number, bytes: number) => Array.from({ length: bytes }, (_, i) => (n >>> (8 * i)) & 0xff);
  let count = 0;
  for (const [name, text] of Object.entries(parts)) {
    const n = [...enc.encode(name)];
    const d = [...enc.encode(text)];
    const offset = local.length;
    local.push(0x50, 0x4b, 0x03, 0x04, ...le(20, 2), 0, 0, 0, 0, 0, 0, 0, 0, ...le(0, 4), ...le(d.length, 4), ...le(d.length, 4), ...le(n.length, 2), 0, 0, ...n, ...d);
    central.push(0x50, 0x4b, 0x01, 0x02, ...le(20, 2), ...le(20, 2), 0, 0, 0, 0, 0, 0, 0, 0, ...le(0, 4), ...le(d.length, 4), ...le(d.length, 4), ...le(n.length, 2), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le(offset, 4), ...n);
    count++;
  }
  const end = [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, ...le(count, 2), ...le(count, 2), ...le(central.length, 4), ...le(local.length, 4), 0, 0];
  return Uint8Array.from([...local, ...central, ...end]);
}

describe('an import file is taken only when its bytes are a workbook, and each refusal says what is wrong', () => {
  it('reads a real .xlsx', async () => {
    expect(await readImportBytes(good, '客户.xlsx')).toEqual({ ok: true, sheet: { headers: ['姓名', '电话'], rows: [['张三', '13800138000']] } });
  });

  it('a truncated .xlsx (the first 30 bytes, or 60 % of it) is damaged, and is refused at once', async () => {
    const started = performance.now();
    expect(await readImportBytes(good.slice(0, 30), 'b.xlsx')).toEqual({ ok: false, reason: 'import.file.damaged' });
    expect(await readImportBytes(good.slice(0, Math.floor(good.length * 0.6)), 'b.xlsx')).toEqual({ ok: false, reason: 'import.file.damaged' });
    expect(await readImportBytes(good.slice(0, 3), 'b.xlsx')).toEqual({ ok: false, reason: 'import.file.damaged' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('5 MB of random bytes named .xlsx is not a workbook (it used to show as a 40,064-row sheet)', async () => {
    const rand = seededRandom(11);
    const noise = Uint8Array.from({ length: 5 * 1024 * 1024 }, () => Math.floor(rand() * 256));
    expect(await readImportBytes(noise, 'noise.xlsx')).toEqual({ ok: false, reason: 'import.file.notWorkbook' });
  });

  it('another program’s ZIP (a Word document) and a text file named .xlsx are not workbooks', async () => {
    expect(await readImportBytes(storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'a.xlsx')).toEqual({ ok: false, reason: 'import.file.notWorkbook' });
    expect(await readImportBytes(new TextEncoder().encode('姓名,电话\n张三,13800138000\n'), 'a.xlsx')).toEqual({ ok: false, reason: 'import.file.notWorkbook' });
    expect(await readImportBytes(new Uint8Array(0), 'a.xlsx')).toEqual({ ok: false, reason: 'import.file.notWorkbook' });
  });

  it('a valid but empty workbook is called empty, not unreadable', async () => {
    expect(await readImportBytes(workbook([]), 'empty.xlsx')).toEqual({ ok: false, reason: 'import.file.empty' });
    expect(await readImportBytes(workbook([[null, ''], [' ']]), 'blank.xlsx')).toEqual({ ok: false, reason: 'import.file.empty' });
    expect(await readImportBytes(new TextEncoder().encode('\r\n'), 'empty.csv')).toEqual({ ok: false, reason: 'import.file.empty' });
  });

  it('too large: by its bytes, by its unpacked parts, by its rows', async () => {
    const small = { ...importLimits, maxBytes: 1000 };
    expect(await readImportBytes(good, 'a.xlsx', { limits: small })).toEqual({ ok: false, reason: 'import.file.tooLarge' });
    expect(await readImportBytes(good, 'a.xlsx', { limits: { ...importLimits, maxUnpackedBytes: 2000 } })).toEqual({ ok: false, reason: 'import.file.tooLarge' });
    const tall = workbook(Array.from({ length: 12 }, (_, i) => [`客户${i}`, '13800138000']));
    expect(await readImportBytes(tall, 'a.xlsx', { limits: { ...importLimits, maxRows: 10 } })).toEqual({ ok: false, reason: 'import.file.tooLarge' });
    expect((await readImportBytes(tall, 'a.xlsx', { limits: { ...importLimits, maxRows: 11 } })).ok).toBe(true);
  });

  it('reads an .xls (BIFF8) and refuses one cut short', async () => {
    const xls = workbook([['姓名', '电话'], ['张三', '13800138000']], 'biff8');
    expect(await readImportBytes(xls, 'a.xls')).toMatchObject({ ok: true, sheet: { headers: ['姓名', '电话'] } });
    expect(await readImportBytes(xls.slice(0, 1000), 'a.xls')).toEqual({ ok: false, reason: 'import.file.damaged' });
  });

  it('reads a CSV as text in UTF-8 (with BOM) or GB18030, keeping leading zeros and dates as typed', async () => {
    const utf8 = new TextEncoder().encode('\uFEFF姓名,电话,备注\r\n张三,057187654321,2024-01-15\r\n');
    expect(await readImportBytes(utf8, '客户.csv')).toEqual({ ok: true, sheet: { headers: ['姓名', '电话', '备注'], rows: [['张三', '057187654321', '2024-01-15']] } });
    const gbk = Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb5, 0xe7, 0xbb, 0xb0, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x31, 0x33, 0x38, 0x0d, 0x0a]);
    expect(await readImportBytes(gbk, '客户.csv')).toEqual({ ok: true, sheet: { headers: ['姓名', '电话'], rows: [['张三', '138']] } });
    expect(await readImportBytes(Uint8Array.from([0x41, 0x00, 0x42]), 'a.csv')).toEqual({ ok: false, reason: 'import.file.notWorkbook' });
  });

  it('an .xlsx whose cells SheetJS reads but cannot turn into rows (a flipped bit in a cell type) is damaged, not an error', async () => {
    // Found by the fuzz run: seed 2 case 240, seed 3 case 276; SheetJS threw "unrecognized type bstr / stp".
    for (const [seed, n] of [[2, 240], [3, 276]] as const) {
      const c = importFuzzCases(n + 1, seed)[n];
      if (!c) throw new Error('no such fuzz case');
      expect(await readImportBytes(c.bytes, c.fileName)).toEqual({ ok: false, reason: 'import.file.damaged' });
    }
  });

  it('a parse that does not finish within the time limit is stopped: the worker is terminated', async () => {
    const terminate = vi.fn();
    const silent: ImportWorker = { postMessage: () => {}, addEventListener: () => {}, terminate };
    const started = performance.now();
    const result = await readImportBytes(good, 'slow.xlsx', { limits: { ...importLimits, timeMs: 200 }, startWorker: () => silent });
    expect(result).toEqual({ ok: false, reason: 'import.file.timeout' });
    expect(terminate).toHaveBeenCalledTimes(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
