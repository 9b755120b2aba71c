/**
 * Staff sign-in and roles in browser mode, on one fresh profile: the supervisor is created first and
 * loads the demo data (which brings the demo staff); the supervisor manages staff and signs an
 * approval; the front desk does not get supervisor-only modules; a wrong PIN says so; five wrong PINs
 * lock the account; 锁定 and the idle lock return to the same person's PIN, with their unsaved form kept. In Electron (window.api
 * faked) the daily backup runs after the first sign-in and the quit hook backs up again.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './browser';
import { fakeElectronApi, readCapturedCalls } from './fake-electron-api';
import {
  chooseStaff,
  createSupervisorAndStart,
  demoStaff,
  lockScreen,
  nav,
  settle,
  signInAs,
  signedInAs,
  supervisor,
  switchUser,
  typePin,
} from './ui';

const shot = (name: string) => `/tmp/shots/auth-${name}.png`;

let session: Session;

beforeAll(async () => {
  session = await openSession(inject('baseUrl'));
  await session.page.goto('/');
});

afterAll(async () => {
  await session?.close();
  expect(session?.pageErrors).toEqual([]);
});

const navLinks = (page: Page) => page.getByRole('navigation').getByRole('link');

describe('staff sign-in and roles (browser mode)', () => {
  it('a fresh profile asks for the supervisor account first, and refuses two different PINs', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: '创建主管账号' }).waitFor();
    await page.getByLabel(/^姓名/).fill(supervisor.name);
    await page.getByLabel(/^PIN/).fill(supervisor.pin);
    await page.getByLabel(/^再次输入 PIN/).fill('654321');
    await page.getByRole('button', { name: '创建并进入' }).click();
    await page.getByText('两次输入的 PIN 不一致').waitFor();
    await settle(page);
    await page.screenshot({ path: shot('create-supervisor') });
    await page.getByLabel(/^再次输入 PIN/).fill('');

    await createSupervisorAndStart(page, { start: 'demo' });
    const bar = page.getByRole('banner');
    expect(await bar.textContent()).toContain('当前用户:周主管(主管)');
    await settle(page);
    await bar.screenshot({ path: shot('top-bar') });
  });

  it('the supervisor sees 员工 and 审计日志 and adds a staff member with a PIN typed twice', async () => {
    const { page } = session;
    expect(await navLinks(page).allTextContents()).toEqual(expect.arrayContaining(['员工', '审计日志', '模板设计']));
    await nav(page, '员工');
    const table = page.getByRole('table', { name: '员工列表' });
    for (const { name } of Object.values(demoStaff)) await table.getByText(name, { exact: true }).waitFor();

    await page.getByRole('button', { name: '新建员工' }).click();
    const form = page.getByRole('dialog', { name: '新建员工' });
    await form.getByLabel(/^姓名/).fill('孙悦');
    await form.getByLabel('物流').check();
    await form.getByLabel(/^PIN/).fill('5678');
    await form.getByLabel(/^再次输入 PIN/).fill('5678');
    await settle(page);
    await page.screenshot({ path: shot('staff-form') });
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });
    const row = table.getByRole('row').filter({ hasText: '孙悦' });
    expect(await row.textContent()).toContain('售后、物流');
    await settle(page);
    await page.screenshot({ path: shot('staff') });
  });

  it('a supervisor approval: a wrong PIN stays in the dialog, the right one signs the void', async () => {
    const { page } = session;
    await nav(page, '电话记录');
    const rows = page.getByRole('grid').getByRole('row');
    await rows.nth(1).getByRole('button', { name: '作废', exact: true }).click();
    const voidDialog = page.getByRole('dialog', { name: '作废电话记录' });
    await voidDialog.getByLabel(/^作废原因/).fill('重复登记');
    await voidDialog.getByRole('button', { name: '作废并请主管签字' }).click();

    const approval = page.getByRole('dialog', { name: '主管签字:作废电话记录' });
    await approval.getByText('原因:重复登记').waitFor();
    expect(await approval.getByRole('combobox', { name: '签字主管' }).textContent()).toContain(supervisor.name);
    await approval.getByLabel('主管 PIN').fill('000000');
    await approval.getByLabel('备注').fill('核实为重复来电');
    await approval.getByRole('button', { name: '签字确认' }).click();
    await approval.getByText('PIN 不正确').waitFor();
    await settle(page);
    await page.screenshot({ path: shot('approval') });

    await approval.getByLabel('主管 PIN').fill(supervisor.pin);
    await approval.getByRole('button', { name: '签字确认' }).click();
    await approval.waitFor({ state: 'detached' });
    await voidDialog.waitFor({ state: 'detached' });
    await page.getByRole('grid').getByText('已作废').first().waitFor();
  });

  it('the front desk (王丽) is not offered 员工 or 审计日志, and a wrong PIN says only "PIN 不正确"', async () => {
    const { page } = session;
    await switchUser(page);
    await settle(page);
    await page.screenshot({ path: shot('sign-in') });
    await chooseStaff(page, demoStaff.frontdesk.name);
    await typePin(page, '9999');
    await page.getByRole('alert').getByText('PIN 不正确', { exact: true }).waitFor();
    expect(await page.getByLabel('PIN', { exact: true }).inputValue()).toBe('');
    await settle(page);
    await page.screenshot({ path: shot('sign-in-wrong-pin') });

    await typePin(page, demoStaff.frontdesk.pin);
    await signedInAs(page, demoStaff.frontdesk.name);
    const links = await navLinks(page).allTextContents();
    expect(links).toContain('电话记录');
    expect(links).not.toContain('员工');
    expect(links).not.toContain('审计日志');
    // Typing the address does not open it either.
    await page.goto('/#/staff');
    await page.getByText('您的角色不能使用此模块。').waitFor();
    expect(await page.getByRole('button', { name: '新建员工' }).count()).toBe(0);
  });

  it('锁定 returns to the PIN of the same person', async () => {
    const { page } = session;
    await lockScreen(page);
    await page.getByText(`${demoStaff.frontdesk.name},请输入 PIN`).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    await settle(page);
    await page.screenshot({ path: shot('locked') });
    await typePin(page, demoStaff.frontdesk.pin);
    await signedInAs(page, demoStaff.frontdesk.name);
  });

  it('five wrong PINs lock the account, and then even the right PIN is refused until the time shown', async () => {
    const { page } = session;
    await switchUser(page);
    await chooseStaff(page, demoStaff.warehouse.name);
    const pinField = page.getByLabel('PIN', { exact: true });
    // Each answer clears the field: wait for it, so every attempt reaches the check.
    const wrongPin = async () => {
      await typePin(page, '0000');
      await expect.poll(() => pinField.inputValue()).toBe('');
    };
    for (let i = 0; i < 4; i++) {
      await wrongPin();
      await page.getByRole('alert').getByText('PIN 不正确', { exact: true }).waitFor();
    }
    await wrongPin();
    const locked = page.getByRole('alert').getByText(/账号已锁定,请在 \d{2}:\d{2}:\d{2} 之后再试/);
    await locked.waitFor();
    await typePin(page, demoStaff.warehouse.pin);
    await expect.poll(() => pinField.inputValue()).toBe('');
    await locked.waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    await settle(page);
    await page.screenshot({ path: shot('sign-in-locked') });
  });

  it('locks by itself after the idle time set in settings (idleLockMinutes)', async () => {
    const { page } = session;
    await signInAs(page, supervisor.name, supervisor.pin);
    // 3 seconds instead of minutes: written straight into the settings table, then the app restarts.
    await page.evaluate(async () => {
      const open = indexedDB.open('shouhou-center');
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: 'idleLockMinutes', value: 0.05 });
      await new Promise<void>((ok) => (tx.oncomplete = () => ok()));
      db.close();
    });
    await page.reload();
    await signInAs(page, supervisor.name, supervisor.pin);
    // A half-typed call is left open when the clerk walks away: the lock keeps it for the same person.
    await nav(page, '电话记录');
    await page.getByRole('button', { name: '新建电话记录' }).click();
    await page.getByRole('dialog').getByLabel('内容').fill('锁屏前没保存的内容');
    await page.getByRole('heading', { name: '屏幕已锁定' }).waitFor({ timeout: 10_000 });
    await page.getByText(`${supervisor.name},请输入 PIN`).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await typePin(page, supervisor.pin);
    // Back in: the call dialog is open again with what was typed (it keeps the rest of the app inert).
    await page.getByRole('dialog').getByLabel('内容').waitFor();
    expect(await page.getByRole('dialog').getByLabel('内容').inputValue()).toBe('锁屏前没保存的内容');
  });
});

describe('automatic backups (Electron, window.api faked)', () => {
  it('backs up once after the first sign-in, and again when the window asks before quitting', async () => {
    const context = await session.browser.newContext({ baseURL: inject('baseUrl'), locale: 'zh-CN' });
    context.on('weberror', (e) => session.pageErrors.push(e.error().message));
    await context.addInitScript(fakeElectronApi);
    const page = await context.newPage();
    try {
      await page.goto('/');
      const backups = async () => (await readCapturedCalls(page)).filter((c) => c.channel === 'backup/write-auto');
      await page.getByRole('heading', { name: '创建主管账号' }).waitFor();
      expect(await page.evaluate(() => typeof Reflect.get(window, '__shouhouBeforeQuit'))).toBe('function');
      expect(await backups()).toHaveLength(0); // nothing before someone signs in
      await createSupervisorAndStart(page);
      await expect.poll(async () => (await backups()).length).toBe(1);
      expect(String((await backups())[0]?.args.fileName)).toMatch(/\.shbk$/);
      // Encrypted: main wrapped the backup's data key with this PC's device key (the key itself stays in main).
      expect((await readCapturedCalls(page)).map((c) => c.channel)).toContain('backup/wrap-key');

      // What Electron's main process runs on the window's first close.
      const result: unknown = await page.evaluate(() => {
        const hook: unknown = Reflect.get(window, '__shouhouBeforeQuit');
        return typeof hook === 'function' ? hook() : null;
      });
      expect(result).toMatchObject({ status: 'written' });
      expect(await backups()).toHaveLength(2);
      await switchUser(page);
      await signInAs(page, supervisor.name, supervisor.pin);
      await page.waitForTimeout(300);
      expect(await backups()).toHaveLength(2); // the daily check runs once per start

      // 设置: the supervisor sets a USB stick as the second backup folder, then stops using it.
      await nav(page, '设置');
      const unset = page.getByText('第二备份文件夹(如 U 盘):未设置');
      await unset.waitFor();
      await unset.locator('..').getByRole('button', { name: '选择文件夹…' }).click();
      await page.getByText('第二备份文件夹(如 U 盘):E:\\U盘备份').waitFor();
      await page.getByRole('button', { name: '不再使用' }).click();
      await page.getByText('第二备份文件夹(如 U 盘):未设置').waitFor();
      expect(await page.getByRole('button', { name: '不再使用' }).count()).toBe(0);
      const folderCalls = (await readCapturedCalls(page)).map((c) => c.channel).filter((c) => c.includes('second-folder'));
      expect(folderCalls).toEqual(['backup/choose-second-folder', 'backup/clear-second-folder']);
    } finally {
      await context.close();
    }
  });
});
