import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { CallLogInput } from '@shared/domain/call-log';
import { ValidationError } from '@shared/validation';
import { PermissionError } from '@shared/auth/permissions';
import { recordHistory } from '../db/audit-repo';
import type { AppDB } from '../db/db';
import { createCallLog } from '../db/call-logs-repo';
import { createCustomer } from '../db/customers-repo';
import { listExportRecords } from '../db/exports-repo';
import { openTestDb, testActor } from '../db/test-db';

const clerk = testActor(['frontdesk'], 7, '王丽');
import type { Platform } from '../platform/platform';
import { exportCallLogs } from './export-call-logs';
import type { ExportProgress } from './progress';
import { sha256Hex } from './sha256';

/** A platform adapter that keeps the written file in memory, like a disk would. */
class MemoryPlatform implements Pick<Platform, 'writeExport'> {
  files = new Map<string, Uint8Array>();
  constructor(private readonly behaviour: 'write' | 'cancel' | 'fail' = 'write') {}
  async writeExport(fileName: string, bytes: Uint8Array) {
    if (this.behaviour === 'fail') throw new Error('disk full');
    if (this.behaviour === 'cancel') return null;
    this.files.set(fileName, bytes.slice());
    return { location: `/exports/${fileName}` };
  }
}

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

const call = (at: Date, over: Partial<CallLogInput> = {}): CallLogInput => ({
  direction: 'in',
  at: at.getTime(),
  phone: '13800138000',
  contact: '张伟',
  topic: 'repair',
  content: '设备开机后不加热',
  result: '已安排上门',
  ...over,
});

async function seedNovember(): Promise<void> {
  const customerId = await createCustomer(db, clerk, { name: '张伟', phones: ['13800138000'] });
  await createCallLog(db, clerk, call(new Date(2026, 9, 31, 23, 59), { content: '十月最后一通' }));
  await createCallLog(db, clerk, call(new Date(2026, 10, 1, 0, 0), { customerId }));
  await createCallLog(db, clerk, call(new Date(2026, 10, 15, 10, 30), { direction: 'out', topic: 'followup', content: '回访', customerId }));
  await createCallLog(db, clerk, call(new Date(2026, 10, 30, 23, 59), { content: '月末来电' }));
  await createCallLog(db, clerk, call(new Date(2026, 11, 1, 0, 0), { content: '十二月第一通' }));
}

describe('exportCallLogs (REC-2)', () => {
  it('writes the range to .xlsx and registers it with the hash of the written bytes', async () => {
    await seedNovember();
    const platform = new MemoryPlatform();
    const progress: ExportProgress[] = [];
    const result = await exportCallLogs({ db, actor: clerk, platform, from: '2026-11-01', to: '2026-11-30', lang: 'zh-CN', onProgress: (p) => progress.push(p) });

    const fileName = '电话记录_2026-11-01_2026-11-30.xlsx';
    const bytes = platform.files.get(fileName);
    if (!bytes || result.status !== 'written') throw new Error(`not written: ${result.status}`);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(bytes, { type: 'array' }).Sheets['电话记录'] ?? {}, { header: 1 });

    expect(rows[0]).toEqual(['时间', '方向', '电话', '客户', '联系人', '主题', '内容', '处理结果', '回访日期', '经手人', '作废']);
    expect(rows.slice(1).map((r) => r[6])).toEqual(['设备开机后不加热', '回访', '月末来电']);
    expect(rows[2]?.slice(1, 4)).toEqual(['去电', '13800138000', '张伟']);

    const [registered] = await listExportRecords(db);
    expect(registered).toEqual(result.record);
    expect(registered).toMatchObject({ kind: 'callLogs', rangeFrom: '2026-11-01', rangeTo: '2026-11-30', fileName, location: `/exports/${fileName}` });
    expect(registered?.rowCount).toBe(rows.length - 1);
    expect(registered?.sha256).toBe(await sha256Hex(new Uint8Array(bytes)));
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['read', 'zip', 'save']));
  });

  it('an empty range says so, writes no file and records nothing', async () => {
    await seedNovember();
    const platform = new MemoryPlatform();
    expect(await exportCallLogs({ db, actor: clerk, platform, from: '2026-08-01', to: '2026-08-31', lang: 'zh-CN' })).toEqual({ status: 'empty' });
    expect(platform.files.size).toBe(0);
    expect(await listExportRecords(db)).toEqual([]);
  });

  it('a cancelled save records nothing', async () => {
    await seedNovember();
    expect(await exportCallLogs({ db, actor: clerk, platform: new MemoryPlatform('cancel'), from: '2026-11-01', to: '2026-11-30', lang: 'zh-CN' })).toEqual({ status: 'cancelled' });
    expect(await listExportRecords(db)).toEqual([]);
  });

  it('a failed write records nothing', async () => {
    await seedNovember();
    const run = exportCallLogs({ db, actor: clerk, platform: new MemoryPlatform('fail'), from: '2026-11-01', to: '2026-11-30', lang: 'zh-CN' });
    await expect(run).rejects.toThrow('disk full');
    expect(await listExportRecords(db)).toEqual([]);
  });

  it('registers the export under the signed-in staff member, and refuses a role without export before writing', async () => {
    await seedNovember();
    const platform = new MemoryPlatform();
    const result = await exportCallLogs({ db, actor: clerk, platform, from: '2026-11-01', to: '2026-11-30', lang: 'zh-CN' });
    if (result.status !== 'written') throw new Error(result.status);
    expect(await recordHistory(db, 'exports', result.record.id ?? -1)).toMatchObject([{ action: 'create', staffId: clerk.staffId }]);
    const other = new MemoryPlatform();
    const run = exportCallLogs({ db, actor: testActor([]), platform: other, from: '2026-11-01', to: '2026-11-30', lang: 'zh-CN' });
    await expect(run).rejects.toBeInstanceOf(PermissionError);
    expect(other.files.size).toBe(0);
    expect(await listExportRecords(db)).toHaveLength(1);
  });

  it('refuses a reversed range before reading anything', async () => {
    const run = exportCallLogs({ db, actor: clerk, platform: new MemoryPlatform(), from: '2026-11-30', to: '2026-11-01', lang: 'zh-CN' });
    await expect(run).rejects.toBeInstanceOf(ValidationError);
  });
});
