/**
 * Records that never lose their history, walked as the supervisor in browser mode: log a call, void it
 * with a reason and their own PIN (it stays listed, struck through, and its history shows the void),
 * read the audit log, back up through Settings (a download), log one more call, then restore the
 * downloaded file through Settings: after the reload the extra call is gone and the void is back.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './browser';
import { createSupervisorAndStart, nav, setBackupPassword, settle, signInAs, supervisor } from './ui';

const voidedContent = '重复录入的来电-待作废';
const laterContent = '备份之后才记的来电';
const reason = '同一通电话录了两次';
const backupPassword = '记录-备份-2026';
const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots';
const backupPath = resolve(tmpdir(), `records-e2e-${process.pid}.shbk`);
const truncatedPath = resolve(tmpdir(), `records-e2e-${process.pid}-truncated.shbk`);

let session: Session;

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  session = await openSession(inject('baseUrl'));
  await session.page.goto('/');
});

afterAll(async () => {
  for (const file of [backupPath, truncatedPath]) rmSync(file, { force: true });
  await session?.close();
  expect(session?.pageErrors).toEqual([]);
});

const shot = (page: Page, name: string) => page.screenshot({ path: resolve(shotsDir, `records-${name}.png`) });

/** The supervisor signs with their own PIN in the approval dialog. */
async function approve(page: Page) {
  const dialog = page.getByRole('dialog').filter({ has: page.getByLabel('主管 PIN') });
  await dialog.getByLabel('主管 PIN').fill(supervisor.pin);
  await dialog.getByRole('button', { name: '签字确认' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

async function logCall(page: Page, phone: string, content: string) {
  await nav(page, '电话记录');
  await page.getByRole('button', { name: '新建电话记录' }).click();
  const entry = page.getByRole('dialog', { name: '新建电话记录' });
  await entry.getByLabel('电话', { exact: true }).fill(phone);
  await entry.getByLabel('内容').fill(content);
  await entry.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => entry.count()).toBe(0);
  await page.getByRole('grid').getByText(content).waitFor();
}

const rowOf = (page: Page, content: string) => page.getByRole('grid').getByRole('row').filter({ hasText: content });

describe('records: void, history, audit, backup and restore (browser mode)', () => {
  it('creates the supervisor and logs a call, stamped with the handler', async () => {
    const { page } = session;
    await createSupervisorAndStart(page);
    await logCall(page, '13912345678', voidedContent);
    await expect.poll(() => rowOf(page, voidedContent).getByText(supervisor.name).count()).toBe(1);
    await expect.poll(() => page.getByTestId('call-totals').textContent()).toBe('共 1 条');
  });

  it('voids the call: the reason is required at the field, then the supervisor signs', async () => {
    const { page } = session;
    await rowOf(page, voidedContent).getByRole('button', { name: '作废' }).click();
    const dialog = page.getByRole('dialog', { name: '作废电话记录' });
    await dialog.getByRole('button', { name: '作废并请主管签字' }).click();
    await dialog.getByText('请填写作废原因').waitFor();
    await dialog.getByLabel('作废原因').fill(reason);
    await settle(page);
    await shot(page, 'void-dialog');
    await dialog.getByRole('button', { name: '作废并请主管签字' }).click();
    await approve(page);
    await expect.poll(() => dialog.count()).toBe(0);

    const row = rowOf(page, voidedContent);
    await row.getByText('已作废').waitFor();
    await expect.poll(() => row.getByRole('button', { name: '作废' }).count()).toBe(0);
    await expect.poll(() => page.getByTestId('call-totals').textContent()).toBe('共 0 条(另有 1 条已作废,不计入)');
  });

  it('the call’s details show the void mark and its history: created, then voided with the reason', async () => {
    const { page } = session;
    await rowOf(page, voidedContent).getByRole('button', { name: '详情' }).click();
    const drawer = page.getByRole('dialog', { name: '电话记录详情' });
    const history = drawer.getByRole('list', { name: '历史' });
    await history.getByText(`${supervisor.name} · 新建`, { exact: false }).waitFor();
    await history.getByText(`${supervisor.name} · 作废`, { exact: false }).waitFor();
    await history.getByText(reason, { exact: false }).first().waitFor();
    await settle(page);
    await shot(page, 'history');
    await drawer.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => drawer.count()).toBe(0);
  });

  it('the audit log lists the void, newest first, with the changed field in words', async () => {
    const { page } = session;
    await nav(page, '审计日志');
    const grid = page.getByRole('grid', { name: '审计日志列表' });
    const firstRow = grid.getByRole('row').nth(1);
    await firstRow.getByText('作废', { exact: true }).waitFor();
    await firstRow.getByText(reason, { exact: false }).first().waitFor();
    await settle(page);
    await shot(page, 'audit');

    // Narrowed to the call log: just the call's two entries, the void above its creation.
    await page.getByRole('combobox', { name: '数据表' }).click();
    await page.getByRole('option', { name: '电话记录' }).click();
    await expect.poll(() => grid.getByRole('row').count()).toBe(3);
    await grid.getByRole('row').nth(2).getByText('新建', { exact: true }).waitFor();
  });

  it('backs up through Settings: the browser downloads the file and the last backup time shows', async () => {
    const { page } = session;
    await nav(page, '设置');
    const section = page.getByRole('region', { name: '备份与恢复' });
    const banner = page.getByRole('alert').filter({ hasText: '还没有备份过' });
    await banner.waitFor();
    await section.getByText('从未备份').waitFor();
    // A browser encrypts backups with the backup password: without one there is no backup.
    await section.getByRole('button', { name: '立即备份' }).click();
    await page.getByText('还没有设置备份密码,无法加密备份', { exact: false }).waitFor();
    await setBackupPassword(page, backupPassword);
    const downloading = page.waitForEvent('download');
    await section.getByRole('button', { name: '立即备份' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^售后服务中心-备份-\d{4}-\d{2}-\d{2}-\d{6}\.shbk$/);
    await download.saveAs(backupPath);
    await section.getByText(/^上次备份:\d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor();
    await expect.poll(() => banner.count()).toBe(0);
  });

  it('a call logged after the backup is in the list', async () => {
    const { page } = session;
    await logCall(page, '13800138000', laterContent);
    await expect.poll(() => page.getByTestId('call-totals').textContent()).toBe('共 1 条(另有 1 条已作废,不计入)');
  });

  it('refuses a truncated copy of the backup with a clear reason, before asking anything', async () => {
    const { page } = session;
    const bytes = readFileSync(backupPath);
    writeFileSync(truncatedPath, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await nav(page, '设置');
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '从文件恢复…' }).click();
    await (await choosing).setFiles(truncatedPath);
    const dialog = page.getByRole('dialog', { name: '从备份文件恢复' });
    await dialog.getByText('不能使用这个文件:文件已被改动或损坏', { exact: false }).waitFor();
    await expect.poll(() => dialog.getByRole('button', { name: '恢复并请主管签字' }).count()).toBe(0);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('restores the downloaded file through Settings: summary, supervisor approval, progress, reload', async () => {
    const { page } = session;
    await nav(page, '设置');
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '从文件恢复…' }).click();
    await (await choosing).setFiles(backupPath);
    const dialog = page.getByRole('dialog', { name: '从备份文件恢复' });
    const summary = dialog.getByRole('table', { name: '备份文件内容' });
    await expect.poll(() => summary.getByRole('row').filter({ hasText: '电话记录' }).textContent()).toBe('电话记录1');
    await summary.getByRole('row').filter({ hasText: '员工' }).waitFor();
    // Opened by this browser's own backup password key; the staff are unchanged; the later call's audit entry would go.
    await dialog.getByText('已用本机保存的备份密码打开', { exact: false }).waitFor();
    await dialog.getByText('员工没有变化').waitFor();
    await dialog.getByText(/恢复后,当前审计日志中有 \d+ 条记录将会消失/).waitFor();
    const confirmLoss = dialog.getByRole('checkbox', { name: /我确认恢复后这 \d+ 条审计记录将会消失/ });
    expect(await dialog.getByRole('button', { name: '恢复并请主管签字' }).isDisabled()).toBe(true);
    await confirmLoss.check();
    await settle(page);
    await shot(page, 'restore-summary');

    const reloaded = page.waitForEvent('load');
    await dialog.getByRole('button', { name: '恢复并请主管签字' }).click();
    await approve(page);
    await dialog.getByText('恢复完成', { exact: false }).waitFor();
    await reloaded;
  });

  it('after the reload the extra call is gone and the voided call is back, still voided', async () => {
    const { page } = session;
    await signInAs(page, supervisor.name, supervisor.pin);
    await nav(page, '电话记录');
    const row = rowOf(page, voidedContent);
    await row.getByText('已作废').waitFor();
    await expect.poll(() => rowOf(page, laterContent).count()).toBe(0);
    await expect.poll(() => page.getByTestId('call-totals').textContent()).toBe('共 0 条(另有 1 条已作废,不计入)');
  });

  it('the restore itself is in the audit log, newest first, and Settings shows the backup section', async () => {
    const { page } = session;
    await nav(page, '审计日志');
    const firstRow = page.getByRole('grid', { name: '审计日志列表' }).getByRole('row').nth(1);
    await firstRow.getByText('恢复', { exact: true }).waitFor();
    await firstRow.getByText('整个数据库', { exact: true }).waitFor();
    await nav(page, '设置');
    await page.getByRole('region', { name: '备份与恢复' }).getByRole('button', { name: '立即备份' }).waitFor();
    await settle(page);
    await shot(page, 'settings');
  });

  it('a customer’s history opens from the customer card: created, then the address changed', async () => {
    const { page } = session;
    await nav(page, '客户');
    await page.getByRole('button', { name: '新建客户' }).click();
    const form = page.getByRole('dialog', { name: '新建客户' });
    await form.getByLabel(/^姓名/).fill('钱多多');
    await form.getByLabel('电话', { exact: true }).fill('13700137000');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.count()).toBe(0);

    const grid = page.getByRole('grid', { name: '客户列表' });
    await grid.getByText('钱多多').dblclick();
    const card = page.getByRole('dialog', { name: '客户卡片' });
    await card.getByRole('button', { name: '编辑资料' }).click();
    const edit = page.getByRole('dialog', { name: '编辑客户' });
    await edit.getByLabel('详细地址', { exact: true }).fill('杭州市西湖区文三路 1 号');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => edit.count()).toBe(0);

    // Saving an edit started from the card goes back to the card.
    await card.getByRole('tab', { name: '修改历史' }).click();
    const history = card.getByRole('list', { name: '历史' });
    await history.getByText(`${supervisor.name} · 新建`, { exact: false }).waitFor();
    await history.getByText(`${supervisor.name} · 修改`, { exact: false }).waitFor();
    await history.getByText('杭州市西湖区文三路 1 号', { exact: false }).first().waitFor();
    await settle(page);
    await shot(page, 'customer-history');
    await card.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => card.count()).toBe(0);
  });
});
