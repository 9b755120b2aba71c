/**
 * Customers (issue 4) in browser mode, on the demo data: create a member with the full profile, find
 * customers as you type by pinyin initials and full pinyin (a polyphone surname too), the duplicate
 * phone warning that offers the existing customer, the customer card with its call timeline and
 * history, and the Excel import that writes nothing until a clean file is confirmed.
 * The tests run in order on one page and one fresh browser profile.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import * as XLSX from 'xlsx';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translate } from '@shared/i18n';
import { openSession, type Session } from './browser';
import { createSupervisorAndStart, nav, settle } from './ui';

const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots';
const searchLabel = '搜索客户(姓名或电话)';

let session: Session;

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  session = await openSession(inject('baseUrl'));
  await session.page.goto('/');
});

afterAll(async () => {
  await session?.close();
  expect(session?.pageErrors).toEqual([]);
});

const shot = (page: Page, name: string) => page.screenshot({ path: resolve(shotsDir, `customers-${name}.png`) });
const grid = (page: Page) => page.getByRole('grid', { name: '客户列表' });
const notice = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text }).first().waitFor();

/** Types a query into the search box and waits for the list to show `expected` (and, optionally, not `absent`). */
async function search(page: Page, query: string, expected: string[], absent: string[] = []): Promise<void> {
  await page.getByLabel(searchLabel).fill(query);
  for (const name of expected) await grid(page).getByRole('gridcell', { name, exact: true }).waitFor();
  for (const name of absent) await expect.poll(() => grid(page).getByRole('gridcell', { name, exact: true }).count()).toBe(0);
}

async function openNewCustomer(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '新建客户' }).click();
  const form = page.getByRole('dialog', { name: '新建客户' });
  await form.getByLabel(/^姓名/).waitFor();
  return form;
}

describe('customers (browser mode)', () => {
  it('starts with the demo data and lists the customers with type, grade, key flag, primary phone and default address', async () => {
    const { page } = session;
    await createSupervisorAndStart(page, { start: 'demo' });
    await nav(page, '客户');
    const row = grid(page).getByRole('row').filter({ hasText: '张伟' });
    await row.waitFor();
    const text = await row.textContent();
    for (const part of ['会员', 'HY-0001', 'A', '重点', '13800138000', '北京市朝阳区建国路 88 号 3 单元 502']) expect(text).toContain(part);
    await settle(page);
    await shot(page, 'list');
  });

  it('creates 张三, a member with two phones, an address, grade and key flag; the keyboard moves on with Enter', async () => {
    const { page } = session;
    const form = await openNewCustomer(page);
    await form.getByLabel(/^姓名/).fill('张三');
    await form.getByRole('group', { name: '客户类型' }).getByRole('button', { name: '会员' }).click();
    // A member needs a member number: refused at the field, nothing saved.
    await form.getByRole('button', { name: '保存' }).click();
    const memberNo = form.getByLabel(/^会员编号/);
    await expect.poll(() => memberNo.getAttribute('aria-invalid')).toBe('true');
    await form.getByText(translate('zh-CN', 'crm.error.memberNoRequired')).waitFor();

    await memberNo.fill('HY-0300');
    // Enter moves from the member number to the phone.
    await memberNo.press('Enter');
    await page.keyboard.type('13700001111');
    await expect.poll(() => form.getByLabel('电话', { exact: true }).inputValue()).toBe('13700001111');
    await form.getByRole('button', { name: '添加电话' }).click();
    await form.getByLabel('电话 2', { exact: true }).fill('010-6552-0000');
    await form.getByRole('radio', { name: '第 2 个电话设为主要电话' }).check();
    await form.getByRole('combobox', { name: '省份' }).fill('广东省');
    await form.getByRole('combobox', { name: '城市' }).fill('深');
    await page.getByRole('option', { name: '深圳市' }).click();
    await form.getByRole('combobox', { name: '区县' }).fill('南山区');
    await form.getByLabel('详细地址', { exact: true }).fill('科技园南区 8 栋');
    await form.getByRole('group', { name: '客户等级' }).getByRole('button', { name: 'B' }).click();
    await form.getByRole('checkbox', { name: '重点客户' }).check();
    await form.getByLabel('客户来源').fill('老客户介绍');
    await settle(page);
    await shot(page, 'form');
    await form.getByLabel('客户来源').press('ControlOrMeta+Enter');
    await expect.poll(() => form.count()).toBe(0);
    await notice(page, '客户 张三 已保存');

    const row = grid(page).getByRole('row').filter({ hasText: '张三' });
    const text = await row.textContent();
    for (const part of ['会员', 'HY-0300', 'B', '重点', '01065520000', '广东省深圳市南山区科技园南区 8 栋']) expect(text).toContain(part);
  });

  it('finds 张三 by pinyin initials `zs` and full pinyin `zhangsan`, and by phone and member number', async () => {
    const { page } = session;
    await search(page, 'zs', ['张三'], ['张伟']);
    await settle(page);
    await shot(page, 'search-zs');
    await search(page, 'zhangsan', ['张三'], ['张伟']);
    await search(page, 'zhang', ['张三', '张伟']);
    await search(page, '137000', ['张三'], ['张伟']);
    await search(page, 'hy-03', ['张三'], ['张伟']);
  });

  it('finds a polyphone surname by its surname reading: 单田芳 by `stf` and `shantianfang`, not `dantianfang`', async () => {
    const { page } = session;
    await page.getByLabel(searchLabel).fill('');
    const form = await openNewCustomer(page);
    // Keyboard only: name, Enter to the phone, Ctrl+Enter saves.
    await form.getByLabel(/^姓名/).fill('单田芳');
    await form.getByLabel(/^姓名/).press('Enter');
    await page.keyboard.type('13600002222');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => form.count()).toBe(0);
    await search(page, 'stf', ['单田芳']);
    await search(page, 'shantianfang', ['单田芳']);
    await page.getByLabel(searchLabel).fill('dantianfang');
    await expect.poll(() => grid(page).getByRole('gridcell', { name: '单田芳', exact: true }).count()).toBe(0);
  });

  it('warns that a new customer\'s phone is already on file and offers the existing customer, writing nothing', async () => {
    const { page } = session;
    await page.getByLabel(searchLabel).fill('');
    const form = await openNewCustomer(page);
    await form.getByLabel(/^姓名/).fill('张伟伟');
    await form.getByLabel('电话', { exact: true }).fill('138-0013-8000');
    const warning = form.getByRole('alert', { name: '该电话已有客户档案' });
    await warning.getByText('张伟(电话 13800138000)').waitFor();
    // 保存 does not save past the warning: the clerk must choose.
    await form.getByRole('button', { name: '保存' }).click();
    await warning.getByRole('button', { name: '仍然保存' }).waitFor();
    await settle(page);
    await shot(page, 'duplicate');
    await warning.getByRole('button', { name: '打开已有客户' }).click();
    await expect.poll(() => form.count()).toBe(0);
    await page.getByRole('dialog', { name: '客户卡片' }).getByRole('heading', { name: '张伟' }).waitFor();
    await page.getByRole('dialog', { name: '客户卡片' }).getByRole('button', { name: '关闭' }).click();
    await search(page, 'zhangweiwei', [], ['张伟伟']);
  });

  it('opens the customer card: details, one timeline of the calls, and the record history', async () => {
    const { page } = session;
    await search(page, 'zw', ['张伟']);
    await grid(page).getByRole('gridcell', { name: '张伟', exact: true }).dblclick();
    const card = page.getByRole('dialog', { name: '客户卡片' });
    const timeline = card.getByRole('list', { name: '往来记录' });
    await timeline.getByText('设备开机后不加热,指示灯闪烁').waitFor();
    await timeline.getByText('回访上门维修情况').waitFor();
    expect(await timeline.getByRole('listitem').count()).toBe(2);
    expect(await timeline.getByRole('listitem').first().textContent()).toContain('去电 · 回访');
    expect(await card.textContent()).toContain('建国路 88 号');
    await settle(page);
    await shot(page, 'card');
    await card.getByRole('tab', { name: '修改历史' }).click();
    await card.getByRole('list', { name: '历史' }).getByText(/新建/).first().waitFor();
    await card.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => card.count()).toBe(0);
  });

  it('imports customers from Excel: a bad phone and an empty name get the report and write nothing; a clean file is imported', async () => {
    const { page } = session;
    await page.getByLabel(searchLabel).fill('');
    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入客户' });
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载模板' }).click();
    expect((await downloading).suggestedFilename()).toBe('客户导入模板.xlsx');

    const bad = xlsxFile('bad', [['姓名', '电话', '客户类型'], ['', '13811112222', ''], ['钱七', '12345', '会员'], ['孙八', '13922223333', '']]);
    await choose(page, dialog, bad);
    const report = dialog.getByRole('table', { name: '检查结果' });
    await report.getByRole('row').filter({ hasText: '必填项为空' }).getByText('2', { exact: true }).waitFor();
    await report.getByRole('row').filter({ hasText: translate('zh-CN', 'import.error.badPhone') }).getByText('3', { exact: true }).waitFor();
    await report.getByRole('row').filter({ hasText: translate('zh-CN', 'crm.error.memberNoRequired') }).getByText('3', { exact: true }).waitFor();
    expect(await dialog.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    await settle(page);
    await shot(page, 'import-report');
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // Nothing written: not even the row that was fine.
    await search(page, '139222', [], ['孙八']);

    await page.getByLabel(searchLabel).fill('');
    await page.getByRole('button', { name: '导入' }).click();
    const good = xlsxFile('good', [
      ['客户名称', '电话', '客户类型', '会员编号', '省份', '城市', '区县', '详细地址', '客户等级', '重点客户'],
      ['孙八', '13922223333', '会员', 'HY-0100', '广东省', '广州市', '天河区', '体育西路 1 号', 'A', '是'],
      ['周九', '13811112222', '', '', '', '', '', '', '', ''],
    ]);
    await choose(page, dialog, good);
    await dialog.getByText('检查通过,共 2 行,确认后一次性导入').waitFor();
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await notice(page, '已导入 2 位客户');
    await search(page, 'sb', ['孙八']);
    const row = await grid(page).getByRole('row').filter({ hasText: '孙八' }).textContent();
    for (const part of ['会员', 'HY-0100', '重点', '广东省广州市天河区体育西路 1 号']) expect(row).toContain(part);
    await search(page, 'zhoujiu', ['周九']);
  });
});

function xlsxFile(name: string, rows: string[][]): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
  const path = resolve(tmpdir(), `customers-e2e-${process.pid}-${name}.xlsx`);
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  return path;
}

async function choose(page: Page, dialog: Locator, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: '选择 Excel 文件' }).click();
  await (await choosing).setFiles(path);
}
