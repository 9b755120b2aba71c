import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { PermissionError } from '@shared/auth/permissions';
import { excelSerialFromLocal } from '@shared/export/excel-date';
import { translate } from '@shared/i18n';
import { ValidationError } from '@shared/validation';
import { setExportSchedule, listDuePeriods } from '../db/export-schedule-repo';
import { listExportRecords } from '../db/exports-repo';
import { createOutstandingIssue } from '../db/outstanding-repo';
import { createServiceCard } from '../db/service-cards-repo';
import { confirmPartsRelease } from '../db/parts-releases-repo';
import { createServiceReport } from '../db/service-reports-repo';
import { hour, openServiceWorld, type ServiceWorld } from '../db/service-test-world';
import type { Platform } from '../platform/platform';
import { PlatformError } from '../platform/platform-error';
import type { ExportProgress } from './progress';
import { runDueExports, runExport } from './run-export';
import { sha256Hex } from './sha256';

/** A platform adapter that keeps the written file in memory, or fails like a folder that is gone. */
class MemoryPlatform implements Pick<Platform, 'writeExport'> {
  files = new Map<string, Uint8Array<ArrayBuffer>>();
  constructor(private readonly behaviour: 'write' | 'cancel' | 'folderGone' = 'write') {}
  async writeExport(fileName: string, bytes: Uint8Array) {
    if (this.behaviour === 'folderGone') throw new PlatformError('FAILED', '导出文件夹不存在或不可写:E:\\导出。请重新选择导出文件夹。');
    if (this.behaviour === 'cancel') return null;
    this.files.set(fileName, new Uint8Array(bytes));
    return { location: `/exports/${fileName}` };
  }
}

let w: ServiceWorld;
const november = { from: '2026-11-01', to: '2026-11-30' };
beforeEach(async () => {
  w = await openServiceWorld();
  const productId = await w.product('JS-01', { name: '净水器滤芯' });
  await w.receive([[productId, 5]]);
  // Each entered when it happened: a file written later holds them (REC-2).
  const entered = (at: number) => w.call({ at }, at);
  const callId = await entered(new Date(2026, 10, 5, 9, 30).getTime());
  await w.call({ at: new Date(2026, 10, 30, 23, 59).getTime(), topic: 'complaint', content: '投诉上门迟到' }, new Date(2026, 10, 30, 23, 59).getTime());
  await entered(new Date(2026, 11, 1, 0, 0).getTime()); // December: outside the range
  await createServiceCard(w.db, w.clerk, { customerId: w.customerId, productId, serialNo: 'SN-1', serviceDate: '2026-11-20', content: '更换滤芯', technicianId: w.tech.staffId, nextServiceDate: '2027-05-20' }, w.t0);
  const { partsRelease } = await createServiceReport(w.db, w.clerk, w.reportInput({ partsUsed: [{ productId, qty: 1 }], result: 'partly', unresolvedProblems: ['主板待更换'] }), {}, w.t0);
  await confirmPartsRelease(w.db, w.keeper, partsRelease?.id ?? 0, {}, w.t0);
  await createOutstandingIssue(w.db, w.clerk, { description: '回访', source: { kind: 'callLogs', id: callId }, ownerId: w.tech.staffId, dueDate: '2026-12-01' }, w.t0 + hour);
});
afterEach(async () => {
  await w.db.delete();
});

type Row = (string | number)[];
const sheetRows = (book: XLSX.WorkBook, name: string): Row[] => XLSX.utils.sheet_to_json<Row>(book.Sheets[name] ?? {}, { header: 1 });
const allKinds = ['serviceCards', 'callLogs', 'serviceReports', 'outstandingIssues', 'stockMovements', 'shipmentLog'] as const;

describe('runExport (REC-2)', () => {
  it('writes ONE workbook: a sheet per kind and the summary; headers, rows, dates and Chinese read back', async () => {
    const platform = new MemoryPlatform();
    const progress: ExportProgress[] = [];
    const result = await runExport({ db: w.db, actor: w.clerk, platform, kinds: [...allKinds], range: november, lang: 'zh-CN', onProgress: (p) => progress.push(p), now: w.t0 });
    if (result.status !== 'written') throw new Error(result.status);
    expect(result.fileName).toBe('售后服务记录_2026-11-01_2026-11-30.xlsx');
    const bytes = platform.files.get(result.fileName);
    if (!bytes) throw new Error('no file');
    const book = XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true });
    expect(book.SheetNames).toEqual(['服务卡', '电话记录', '服务报告', '遗留问题记录', '出入库记录', '发货登记', '汇总']);
    expect(result.counts).toEqual([
      { kind: 'serviceCards', count: 1 }, { kind: 'callLogs', count: 2 }, { kind: 'serviceReports', count: 1 },
      { kind: 'outstandingIssues', count: 2 }, { kind: 'stockMovements', count: 2 }, { kind: 'shipmentLog', count: 0 },
    ]);
    for (const { kind, count } of result.counts) expect(sheetRows(book, translate('zh-CN', `export.sheet.${kind}`)), kind).toHaveLength(count + 1);
    expect(sheetRows(book, '服务卡')[0]).toEqual(['服务卡号', '客户', '产品', '序列号', '服务日期', '服务内容', '技术员', '下次服务日期']);
    expect(sheetRows(book, '服务卡')[1]?.slice(0, 3)).toEqual(['FK20261120-001', '张伟', '净水器滤芯']);
    expect(sheetRows(book, '电话记录')[2]).toContain('投诉上门迟到');
    const dateCell = book.Sheets['电话记录']?.A2;
    expect([dateCell?.t, dateCell?.v]).toEqual(['n', excelSerialFromLocal(new Date(2026, 10, 5, 9, 30))]);
    expect(XLSX.SSF.format(String(dateCell?.z), Number(dateCell?.v))).toBe('2026-11-05 09:30');
    expect(XLSX.SSF.format(String(book.Sheets['服务卡']?.E2?.z), Number(book.Sheets['服务卡']?.E2?.v))).toBe('2026-11-20');
    expect(book.Sheets['服务卡']?.['!cols']?.length).toBe(8);
    const summary = sheetRows(book, '汇总');
    expect(summary.slice(0, 2)).toEqual([['项目', '内容'], ['导出范围', '2026-11-01 至 2026-11-30']]);
    expect(summary).toContainEqual(['导出人', '王丽']);
    for (const { kind, count } of result.counts) expect(summary, kind).toContainEqual([`${translate('zh-CN', `export.sheet.${kind}`)}(条)`, count]);
    expect(summary.at(-1)).toEqual(['合计(条)', 8]);
    expect(XLSX.SSF.format(String(book.Sheets['汇总']?.B4?.z), Number(book.Sheets['汇总']?.B4?.v))).toBe('2026-11-27 10:00');
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['read', 'zip', 'save']));
  });

  it('registers one row per kind: the same file name, location and SHA-256, each with its own count', async () => {
    const platform = new MemoryPlatform();
    const result = await runExport({ db: w.db, actor: w.clerk, platform, kinds: ['serviceCards', 'callLogs'], range: november, lang: 'zh-CN', now: w.t0 });
    if (result.status !== 'written') throw new Error(result.status);
    const rows = await listExportRecords(w.db);
    const sha = await sha256Hex(platform.files.get(result.fileName) ?? new Uint8Array());
    expect(rows.map((r) => [r.kind, r.rowCount, r.fileName, r.sha256, r.rangeFrom, r.rangeTo]).sort()).toEqual([
      ['callLogs', 2, result.fileName, sha, '2026-11-01', '2026-11-30'],
      ['serviceCards', 1, result.fileName, sha, '2026-11-01', '2026-11-30'],
    ]);
  });

  it('a folder that is gone or read-only says so and records nothing; a cancelled picker records nothing', async () => {
    const gone = runExport({ db: w.db, actor: w.clerk, platform: new MemoryPlatform('folderGone'), kinds: ['callLogs'], range: november, lang: 'zh-CN' });
    await expect(gone).rejects.toThrow('导出文件夹不存在或不可写');
    expect(await runExport({ db: w.db, actor: w.clerk, platform: new MemoryPlatform('cancel'), kinds: ['callLogs'], range: november, lang: 'zh-CN' })).toEqual({ status: 'cancelled' });
    expect(await listExportRecords(w.db)).toEqual([]);
  });

  it('refuses no kinds, a reversed range and a role without export before building anything', async () => {
    const platform = new MemoryPlatform();
    await expect(runExport({ db: w.db, actor: w.clerk, platform, kinds: [], range: november, lang: 'zh-CN' })).rejects.toBeInstanceOf(ValidationError);
    await expect(runExport({ db: w.db, actor: w.clerk, platform, kinds: ['callLogs'], range: { from: '2026-11-30', to: '2026-11-01' }, lang: 'zh-CN' })).rejects.toBeInstanceOf(ValidationError);
    await expect(runExport({ db: w.db, actor: { ...w.clerk, roles: [] }, platform, kinds: ['callLogs'], range: november, lang: 'zh-CN' })).rejects.toBeInstanceOf(PermissionError);
    expect(platform.files.size).toBe(0);
  });

  it('REC-2: a period is due until exported, and cleared by one click; a missed period stays due', async () => {
    await setExportSchedule(w.db, w.boss, { period: 'monthly', kinds: ['serviceCards', 'callLogs'], since: '2026-10-15' }, w.t0);
    const now = new Date(2026, 11, 2, 9).getTime();
    expect((await listDuePeriods(w.db, now)).map((p) => [p.from, p.kinds])).toEqual([['2026-10-01', ['serviceCards', 'callLogs']], ['2026-11-01', ['serviceCards', 'callLogs']]]);
    await runExport({ db: w.db, actor: w.clerk, platform: new MemoryPlatform(), kinds: ['callLogs'], range: november, lang: 'zh-CN', now });
    expect((await listDuePeriods(w.db, now)).map((p) => [p.from, p.kinds])).toEqual([['2026-10-01', ['serviceCards', 'callLogs']], ['2026-11-01', ['serviceCards']]]);
    const platform = new MemoryPlatform();
    const results = await runDueExports({ db: w.db, actor: w.clerk, platform, lang: 'zh-CN', now });
    expect(results.map((r) => r.status)).toEqual(['written', 'written']);
    expect([...platform.files.keys()]).toEqual(['售后服务记录_2026-10-01_2026-10-31.xlsx', '服务卡_2026-11-01_2026-11-30.xlsx']);
    expect(await listDuePeriods(w.db, now)).toEqual([]);
  });
});
