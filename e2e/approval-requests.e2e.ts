/**
 * A request that waits for the supervisor (issue 8, WH-1), in browser mode with the clock fixed at
 * 18:30 on 2026-11-27: the warehouse keeper 李强 settles the day, then — no supervisor at the desk —
 * asks for it to be reopened (a blank reason is refused at the field, nothing written). The supervisor
 * signs in: the Today board shows 重开申请 1; the card opens the settlement screen, where the supervisor
 * approves with their own PIN and the day is reopened. Then SVC-2: the clerk 王丽 submits a change of a
 * planned visit for approval instead of signing on the spot; the supervisor sees 待批准派工变更 1 and
 * approves it on the dispatch board, where the visit moves to the added technician.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './browser';
import { createSupervisorAndStart, demoStaff, nav, settle, supervisor, switchUserTo } from './ui';

const shotsDir = process.env.SHOTS_DIR ?? '/tmp';
/** Asia/Shanghai (the browser context's zone): after the 18:00 settlement time. */
const evening = new Date('2026-11-27T18:30:00+08:00');
const day = '2026-11-27';

let session: Session;

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  session = await openSession(inject('baseUrl'));
  await session.page.clock.setFixedTime(evening);
  await session.page.goto('/');
});

afterAll(async () => {
  await session?.close();
  expect(session?.pageErrors).toEqual([]);
});

const shot = async (page: Page, name: string) => {
  await settle(page);
  await page.screenshot({ path: resolve(shotsDir, `appr-${name}.png`) });
};
/** A notice in the snackbar, by its text (a drawer being modal hides it from the accessibility tree). */
const notice = (page: Page, text: string) => page.locator('.MuiSnackbar-root').filter({ hasText: text }).first().waitFor();
const requestList = (page: Page) => page.getByRole('list', { name: '重开申请' });
const requestItem = (page: Page): Locator => requestList(page).getByRole('listitem', { name: `重开 ${day}` });

describe('a reopen request waits for the supervisor (WH-1)', () => {
  it('the warehouse keeper settles the day', async () => {
    const { page } = session;
    await createSupervisorAndStart(page, { start: 'demo' });
    await switchUserTo(page, demoStaff.warehouse.name, demoStaff.warehouse.pin);
    await nav(page, '产品与库存');
    await page.getByRole('tab', { name: '日结', exact: true }).click();
    await page.getByRole('button', { name: '日结', exact: true }).click();
    await notice(page, `${day} 已日结`);
    await requestList(page).or(page.getByText('近期没有重开申请')).first().waitFor();
  });

  it('WH-1: with no supervisor at the desk the keeper asks for the reopen; a blank reason is refused at the field', async () => {
    const { page } = session;
    // The keeper may not approve: the on-the-spot reopen asks for a supervisor's PIN, the request does not.
    await page.getByRole('button', { name: '申请主管重开' }).click();
    const dialog = page.getByRole('dialog', { name: `申请主管重新开启 ${day}` });
    await dialog.getByRole('button', { name: '申请主管重开' }).click();
    await dialog.getByText('请填写重新开启的原因').waitFor();
    expect(await page.getByText('近期没有重开申请').count()).toBe(1);

    await dialog.getByLabel(/^重新开启原因/).fill('漏录一张退货入库单');
    await dialog.getByRole('button', { name: '申请主管重开' }).click();
    await notice(page, '申请已提交,等待主管批准');
    await requestItem(page).getByText('等待主管').waitFor();
    await requestItem(page).getByText('原因:漏录一张退货入库单').waitFor();
    // Only the supervisor decides; the keeper may withdraw.
    expect(await requestItem(page).getByRole('button', { name: '批准' }).count()).toBe(0);
    await requestItem(page).getByRole('button', { name: '撤回' }).waitFor();
  });

  it('WH-1: the supervisor sees 重开申请 1 on the Today board; the card opens the settlement screen', async () => {
    const { page } = session;
    await switchUserTo(page, supervisor.name, supervisor.pin);
    await nav(page, '首页');
    const card = page.locator('[data-item="reopenRequests"]');
    await expect.poll(() => card.getAttribute('aria-busy')).toBe('false');
    await card.getByText('重开申请', { exact: true }).waitFor();
    expect(((await card.locator('[data-figure]').textContent()) ?? '').trim()).toBe('1');
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'board');

    await card.getByRole('link').click();
    await page.getByRole('tab', { name: '日结', exact: true, selected: true }).waitFor();
    await requestItem(page).getByText('李强 于 2026-11-27 18:30 申请').waitFor();
    await requestItem(page).getByRole('button', { name: '批准' }).waitFor();
    await shot(page, 'settlement');
  });

  it('WH-1: the supervisor approves with their own PIN: the day is reopened and the request marked approved', async () => {
    const { page } = session;
    await requestItem(page).getByRole('button', { name: '批准' }).click();
    const approval = page.getByRole('dialog', { name: `批准重开 ${day}` });
    await approval.getByText('批准 李强 的申请,重新开启 2026-11-27。原因:漏录一张退货入库单').waitFor();
    await approval.getByLabel('主管 PIN').fill(supervisor.pin);
    await approval.getByRole('button', { name: '签字确认' }).click();
    await notice(page, '申请已批准并执行');
    await requestItem(page).getByText('已批准', { exact: true }).waitFor();
    await page.getByRole('list', { name: '已日结日期' }).getByText('已重新开启').waitFor();
    await page.getByRole('button', { name: '日结', exact: true }).waitFor();
    await shot(page, 'approved');

    await nav(page, '首页');
    const card = page.locator('[data-item="reopenRequests"]');
    await expect.poll(async () => ((await card.locator('[data-figure]').textContent()) ?? '').trim()).toBe('0');
  });

  it('SVC-2: the clerk submits a dispatch change for approval instead of signing on the spot; a blank reason is refused', async () => {
    const { page } = session;
    await seedDispatchedRequest(page);
    await switchUserTo(page, demoStaff.frontdesk.name, demoStaff.frontdesk.pin);
    await nav(page, '服务');
    await page.getByRole('tab', { name: '调度', exact: true }).click();
    await page.getByRole('button', { name: `${requestNo} 张伟` }).click();
    const drawer = page.getByRole('dialog', { name: `服务需求 ${requestNo}` });
    await drawer.getByRole('button', { name: '变更派工' }).click();
    const change = page.getByRole('dialog', { name: `变更派工 · ${requestNo}` });
    await change.getByRole('combobox', { name: /^技术员/ }).click();
    await page.getByRole('option', { name: demoStaff.frontdeskLogistics.name, exact: true }).click();
    await change.getByRole('button', { name: '提交申请,主管稍后审批' }).click();
    await change.getByText('变更派工计划须填写原因').waitFor();
    await change.getByLabel(/^变更原因/).fill('王丽一人搬不动净水器,加派陈刚');
    await change.getByRole('button', { name: '提交申请,主管稍后审批' }).click();
    await notice(page, '申请已提交,等待主管批准');
    await drawer.getByRole('button', { name: '关闭' }).first().click();
    const item = dispatchItem(page);
    await item.getByText('等待主管').waitFor();
    await item.getByText('原计划:2026-11-28 09:00,王丽').waitFor();
    expect(await item.getByRole('button', { name: '批准' }).count()).toBe(0);
  });

  it('SVC-2: the supervisor sees 待批准派工变更 1 and approves on the dispatch board; the visit moves', async () => {
    const { page } = session;
    await switchUserTo(page, supervisor.name, supervisor.pin);
    await nav(page, '首页');
    const card = page.locator('[data-item="dispatchChanges"]');
    await expect.poll(async () => ((await card.locator('[data-figure]').textContent()) ?? '').trim()).toBe('1');
    await card.getByRole('link').click();
    const item = dispatchItem(page);
    await item.getByRole('button', { name: '驳回' }).waitFor();
    await shot(page, 'dispatch-panel');
    await item.getByRole('button', { name: '批准' }).click();
    const approval = page.getByRole('dialog', { name: `批准派工变更 ${requestNo}` });
    await approval.getByLabel('主管 PIN').fill(supervisor.pin);
    await approval.getByRole('button', { name: '签字确认' }).click();
    await notice(page, '申请已批准并执行');
    // Approved: the panel empties (it lists waiting and declined changes) and the visit shows for both technicians.
    await expect.poll(() => page.getByRole('list', { name: '待批准的派工变更' }).count()).toBe(0);
    const board = page.getByRole('table', { name: '服务调度' });
    const row = board.getByRole('row').filter({ has: page.getByRole('rowheader', { name: demoStaff.frontdeskLogistics.name }) });
    await row.getByRole('button', { name: `${requestNo} 张伟` }).waitFor();
  });
});

const requestNo = 'FW20261127-001';
const dispatchItem = (page: Page): Locator => page.getByRole('list', { name: '待批准的派工变更' }).getByRole('listitem').filter({ hasText: requestNo });

/**
 * A request already analysed and dispatched to 王丽 for tomorrow 09:00, written straight into the
 * app's IndexedDB in the shape service-requests-repo stores (its registration is service.e2e.ts's part).
 */
async function seedDispatchedRequest(page: Page): Promise<void> {
  const plannedAt = new Date('2026-11-28T09:00:00+08:00').getTime();
  await page.evaluate(async ({ no, plannedAt, createdAt, tech }) => {
    const name = localStorage.getItem('shouhou-center.activeDb') ?? 'shouhou-center';
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const staff = await new Promise<{ id: number; name: string }[]>((ok, fail) => {
      const req = db.transaction('staff').objectStore('staff').getAll();
      req.onsuccess = () => ok(req.result as { id: number; name: string }[]);
      req.onerror = () => fail(req.error);
    });
    const techId = staff.find((s) => s.name === tech)?.id;
    if (techId === undefined) throw new Error(`no staff ${tech}`);
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('serviceRequests', 'readwrite');
      tx.objectStore('serviceRequests').add({
        no, contact: '张伟', phone: '13800138000', address: '北京市朝阳区建国路 88 号', serialNo: '', problem: '净水器不出水', priority: 3,
        status: 'dispatched', analysis: { likelyCause: '滤芯堵塞', referenceSolution: '更换滤芯', materials: '滤芯' },
        dispatch: { technicianIds: [techId], plannedAt }, dispatchChanges: [], createdAt, plannedDay: '2026-11-28',
      });
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, { no: requestNo, plannedAt, createdAt: evening.getTime(), tech: demoStaff.frontdesk.name });
}
