import { afterAll, describe, expect, it } from 'vitest';
import { normalizePhone } from '@shared/domain/customer';
import { dictionaries, type StringKey } from '@shared/i18n';
import { cellNumber, cellText, splitPhones } from '@shared/import/cells';
import { normalizeProductCode } from '@shared/products/product';
import { readImportBytes } from './import-file';
import { importFuzzCases, type ImportFuzzCase } from './import-fuzz';
import { commitImport, previewImport } from './import-repo';
import { openStockWorld } from './test-stock';

/** 30 in `npm test`; `npm run fuzz` runs 300 (FUZZ_COUNT) and prints the figures. */
const count = Number(import.meta.env.FUZZ_COUNT ?? 30);
const seed = Number(import.meta.env.FUZZ_SEED ?? 1);

type Outcome = 'refused: file' | 'refused: report' | 'imported whole';
const figures: Record<Outcome, number> = { 'refused: file': 0, 'refused: report': 0, 'imported whole': 0 };
const fileReasons: Record<string, number> = {};
let slowest = { ms: 0, label: '' };

afterAll(() => {
  console.info(`import fuzz: ${count} files (seed ${seed}): ${JSON.stringify(figures)}; file refusals ${JSON.stringify(fileReasons)}; slowest read ${Math.round(slowest.ms)} ms (${slowest.label})`);
});

const isKey = (s: string): s is StringKey => Object.hasOwn(dictionaries['zh-CN'], s);

/** What a phone cell says, if the import may take it as written: only digits, spacing and separators. */
const phoneCell = /^[\d\s()+.\-,，;；/、\n]*$/;

/** Each imported record holds what its cells said: nothing dropped, cut to digits or turned into a date. */
function checkImported(c: ImportFuzzCase, rows: { value: Record<string, unknown> }[], cellsOf: (name: string) => unknown[] | undefined, header: string[]) {
  const col = (name: string) => header.indexOf(name);
  for (const { value } of rows) {
    const cells = cellsOf(String(value.name ?? value.code));
    if (!cells) continue;
    if (c.kind === 'customers') {
      const phone = cellText(cells[col('电话')]);
      expect(phoneCell.test(phone), `case ${c.n}: phone cell "${phone}" imported`).toBe(true);
      expect(value.phones, `case ${c.n}`).toEqual([...new Set(splitPhones(phone))]);
      for (const p of value.phones as string[]) expect(normalizePhone(p)).toBe(p);
    } else {
      expect(value.code).toBe(normalizeProductCode(cellText(cells[col('产品编码')])));
      const price = cellNumber(cells[col('单价')]);
      expect(value.price, `case ${c.n}`).toBe(price === undefined ? 0 : price);
    }
  }
}

describe(`${count} fuzzed import files`, () => {
  it('each is refused cleanly (a reason for the file, or a report by row and column) or imported whole, never in part', async () => {
    for (const c of importFuzzCases(count, seed)) {
      const w = await openStockWorld();
      try {
        const started = performance.now();
        const read = await readImportBytes(c.bytes, c.fileName);
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, label: `case ${c.n}: ${c.label}` };
        const table = c.kind === 'customers' ? w.db.customers : w.db.products;
        const before = { rows: await table.count(), audit: await w.db.auditLog.count() };
        if (!read.ok) {
          expect(isKey(read.reason), `case ${c.n}`).toBe(true);
          figures['refused: file'] += 1;
          fileReasons[read.reason] = (fileReasons[read.reason] ?? 0) + 1;
          expect({ rows: await table.count(), audit: await w.db.auditLog.count() }).toEqual(before);
          continue;
        }
        const preview = await previewImport(w.db, c.kind, read.sheet);
        if (!preview.canImport) {
          expect(preview.result.report.length, `case ${c.n} (${c.label})`).toBeGreaterThan(0);
          for (const e of preview.result.report) {
            expect(e.row, `case ${c.n}`).toBeGreaterThanOrEqual(1);
            expect(isKey(e.reason), `case ${c.n}: ${e.reason}`).toBe(true);
          }
          figures['refused: report'] += 1;
        } else {
          const actor = c.kind === 'customers' ? w.clerk : w.keeper;
          const { written } = await commitImport(w.db, actor, preview);
          expect(written).toBe(preview.result.valid.length);
          expect(await table.count(), `case ${c.n}`).toBe(before.rows + written);
          expect(await w.db.auditLog.count()).toBeGreaterThanOrEqual(before.audit + written);
          const header = read.sheet.headers;
          const nameCol = c.kind === 'customers' ? header.indexOf('客户名称') : header.indexOf('产品编码');
          const cellsOf = (key: string) =>
            read.sheet.rows.find((r) => (c.kind === 'customers' ? cellText(r[nameCol]) === key : normalizeProductCode(cellText(r[nameCol])) === key));
          const stored = (await table.toArray()) as unknown as Record<string, unknown>[];
          checkImported(c, stored.map((value) => ({ value })), cellsOf, header);
          figures['imported whole'] += 1;
          continue;
        }
        expect({ rows: await table.count(), audit: await w.db.auditLog.count() }, `case ${c.n} wrote something`).toEqual(before);
      } finally {
        await w.db.delete();
      }
    }
    expect(figures['refused: file'] + figures['refused: report'] + figures['imported whole']).toBe(count);
  });
});
