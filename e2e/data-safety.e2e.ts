/**
 * Keeping a center's data safe, in browser mode: a second tab waits while the app is open in the first
 * and goes on when it closes; a full disk (Chromium's quota for the site cut down through CDP) says
 * 磁盘空间不足 on the header, on 首页 and on a refused save, and the app still starts; a restore is
 * kept undoable in 设置 → 上次恢复 and 撤销上次恢复 brings back the data from before it; a data copy
 * left behind is listed in 设置 and removed there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifact, openSession, type Session } from './browser';
import { createSupervisorAndStart, nav, setBackupPassword, settle, signInAs, supervisor } from './ui';

const backupPath = resolve(tmpdir(), `data-safety-e2e-${process.pid}.shbk`);
const beforeBackup = '备份之前记的来电';
const afterBackup = '备份之后才记的来电';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await openSession(inject('baseUrl'));
  page = session.page;
  await page.goto('/');
});

afterAll(async () => {
  rmSync(backupPath, { force: true });
  await session?.close();
  expect(session?.pageErrors).toEqual([]);
});

const shot = (p: Page, name: string) => p.screenshot({ path: artifact(`data-safety-${name}.png`) });

async function approve(p: Page) {
  const dialog = p.getByRole('dialog').filter({ has: p.getByLabel('主管 PIN') });
  await dialog.getByLabel('主管 PIN').fill(supervisor.pin);
  await dialog.getByRole('button', { name: '签字确认' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

async function openCallEntry(p: Page, phone: string, content: string) {
  await nav(p, '电话记录');
  await p.getByRole('button', { name: '新建电话记录' }).click();
  const entry = p.getByRole('dialog', { name: '新建电话记录' });
  await entry.getByLabel('电话', { exact: true }).fill(phone);
  await entry.getByLabel('内容').fill(content);
  await entry.getByRole('button', { name: '保存' }).click();
  return entry;
}

async function logCall(p: Page, phone: string, content: string) {
  const entry = await openCallEntry(p, phone, content);
  await expect.poll(() => entry.count()).toBe(0);
  await p.getByRole('grid').getByText(content).waitFor();
}

/** The database names of this site, as the page sees them. */
const databaseNames = (p: Page) => p.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').sort());

describe('one live window per database (browser mode)', () => {
  it('a second tab says the app is open in another window, and goes on by itself once that window closes', async () => {
    await createSupervisorAndStart(page);
    await logCall(page, '13912345678', beforeBackup);
    const second = await session.context.newPage();
    await second.goto('/');
    await second.getByRole('heading', { name: '售后服务中心已在另一个窗口中打开' }).waitFor();
    await second.getByText('The service center app is open in another window').waitFor();
    // It never opened the data: no sign-in screen behind the message.
    expect(await second.getByRole('group', { name: '员工列表' }).count()).toBe(0);
    await settle(second);
    await shot(second, 'second-window');

    await page.close();
    page = second;
    await signInAs(page, supervisor.name, supervisor.pin);
    await nav(page, '电话记录');
    await page.getByRole('grid').getByText(beforeBackup).waitFor();
  });
});

describe('a full disk (browser mode)', () => {
  it('warns on the header and on 首页 when less than 1 GB is left for the data', async () => {
    // Chromium's estimate in a test profile ignores the CDP quota override: the page's estimate is set here.
    await page.addInitScript(() => {
      const left = sessionStorage.getItem('e2e.bytesLeft');
      if (left) Object.defineProperty(navigator.storage, 'estimate', { value: async () => ({ quota: Number(left), usage: 0 }) });
    });
    await page.evaluate(() => sessionStorage.setItem('e2e.bytesLeft', String(600 * 1024 ** 2)));
    await page.reload();
    await signInAs(page, supervisor.name, supervisor.pin);
    await nav(page, '首页');
    const warning = page.getByRole('alert', { name: '磁盘空间不足' }).filter({ hasText: '数据所在磁盘只剩 0.6 GB 可用空间(不足 1 GB)' });
    await expect.poll(() => warning.count()).toBe(2); // the header's and 首页's
    await settle(page);
    await shot(page, 'low-space-home');
    await page.evaluate(() => sessionStorage.removeItem('e2e.bytesLeft'));
    await page.reload();
    await signInAs(page, supervisor.name, supervisor.pin);
    await expect.poll(() => page.getByRole('alert', { name: '磁盘空间不足' }).count()).toBe(0);
  });

  it('a PC whose disk is full starts cleanly, says 磁盘空间不足 on the header and 首页, and a save is refused in words with nothing written', async () => {
    // Chromium applies a quota override only before the site's storage is first used in a browser
    // run: the data is made in one run of a profile, the disk is "full" from the start of the next.
    const profile = mkdtempSync(resolve(tmpdir(), 'data-safety-full-'));
    const launch = () => chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], baseURL: inject('baseUrl'), locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
    try {
      const first = await launch();
      const setup = first.pages()[0] ?? (await first.newPage());
      await setup.goto('/');
      await createSupervisorAndStart(setup);
      await logCall(setup, '13912345678', beforeBackup);
      await first.close();

      const full = await launch();
      const errors: string[] = [];
      full.on('weberror', (e) => errors.push(e.error().message));
      const p = full.pages()[0] ?? (await full.newPage());
      const cdp = await full.newCDPSession(p);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(inject('baseUrl')).origin, quotaSize: 1 });
      await p.goto('/');
      await signInAs(p, supervisor.name, supervisor.pin);
      await nav(p, '首页');
      // The start's own small writes were refused: the warning is up before anyone saves anything.
      const warning = p.getByRole('alert', { name: '磁盘空间不足' });
      await expect.poll(() => warning.count()).toBe(2);
      const entry = await openCallEntry(p, '13800138000', '磁盘满时记的来电');
      await entry.getByText('磁盘空间不足,这次没有保存任何内容', { exact: false }).waitFor();
      expect(await entry.getByText('QuotaExceededError', { exact: false }).count()).toBe(0);
      await settle(p);
      await shot(p, 'disk-full-save');
      await entry.getByRole('button', { name: '取消' }).click();
      await p.getByRole('grid').getByText(beforeBackup).waitFor();
      await expect.poll(() => p.getByRole('grid').getByText('磁盘满时记的来电').count()).toBe(0);
      expect(errors).toEqual([]);
      await full.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('an undoable restore (browser mode)', () => {
  it('backs up, logs one more call, and restores the backup', async () => {
    // A browser encrypts its backups with the backup password only: none can be made before it is set.
    await setBackupPassword(page, '售后中心-备份-2026');
    await nav(page, '设置');
    const section = page.getByRole('region', { name: '备份与恢复' });
    const downloading = page.waitForEvent('download');
    await section.getByRole('button', { name: '立即备份' }).click();
    await (await downloading).saveAs(backupPath);
    await logCall(page, '13800138000', afterBackup);

    await nav(page, '设置');
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '从文件恢复…' }).click();
    await (await choosing).setFiles(backupPath);
    const dialog = page.getByRole('dialog', { name: '从备份文件恢复' });
    // The call logged after the backup has its audit entry, which the restore takes away: said and ticked.
    await dialog.getByLabel(/^我确认恢复后这 \d+ 条审计记录将会消失$/).check();
    const reloaded = page.waitForEvent('load');
    await dialog.getByRole('button', { name: '恢复并请主管签字' }).click();
    await approve(page);
    await dialog.getByText('恢复完成', { exact: false }).waitFor();
    await reloaded;
    await signInAs(page, supervisor.name, supervisor.pin);
    await nav(page, '电话记录');
    await page.getByRole('grid').getByText(beforeBackup).waitFor();
    await expect.poll(() => page.getByRole('grid').getByText(afterBackup).count()).toBe(0);
    // The data from before the restore is still on disk, beside the restored data.
    expect((await databaseNames(page)).filter((n) => n.startsWith('shouhou-center')).length).toBe(3);
  });

  it('设置 shows the last restore with 撤销上次恢复; the undo (supervisor signs) brings back the call logged after the backup', async () => {
    await nav(page, '设置');
    const last = page.getByRole('region', { name: '上次恢复' });
    await last.getByText(/从备份文件".+\.shbk"恢复了数据。恢复前的数据保留到/).waitFor();
    await settle(page);
    await last.screenshot({ path: artifact('data-safety-last-restore.png') });
    const reloaded = page.waitForEvent('load');
    await last.getByRole('button', { name: '撤销上次恢复' }).click();
    await page.getByRole('dialog').getByText('恢复以来录入的', { exact: false }).waitFor();
    await approve(page);
    await page.getByText('已撤销,正在打开恢复前的数据', { exact: false }).waitFor();
    await reloaded;
    await signInAs(page, supervisor.name, supervisor.pin);
    await nav(page, '电话记录');
    await page.getByRole('grid').getByText(afterBackup).waitFor();
    await nav(page, '审计日志');
    const firstRow = page.getByRole('grid', { name: '审计日志列表' }).getByRole('row').nth(1);
    await firstRow.getByText('撤销恢复', { exact: true }).waitFor();
    await nav(page, '设置');
    await expect.poll(() => page.getByRole('region', { name: '上次恢复' }).count()).toBe(0);
  });
});

describe('unused data copies (browser mode)', () => {
  it('a copy an interrupted restore left behind is listed in 设置 with its rows, and 删除 removes it', async () => {
    // Named as a restore names its staging copy: the time it started, in base 36, and a random tail.
    const name = `shouhou-center-${Date.now().toString(36)}-abc123`;
    await page.evaluate(
      (n) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open(n, 70);
          open.onupgradeneeded = () => open.result.createObjectStore('customers', { autoIncrement: true });
          open.onsuccess = () => {
            const tx = open.result.transaction('customers', 'readwrite');
            tx.objectStore('customers').add({ name: '半截导入' });
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
          };
          open.onerror = () => fail(open.error);
        }),
      name,
    );
    await page.reload();
    await signInAs(page, supervisor.name, supervisor.pin);
    await nav(page, '设置');
    const section = page.getByRole('region', { name: '未使用的数据副本' });
    const list = section.getByRole('list', { name: '未使用的数据副本列表' });
    await list.getByText(name).waitFor();
    await list.getByText('1 条记录', { exact: false }).waitFor();
    await settle(page);
    await section.screenshot({ path: artifact('data-safety-leftovers.png') });
    await list.getByRole('button', { name: `删除数据副本 ${name}` }).click();
    await page.getByText(`已删除数据副本 ${name}`).waitFor();
    await expect.poll(() => section.count()).toBe(0);
    expect(await databaseNames(page)).not.toContain(name);
  });
});
