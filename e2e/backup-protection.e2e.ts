/**
 * The lock-down in browser mode, on two fresh profiles. Profile A: a supervisor's PIN has 6–8 digits;
 * a clerk made supervisor still signs in with a 4-digit PIN but must set a longer one first; a
 * supervisor locked out by wrong PINs is unlocked by another supervisor on the staff screen; the
 * backup password is set and a backup downloaded. Profile B (another PC): the backup asks for the
 * backup password, refuses a wrong one, then shows who would be added and removed and how many audit
 * entries would go, and restores only once that loss is ticked and a supervisor has signed.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifact, openSession, type Session } from './browser';
import { chooseStaff, createSupervisorAndStart, demoStaff, nav, setBackupPassword, settle, signInAs, signedInAs, supervisor, switchUser, switchUserTo, typePin } from './ui';

const shot = (page: Page, name: string) => page.screenshot({ path: artifact(`lockdown-${name}.png`) });
const backupPath = resolve(tmpdir(), `lockdown-e2e-${process.pid}.shbk`);
const backupPassword = '售后中心-备份-2026';
const second = { name: '李主任', pin: '567890' } as const;

let session: Session;

beforeAll(async () => {
  session = await openSession(inject('baseUrl'));
  await session.page.goto('/');
});

afterAll(async () => {
  rmSync(backupPath, { force: true });
  await session?.close();
  expect(session?.pageErrors).toEqual([]);
});

describe('supervisor PINs, lockouts and backups from another PC (browser mode)', () => {
  it('a new supervisor account needs a PIN of at least 6 digits', async () => {
    const { page } = session;
    await createSupervisorAndStart(page, { start: 'demo' });
    await nav(page, '员工');
    await page.getByRole('button', { name: '新建员工' }).click();
    const form = page.getByRole('dialog', { name: '新建员工' });
    await form.getByLabel(/^姓名/).fill(second.name);
    await form.getByLabel('售后', { exact: true }).uncheck();
    await form.getByLabel('主管', { exact: true }).check();
    await form.getByText('主管:6–8 位数字').waitFor();
    await form.getByLabel(/^PIN/).fill('5678');
    await form.getByLabel(/^再次输入 PIN/).fill('5678');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('主管的 PIN 须为 6–8 位数字').waitFor();
    await settle(page);
    await shot(page, 'supervisor-pin-too-short');
    await form.getByLabel(/^PIN/).fill(second.pin);
    await form.getByLabel(/^再次输入 PIN/).fill(second.pin);
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('table', { name: '员工列表' }).getByRole('row').filter({ hasText: second.name }).waitFor();
  });

  it('a clerk made supervisor signs in with the old 4-digit PIN and must set a longer one before the app opens', async () => {
    const { page } = session;
    await page.getByRole('button', { name: `编辑 ${demoStaff.frontdesk.name}` }).click();
    const form = page.getByRole('dialog', { name: '编辑员工' });
    await form.getByLabel('主管', { exact: true }).check();
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });

    await switchUser(page);
    await chooseStaff(page, demoStaff.frontdesk.name);
    await typePin(page, demoStaff.frontdesk.pin);
    const change = page.getByRole('form', { name: '请设置新的 PIN' });
    await change.getByText('主管的 PIN 现在至少要 6 位数字', { exact: false }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    await change.getByLabel(/^新 PIN/).fill('2222');
    await change.getByLabel(/^再次输入 PIN/).fill('2222');
    await change.getByRole('button', { name: '保存并进入' }).click();
    await change.getByText('主管的 PIN 须为 6–8 位数字').waitFor();
    await settle(page);
    await shot(page, 'change-pin');
    await change.getByLabel(/^新 PIN/).fill('246810');
    await change.getByLabel(/^再次输入 PIN/).fill('246810');
    await change.getByRole('button', { name: '保存并进入' }).click();
    await signedInAs(page, demoStaff.frontdesk.name);
    // The old PIN is gone; the new one signs in straight away.
    await switchUser(page);
    await chooseStaff(page, demoStaff.frontdesk.name);
    await typePin(page, demoStaff.frontdesk.pin);
    await page.getByRole('alert').getByText('PIN 不正确', { exact: true }).waitFor();
    await typePin(page, '246810');
    await signedInAs(page, demoStaff.frontdesk.name);
  });

  it('a supervisor locked out by five wrong PINs is unlocked by another supervisor on the staff screen', async () => {
    const { page } = session;
    await switchUser(page);
    await chooseStaff(page, second.name);
    const pinField = page.getByLabel('PIN', { exact: true });
    for (let i = 0; i < 5; i++) {
      await typePin(page, '000000');
      await expect.poll(() => pinField.inputValue()).toBe('');
    }
    await page.getByRole('alert').getByText(/账号已锁定,请在 .+ 之后再试/).waitFor();
    await page.getByRole('button', { name: '换一个人' }).click();
    await signInAs(page, supervisor.name, supervisor.pin);
    await nav(page, '员工');
    const row = page.getByRole('table', { name: '员工列表' }).getByRole('row').filter({ hasText: second.name });
    await row.getByText(/^已锁定至 /).waitFor();
    await settle(page);
    await shot(page, 'staff-locked');
    await row.getByRole('button', { name: `解除 ${second.name} 的锁定` }).click();
    await page.getByText(`${second.name} 的锁定已解除`).waitFor();
    await expect.poll(() => row.getByText(/^已锁定至 /).count()).toBe(0);
    await switchUserTo(page, second.name, second.pin);
  });

  it('the supervisor sets the backup password and downloads an encrypted backup', async () => {
    const { page } = session;
    await switchUserTo(page, supervisor.name, supervisor.pin);
    await setBackupPassword(page, backupPassword);
    await settle(page);
    await shot(page, 'backup-password');
    const downloading = page.waitForEvent('download');
    await page.getByRole('region', { name: '备份与恢复' }).getByRole('button', { name: '立即备份' }).click();
    await (await downloading).saveAs(backupPath);
  });

  it('on another PC the backup asks for the backup password, shows what it changes, and restores once the loss is confirmed', async () => {
    const context = await session.browser.newContext({ baseURL: inject('baseUrl'), acceptDownloads: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 } });
    context.on('weberror', (e) => session.pageErrors.push(e.error().message));
    const page = await context.newPage();
    try {
      await page.goto('/');
      await createSupervisorAndStart(page, { name: '吴主管', pin: '654321' });
      await nav(page, '设置');
      const choosing = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: '从文件恢复…' }).click();
      await (await choosing).setFiles(backupPath);
      const dialog = page.getByRole('dialog', { name: '从备份文件恢复' });
      await dialog.getByText('本机的密钥打不开它', { exact: false }).waitFor();
      await dialog.getByLabel('备份密码').fill('猜一个密码试试');
      await dialog.getByRole('button', { name: '打开备份' }).click();
      await dialog.getByText('备份密码不正确').waitFor();
      await settle(page);
      await shot(page, 'restore-password');
      await dialog.getByLabel('备份密码').fill(backupPassword);
      await dialog.getByRole('button', { name: '打开备份' }).click();

      const staff = dialog.getByRole('region', { name: '员工的变化' });
      await staff.getByText('新增:周主管(主管)').waitFor();
      await staff.getByText('将被移除:吴主管(主管)').waitFor();
      await dialog.getByText(/恢复后,当前审计日志中有 \d+ 条记录将会消失/).waitFor();
      const restoreButton = dialog.getByRole('button', { name: '恢复并请主管签字' });
      expect(await restoreButton.isDisabled()).toBe(true);
      await dialog.getByRole('checkbox', { name: /我确认恢复后这 \d+ 条审计记录将会消失/ }).check();
      await settle(page);
      await shot(page, 'restore-changes');

      const reloaded = page.waitForEvent('load');
      await restoreButton.click();
      const approval = page.getByRole('dialog').filter({ has: page.getByLabel('主管 PIN') });
      await approval.getByLabel('主管 PIN').fill('654321');
      await approval.getByRole('button', { name: '签字确认' }).click();
      await dialog.getByText('恢复完成', { exact: false }).waitFor();
      await reloaded;
      await signInAs(page, supervisor.name, supervisor.pin);
      await nav(page, '审计日志');
      const first = page.getByRole('grid', { name: '审计日志列表' }).getByRole('row').nth(1);
      await first.getByText('恢复', { exact: true }).waitFor();
      await first.getByText('文件保护:加密备份(备份密码)', { exact: false }).waitFor();
      await first.getByText('确认审计记录将消失:是', { exact: false }).waitFor();
      await settle(page);
      await shot(page, 'restore-audit');
    } finally {
      await context.close();
    }
  });
});
