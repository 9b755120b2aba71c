/**
 * 设置 → 数据自检, in browser mode on the demo data: the supervisor starts the check, sees its progress
 * and then 「数据完整,未发现问题」. A clerk does not see the check at all (it reads every record and the
 * audit trail, as the audit log does). A customer written past the repositories (no audit entry) is
 * then listed by name with what is missing.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactsDir, openSession, type Session } from './browser';
import { createSupervisorAndStart, demoStaff, nav, settle, supervisor, switchUserTo } from './ui';

let session: Session;

beforeAll(async () => {
  session = await openSession(inject('baseUrl'));
  await session.page.clock.setFixedTime(new Date('2026-11-27T10:00:00+08:00'));
  await session.page.goto('/');
});

afterAll(async () => {
  await session?.close();
  expect(session?.pageErrors).toEqual([]);
});

describe('数据自检', () => {
  it('the supervisor checks the demo data and finds it complete', async () => {
    const { page } = session;
    await createSupervisorAndStart(page, { start: 'demo' });
    await nav(page, '设置');
    const section = page.getByRole('region', { name: '数据自检' });
    await section.scrollIntoViewIfNeeded();
    await section.getByRole('button', { name: '开始自检' }).click();
    await expect.poll(() => section.getByText('数据完整,未发现问题').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => section.getByText(/已检查 \d+ 条记录/).isVisible()).toBe(true);
    expect(await section.getByRole('list', { name: '发现的问题' }).count()).toBe(0);
    await section.getByRole('button', { name: '重新自检' }).waitFor();
    await settle(page);
    await section.screenshot({ path: resolve(artifactsDir, 'integrity-ok.png') });
    await page.screenshot({ path: resolve(artifactsDir, 'integrity-settings.png') });
  });

  it('a clerk has no data check in 设置', async () => {
    const { page } = session;
    await switchUserTo(page, demoStaff.frontdesk.name, demoStaff.frontdesk.pin);
    await nav(page, '设置');
    await page.getByRole('heading', { name: '设置', level: 1 }).waitFor();
    expect(await page.getByRole('region', { name: '数据自检' }).count()).toBe(0);
  });

  it('a record written without its audit entry is listed by name, in words', async () => {
    const { page } = session;
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open(localStorage.getItem('shouhou-center.activeDb') || 'shouhou-center');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('customers', 'readwrite');
            tx.objectStore('customers').add({ name: '未登记的客户', phones: [], searchKeys: [], type: 'ordinary', addresses: [], isKey: false, createdAt: 1, updatedAt: 1 });
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await switchUserTo(page, supervisor.name, supervisor.pin);
    await nav(page, '设置');
    const section = page.getByRole('region', { name: '数据自检' });
    await section.getByRole('button', { name: '开始自检' }).click();
    await expect.poll(() => section.getByText('发现 1 个问题').isVisible(), { timeout: 15_000 }).toBe(true);
    const list = section.getByRole('list', { name: '发现的问题' });
    expect(await list.getByText('审计日志', { exact: true }).count()).toBe(1);
    expect(await list.getByText('客户 未登记的客户:没有新建时的审计日志').count()).toBe(1);
    await settle(page);
    await section.screenshot({ path: resolve(artifactsDir, 'integrity-problem.png') });
  });
});
