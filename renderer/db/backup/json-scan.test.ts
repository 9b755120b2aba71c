import { describe, expect, it } from 'vitest';
import { ExportScanner, ExportTooLarge, type ScanEvent } from './json-scan';

const header = '{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"x","databaseVersion":7,"tables":[{"name":"settings","schema":"key","rowCount":2}],"data":[';

function exportText(rows: unknown[]): string {
  return `${header}{"tableName":"settings","inbound":true,"rows":[${rows.map((r) => JSON.stringify(r)).join(',')}]}]}}`;
}

/** Feeds `text` in pieces of `size` characters and collects the rows it hands out. */
function scan(text: string, size: number, scanner = new ExportScanner(1000)): unknown[] {
  const events: ScanEvent[] = [];
  for (let i = 0; i < text.length; i += size) events.push(...scanner.push(text.slice(i, i + size)));
  expect(scanner.complete).toBe(true);
  return events.flatMap((e) => (e.type === 'rows' ? (JSON.parse(`[${e.json}]`) as unknown[]) : []));
}

describe('the streaming export reader', () => {
  it('reads a string that runs over many chunks, with escaped quotes and backslashes at every chunk edge', () => {
    const tricky = `${'ab\\"c\\\\'.repeat(5000)}"end\\`;
    const rows = [{ key: 'a', value: tricky }, { key: 'b', value: 1 }];
    for (const size of [1, 2, 3, 7, 64, 4096]) expect(scan(exportText(rows), size)).toEqual(rows);
  });

  it('reads a long string in time linear in its length (a 40 MB screenshot in 64 KB pieces)', () => {
    const big = 'x'.repeat(40 * 1024 * 1024);
    const started = performance.now();
    expect(scan(exportText([{ key: 'shot', value: big }]), 64 * 1024)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('stops a row longer than the limit as soon as it is, not at its end (a 600 MB string)', () => {
    const scanner = new ExportScanner(1000, { maxRowChars: 1024 * 1024, maxStructureChars: 1024 * 1024 });
    scanner.push(`${header}{"tableName":"settings","inbound":true,"rows":[{"key":"x","value":"`);
    const piece = 'y'.repeat(64 * 1024);
    let fed = 0;
    const feed = () => {
      for (; fed < 600 * 1024 * 1024; fed += piece.length) scanner.push(piece);
    };
    expect(feed).toThrow(ExportTooLarge);
    expect(fed).toBeLessThanOrEqual(1024 * 1024 + piece.length);
  });

  it('stops a row that holds megabytes outside its strings (spaces, digits)', () => {
    const scanner = new ExportScanner(1000, { maxRowChars: 64 * 1024 * 1024, maxStructureChars: 1024 * 1024 });
    scanner.push(`${header}{"tableName":"settings","inbound":true,"rows":[{"key":"x","value":[`);
    expect(() => {
      for (let i = 0; i < 100; i++) scanner.push(`${' '.repeat(64 * 1024)}`);
    }).toThrow(ExportTooLarge);
  });
});
