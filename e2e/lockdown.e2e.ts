/**
 * The installed app's file safety as the renderer lives it, in Electron mode (the fake window.api
 * stands in for main): the backup before the first start of a new version, and a file name main
 * refuses, worded on screen.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { artifactsDir, openSession, type Session } from './browser';
import { fakeElectronApi, readCapturedCalls } from './fake-electron-api';
import { createSupervisorAndStart, nav, settle, signInAs, supervisor } from './ui';

let session: Session;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await openSession(inject('baseUrl'));
  context = await session.browser.newContext({ baseURL: inject('baseUrl'), locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 768 } });
  context.on('weberror', (e) => session.pageErrors.push(e.error().message));
  await context.addInitScript(fakeElectronApi);
  page = await context.newPage();
  await page.goto('/');
  await createSupervisorAndStart(page, { start: 'demo' });
});

afterAll(async () => {
  await context?.close();
  await session?.close();
  expect(session.pageErrors).toEqual([]);
});

const shot = (name: string) => page.screenshot({ path: resolve(artifactsDir, `lockdown-${name}.png`) });

describe('lock-down', () => {
  it('backs the records up before the first start of a new version, once, before the database opens', async () => {
    await page.evaluate(() => sessionStorage.setItem('e2e.newVersion', '1'));
    await page.reload();
    await signInAs(page, supervisor.name, supervisor.pin);
    const started = (await readCapturedCalls(page)).filter((c) => c.channel === 'backup/version-started');
    expect(started).toHaveLength(1);
    expect(started[0]?.args.upgradeBackup).toMatchObject({
      fileName: expect.stringMatching(/^售后服务中心-升级前备份-0\.0\.0-e2e-\d{4}-\d{2}-\d{2}-\d{6}\.shbk$/),
      magic: 'SHBK2',
    });
    // The demo data is in it: far more than an empty database's backup.
    expect(Number((started[0]?.args.upgradeBackup as { size?: unknown } | undefined)?.size)).toBeGreaterThan(2000);
    const channels = (await readCapturedCalls(page)).map((c) => c.channel);
    expect(channels.indexOf('backup/version-check')).toBeLessThan(channels.indexOf('backup/version-started'));

    // The next start of the same version backs nothing up again.
    await page.reload();
    await signInAs(page, supervisor.name, supervisor.pin);
    const calls = await readCapturedCalls(page);
    expect(calls.filter((c) => c.channel === 'backup/version-check')).toHaveLength(1);
    expect(calls.filter((c) => c.channel === 'backup/version-started')).toHaveLength(0);
  });

  it('words a file name the main process refuses, and registers no export', async () => {
    await page.evaluate(() => sessionStorage.setItem('e2e.refuseFileNames', '1'));
    await nav(page, '导出');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const message = page.getByText('导出失败,未登记导出记录:不允许保存这种文件类型,只能保存为 .xlsx 文件,文件未保存');
    await message.waitFor();
    expect(await page.getByText('(main)').count()).toBe(0);
    await settle(page);
    await shot('refused-file-name');
    await page.evaluate(() => sessionStorage.removeItem('e2e.refuseFileNames'));
    const registry = page.getByRole('grid', { name: '导出记录列表' });
    await registry.waitFor();
    expect(await registry.getByRole('row').filter({ hasText: '.xlsx' }).count()).toBe(0);
  });
});
