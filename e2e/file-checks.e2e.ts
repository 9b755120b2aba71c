/**
 * Files a clerk may bring, in browser mode: an import that is cut short, random bytes, an empty
 * workbook, cells whose values the import used to change silently, a CSV from Excel on a Chinese
 * Windows (GB18030); and a backup whose staff row was edited and re-checksummed. Each is refused in
 * words that say what is wrong (and where), nothing is written, and the window keeps responding.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translate, type StringKey } from '@shared/i18n';
import { artifact, openSession, type Session } from './browser';
import { readSealedHeader, unsealBackup, unwrapWithPassword } from '../renderer/db/backup/seal';
import { createSupervisorAndStart, nav, setBackupPassword, settle, supervisor } from './ui';

let session: Session;
const zh = (key: StringKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
const tmp = (name: string) => resolve(tmpdir(), `file-checks-${process.pid}-${name}`);

beforeAll(async () => {
  session = await openSession(inject('baseUrl'));
  await session.page.goto('/');
});

afterAll(async () => {
  await session?.close();
  expect(session?.pageErrors).toEqual([]);
});

function xlsxBytes(rows: unknown[][]): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), 'Sheet1');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

function file(name: string, bytes: Uint8Array): string {
  const path = tmp(name);
  writeFileSync(path, bytes);
  return path;
}

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '导入' }).click();
  const dialog = page.getByRole('dialog', { name: '从 Excel 导入客户' });
  await dialog.waitFor();
  return dialog;
}

async function choose(page: Page, dialog: Locator, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: '选择 Excel 文件' }).click();
  await (await choosing).setFiles(path);
}

/** The window answers at once: a click on the dialog's own button is handled within a second. */
async function responsive(page: Page): Promise<void> {
  const started = Date.now();
  expect(await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => done(1))))).toBe(1);
  expect(Date.now() - started).toBeLessThan(1000);
}

describe('import and restore files are checked before anything is written (browser mode)', () => {
  it('starts blank and opens the customer import', async () => {
    const { page } = session;
    await createSupervisorAndStart(page);
    await nav(page, '客户');
  });

  it('a truncated .xlsx (its first 30 bytes) is refused at once as damaged, and the window keeps responding', async () => {
    const { page } = session;
    const dialog = await openImport(page);
    await choose(page, dialog, file('cut.xlsx', xlsxBytes([['姓名', '电话'], ['张三', '13800138000']]).subarray(0, 30)));
    await dialog.getByRole('alert').filter({ hasText: zh('import.file.damaged') }).waitFor({ timeout: 5000 });
    await responsive(page);
    expect(await dialog.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
  });

  it('5 MB of random bytes named .xlsx is not a workbook; an empty workbook is called empty', async () => {
    const { page } = session;
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入客户' });
    await choose(page, dialog, file('noise.xlsx', randomBytes(5 * 1024 * 1024)));
    await dialog.getByRole('alert').filter({ hasText: zh('import.file.notWorkbook') }).waitFor({ timeout: 5000 });
    await choose(page, dialog, file('empty.xlsx', xlsxBytes([])));
    await dialog.getByRole('alert').filter({ hasText: zh('import.file.empty') }).waitFor();
    await settle(page);
    await page.screenshot({ path: artifact('file-checks-import-empty.png') });
  });

  it('values the import used to change are refused, each with its row and column, and nothing is imported', async () => {
    const { page } = session;
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入客户' });
    await choose(page, dialog, file('values.xlsx', xlsxBytes([
      ['客户名称', '电话', '省份', '城市', '详细地址'],
      ['甲', '139abc45678', '', '', ''],
      ['乙', new Date(2024, 0, 15), '', '', ''],
      ['丙', true, '', '', ''],
      ['丁', '13800138004', '火星省', '', '1号'],
      ['戊', '13800138005', '44', '', '1号'],
      ['己', '13800138006', '廣東省', '深圳市', '1号'],
      ['庚', '13800138007', '广东省', '深圳市', '科技园 1 号'],
    ])));
    const report = dialog.getByRole('table', { name: '检查结果' });
    const line = (row: number, column: string, reason: StringKey) =>
      report.getByRole('row').filter({ hasText: zh(reason) }).filter({ has: page.getByRole('cell', { name: String(row), exact: true }) }).filter({ hasText: column });
    await line(2, '电话', 'phone.error.chars').waitFor();
    await line(3, '电话', 'import.error.phoneNotText').waitFor();
    await line(4, '电话', 'import.error.phoneNotText').waitFor();
    for (const row of [5, 6, 7]) await line(row, '省份', 'import.error.unknownProvince').waitFor();
    await dialog.getByText(zh('import.blocked', { count: 6 })).waitFor();
    expect(await dialog.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    await settle(page);
    await page.screenshot({ path: artifact('file-checks-import-values.png') });
  });

  it('a CSV saved by Excel on a Chinese Windows (GB18030) is read and imported whole', async () => {
    const { page } = session;
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入客户' });
    // 姓名,电话 / 张三,13800138000 / 李四,0571-87654321 in GB18030.
    const gbk = Buffer.concat([
      Buffer.from([0xd0, 0xd5, 0xc3, 0xfb]), Buffer.from(','), Buffer.from([0xb5, 0xe7, 0xbb, 0xb0]), Buffer.from('\r\n'),
      Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]), Buffer.from(',13800138000\r\n'),
      Buffer.from([0xc0, 0xee, 0xcb, 0xc4]), Buffer.from(',0571-87654321\r\n'),
    ]);
    await choose(page, dialog, file('gbk.csv', gbk));
    await dialog.getByText('检查通过,共 2 行,确认后一次性导入').waitFor();
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const grid = page.getByRole('grid', { name: '客户列表' });
    await grid.getByRole('gridcell', { name: '张三', exact: true }).waitFor();
    await grid.getByRole('row').filter({ hasText: '李四' }).filter({ hasText: '057187654321' }).waitFor();
  });

  it('a backup whose staff row holds its roles as text (checksum recomputed) is refused after approval, naming table, record and field', async () => {
    const { page } = session;
    await setBackupPassword(page, backupPassword);
    await nav(page, '设置');
    const section = page.getByRole('region', { name: '备份与恢复' });
    const downloading = page.waitForEvent('download');
    await section.getByRole('button', { name: '立即备份' }).click();
    const saved = tmp('good.shbk');
    await (await downloading).saveAs(saved);
    // An encrypted file cannot be changed unnoticed; one who knows the password can take out the
    // unencrypted file inside and forge that, which the restore must still refuse row by row.
    const forged = file('forged.shbk', forgeStaffRoles(await unsealWithPassword(readFileSync(saved), backupPassword)));

    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '从文件恢复…' }).click();
    await (await choosing).setFiles(forged);
    const dialog = page.getByRole('dialog', { name: '从备份文件恢复' });
    await dialog.getByLabel('我已核对文件来源,仍要恢复这个未加密的旧备份').check();
    await dialog.getByRole('button', { name: '恢复并请主管签字' }).click();
    const approval = page.getByRole('dialog').filter({ has: page.getByLabel('主管 PIN') });
    await approval.getByLabel('主管 PIN').fill(supervisor.pin);
    await approval.getByRole('button', { name: '签字确认' }).click();
    await dialog.getByText('备份文件中「员工」表第 1 条记录的「角色」类型不正确,无法恢复', { exact: false }).waitFor();
    await settle(page);
    await page.screenshot({ path: artifact('file-checks-restore-refused.png') });
    await dialog.getByRole('button', { name: '关闭' }).click();
    // Nothing changed: the supervisor is still signed in and the customers are still there.
    await nav(page, '客户');
    await page.getByRole('grid', { name: '客户列表' }).getByRole('gridcell', { name: '张三', exact: true }).waitFor();
  });
});

const backupPassword = '售后中心-备份-2026';

/** The unencrypted (layout 1) file inside an encrypted backup, opened with its backup password. */
async function unsealWithPassword(bytes: Buffer, password: string): Promise<Buffer> {
  const sealed = readSealedHeader(new Uint8Array(bytes));
  if (!sealed.ok) throw new Error('not an encrypted backup');
  for (const slot of sealed.header.keys) {
    const dataKey = slot.type === 'password' ? await unwrapWithPassword(password, slot) : null;
    const inner = dataKey && (await unsealBackup(sealed, dataKey));
    if (inner) return Buffer.from(inner);
  }
  throw new Error('the backup password does not open the file');
}

/** The backup with the first staff row's roles turned into text, and the manifest's checksum recomputed to fit. */
function forgeStaffRoles(bytes: Buffer): Buffer {
  const first = bytes.indexOf(0x0a);
  const second = bytes.indexOf(0x0a, first + 1);
  const manifest = JSON.parse(bytes.subarray(first + 1, second).toString('utf8')) as { dataBytes: number; sha256: string };
  const doc = JSON.parse(gunzipSync(bytes.subarray(second + 1)).toString('utf8')) as { data: { data: { tableName: string; rows: { roles: unknown }[] }[] } };
  const staff = doc.data.data.find((t) => t.tableName === 'staff')?.rows[0];
  if (!staff) throw new Error('no staff row in the backup');
  staff.roles = 'supervisor';
  const data = gzipSync(JSON.stringify(doc));
  manifest.dataBytes = data.length;
  manifest.sha256 = createHash('sha256').update(data).digest('hex');
  return Buffer.concat([bytes.subarray(0, first + 1), Buffer.from(`${JSON.stringify(manifest)}\n`), data]);
}
