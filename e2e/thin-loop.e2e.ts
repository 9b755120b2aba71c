/**
 * The foundation's thin loop, walked as a clerk would in browser mode: create the supervisor account,
 * start blank, create a customer, log a call by typing the phone (stamped with the signed-in handler),
 * print the register (to PDF through the print CSS), export the month to Excel.
 * The tests run in order on one page and one fresh browser profile.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as XLSX from 'xlsx';
import { translate } from '@shared/i18n';
import { artifact, openSession, type Session } from './browser';
import { a4DeviationPt, compact, readPdf } from './pdf';
import { createSupervisorAndStart, fillDate, nav, settle, supervisor } from './ui';

const content = '咨询净水器滤芯更换周期';
const phone = '13912345678';

let session: Session;

beforeAll(async () => {
  session = await openSession(inject('baseUrl'));
  await session.page.goto('/');
});

afterAll(async () => {
  await session?.close();
  expect(session?.pageErrors).toEqual([]);
});

describe('thin loop (browser mode)', () => {
  it('creates the supervisor account first, then starts blank from the first-run dialog', async () => {
    const { page } = session;
    await createSupervisorAndStart(page, { start: 'blank' });
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('banner').textContent()).toContain(supervisor.name);
  });

  it('creates the customer 张三丰 and finds him by a phone prefix', async () => {
    const { page } = session;
    await nav(page, '客户');
    await page.getByRole('button', { name: '新建客户' }).click();
    const form = page.getByRole('dialog', { name: '新建客户' });
    await form.getByLabel('姓名').fill('张三丰');
    await form.getByLabel('电话', { exact: true }).fill(phone);
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.count()).toBe(0);

    await page.getByLabel('搜索客户(姓名或电话)').fill('139123');
    const grid = page.getByRole('grid');
    await grid.getByText('张三丰').waitFor();
    await settle(page);
    await page.screenshot({ path: artifact('customer-list.png') });
    await page.getByLabel('搜索客户(姓名或电话)').fill('138000');
    await expect.poll(() => grid.getByText('张三丰').count()).toBe(0);
  });

  it('logs a call by typing the phone: the customer is matched and the list shows the call and its handler', async () => {
    const { page } = session;
    await nav(page, '电话记录');
    await page.getByRole('button', { name: '新建电话记录' }).click();
    const entry = page.getByRole('dialog', { name: '新建电话记录' });
    await entry.getByLabel('电话', { exact: true }).fill(phone);
    await entry.getByText('张三丰').waitFor();
    await entry.getByLabel('内容').fill(content);
    await settle(page);
    await page.screenshot({ path: artifact('call-entry.png') });
    await entry.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => entry.count()).toBe(0);
    await page.getByRole('grid').getByText(content).waitFor();
    // The signed-in supervisor is the call's handler (经手人).
    const row = page.getByRole('grid').getByRole('row').filter({ hasText: content });
    expect(await row.textContent()).toContain(supervisor.name);
  });

  it('refuses a call with neither phone nor customer, at the phone field, and adds nothing', async () => {
    const { page } = session;
    const rows = page.getByRole('grid').getByRole('row');
    const before = await rows.count();
    await page.getByRole('button', { name: '新建电话记录' }).click();
    const entry = page.getByRole('dialog', { name: '新建电话记录' });
    await entry.getByLabel('内容').fill('没有电话的来电');
    await entry.getByRole('button', { name: '保存' }).click();
    const phoneField = entry.getByLabel('电话', { exact: true });
    await expect.poll(() => phoneField.getAttribute('aria-invalid')).toBe('true');
    await entry.getByText(translate('zh-CN', 'call.error.phoneOrCustomer')).waitFor();
    await entry.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => entry.count()).toBe(0);
    expect(await rows.count()).toBe(before);
    expect(await page.getByRole('grid').getByText('没有电话的来电').count()).toBe(0);
  });

  it('previews the register and prints it to an A4 PDF that holds the call in Chinese', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '打印预览' }).click();
    const preview = page.getByRole('dialog', { name: /打印预览/ });
    const pages = preview.getByRole('region', { name: '打印页面' });
    await pages.getByText(content).waitFor();
    await pages.getByText('电话记录表').first().waitFor();
    await settle(page);
    await page.screenshot({ path: artifact('print-preview.png') });

    // What the browser prints while the preview is open: the print CSS shows only #print-root.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(artifact('call-register.pdf'), pdf);
    const { pages: pdfPages } = await readPdf(pdf);
    expect(pdfPages).toHaveLength(1);
    expect(a4DeviationPt(pdfPages[0])).toBeLessThanOrEqual(1);
    const text = compact(pdfPages[0]?.text ?? '');
    expect(text).toContain(content);
    expect(text).toContain('电话记录表');
    expect(text).toContain('张三丰');
    expect(text).not.toContain('新建电话记录'); // the app behind the preview is not printed
    execFileSync('pdftoppm', ['-png', '-r', '80', artifact('call-register.pdf'), artifact('call-register')]);

    // 打印 and 保存为 PDF both open the browser's print dialog (window.print, stubbed here).
    await page.evaluate(() => {
      Object.assign(window, { __prints: 0 });
      window.print = () => Object.assign(window, { __prints: Number(Reflect.get(window, '__prints')) + 1 });
    });
    await preview.getByRole('button', { name: '打印', exact: true }).click();
    await preview.getByRole('button', { name: '保存为 PDF' }).click();
    await expect.poll(() => page.evaluate(() => Reflect.get(window, '__prints'))).toBe(2);

    await preview.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => preview.count()).toBe(0);
  });

  it('exports the month to .xlsx whose call row has a real date cell', async () => {
    const { page } = session;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    const book = XLSX.read(readFileSync(file), { cellDates: true });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('the workbook has no sheet');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
    const rowIndex = rows.findIndex((r) => r.includes(content));
    expect(rowIndex).toBeGreaterThan(0);
    const { e: last } = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
    const rowCells = Array.from({ length: last.c + 1 }, (_, c) => {
      const cell: XLSX.CellObject | undefined = sheet[XLSX.utils.encode_cell({ r: rowIndex, c })];
      return cell;
    });
    // A real date: a date cell, or a serial number shown through a date format.
    const isDate = (c: XLSX.CellObject | undefined) =>
      c?.t === 'd' || (c?.t === 'n' && typeof c.z === 'string' && /[ymd]/i.test(c.z));
    expect(rowCells.some(isDate)).toBe(true);
    expect(rows[rowIndex]).toContain(phone);
  });

  it('says so when the range has no calls, and downloads nothing', async () => {
    const { page } = session;
    const lastYear = new Date().getFullYear() - 1;
    await fillDate(page, '开始日期', `${lastYear}-01-01`);
    await fillDate(page, '结束日期', `${lastYear}-12-31`);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: '导出 Excel' }).click();
    await page.getByText(translate('zh-CN', 'export.empty')).waitFor();
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
  });
});
