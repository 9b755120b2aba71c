/** Small user-level steps shared by the E2E files, all through accessible roles and labels. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Ticks or unticks a row checkbox of a data grid. The grid applies a selection a moment after the
 * click, so Playwright's `check()` (which reads the state straight after clicking) can report
 * "did not change its state"; this clicks once and waits for the new state instead.
 */
export async function tickRow(box: Locator, checked = true): Promise<void> {
  // The element, not the locator: the box's label changes with its state (全选行 → 取消全选).
  const input = await box.elementHandle();
  if (!input) throw new Error('tickRow: the checkbox is not there');
  if ((await input.isChecked()) === checked) return;
  await input.click();
  await expect.poll(() => input.isChecked(), { timeout: 5000 }).toBe(checked);
}

/** Opens a module from the side navigation. */
export async function nav(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: label, exact: true }).waitFor();
}

/**
 * Types a date into an MUI X date field labelled `label`. The field is a group of spin buttons
 * (year, month, day): the user clicks into it, selects all sections and types the digits. Typing
 * into a field that is still settling can drop a key, so the result is read back and typed again.
 */
export async function fillDate(page: Page, label: string, isoDate: string): Promise<void> {
  const field = page.getByRole('group', { name: label, exact: true });
  const sections = field.getByRole('spinbutton');
  for (let attempt = 0; attempt < 3; attempt++) {
    await sections.first().click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(isoDate.replace(/-/g, ''), { delay: 20 });
    await page.keyboard.press('Tab');
    const typed = (await sections.allTextContents()).map((t) => t.trim()).join('-');
    if (typed === isoDate) return;
  }
  throw new Error(`could not type ${isoDate} into the date field ${label}`);
}

/** Waits until no CSS transition or animation is running (dialogs fade in), for steady screenshots. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** The first supervisor every E2E file creates on its fresh profile. */
export const supervisor = { name: '周主管', pin: '123456' } as const;

/** The demo data's staff (loadDemoData), by name → PIN. */
export const demoStaff = {
  frontdesk: { name: '王丽', pin: '1111' },
  warehouse: { name: '李强', pin: '2222' },
  logistics: { name: '赵敏', pin: '3333' },
  frontdeskLogistics: { name: '陈刚', pin: '4444' },
} as const;

/**
 * A fresh profile's start: 创建主管账号 (name, PIN twice), then the first-run dialog's choice — 从空白开始
 * (`blank`) or 载入示例数据 (`demo`, which also brings the demo staff). Ends signed in as the supervisor.
 */
export async function createSupervisorAndStart(
  page: Page,
  { name = supervisor.name, pin = supervisor.pin, start = 'blank' }: { name?: string; pin?: string; start?: 'blank' | 'demo' } = {},
): Promise<void> {
  await page.getByRole('heading', { name: '创建主管账号', exact: true }).waitFor();
  // Required fields' labels end in " *", hence the anchored patterns.
  await page.getByLabel(/^姓名/).fill(name);
  await page.getByLabel(/^PIN/).fill(pin);
  await page.getByLabel(/^再次输入 PIN/).fill(pin);
  await page.getByRole('button', { name: '创建并进入' }).click();
  const firstRun = page.getByRole('dialog', { name: '欢迎使用售后服务中心' });
  await firstRun.getByRole('button', { name: start === 'demo' ? '载入示例数据' : '从空白开始' }).click();
  await firstRun.waitFor({ state: 'detached' });
  await signedInAs(page, name);
}

/** Waits until the top bar says `name` is signed in. */
export async function signedInAs(page: Page, name: string): Promise<void> {
  await page.getByRole('banner').getByText(`当前用户:${name}`).waitFor();
}

/**
 * On the sign-in screen, picks `name` (from the list, or already offered after a lock) and leaves the
 * cursor in the PIN field. Another person offered after a lock is passed over with 换一个人.
 */
export async function chooseStaff(page: Page, name: string): Promise<void> {
  const list = page.getByRole('group', { name: '员工列表' });
  const pinField = page.getByLabel('PIN', { exact: true });
  await list.or(pinField).first().waitFor();
  if (await page.getByText(`${name},请输入 PIN`).isVisible()) return;
  if (!(await list.isVisible())) await page.getByRole('button', { name: '换一个人' }).click();
  await list.getByRole('button', { name }).click();
  await pinField.waitFor();
}

/** Types a PIN into the sign-in screen and presses Enter (no wait: the PIN may be refused). */
export async function typePin(page: Page, pin: string): Promise<void> {
  const field = page.getByLabel('PIN', { exact: true });
  await field.fill(pin);
  await field.press('Enter');
}

/** Signs `name` in from the sign-in screen and waits for the app. */
export async function signInAs(page: Page, name: string, pin: string): Promise<void> {
  await chooseStaff(page, name);
  await typePin(page, pin);
  await signedInAs(page, name);
}

/** 切换用户 in the top bar: back to the sign-in screen's list of names. */
export async function switchUser(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: '切换用户' }).click();
  await page.getByRole('group', { name: '员工列表' }).waitFor();
}

/** Switches to another person in one step. */
export async function switchUserTo(page: Page, name: string, pin: string): Promise<void> {
  await switchUser(page);
  await signInAs(page, name, pin);
}

/** 锁定 in the top bar: the sign-in screen, with the same person offered. */
export async function lockScreen(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: '锁定' }).click();
  await page.getByRole('heading', { name: '屏幕已锁定', exact: true }).waitFor();
}

/** 设置 → 备份密码: the supervisor sets (or changes) the backup password, typed twice. */
export async function setBackupPassword(page: Page, password: string): Promise<void> {
  await nav(page, '设置');
  const section = page.getByRole('region', { name: '备份密码' });
  await section.getByRole('button', { name: /^(设置|更改)备份密码…$/ }).click();
  const dialog = page.getByRole('dialog', { name: '设置备份密码' });
  await dialog.getByLabel(/^备份密码/).fill(password);
  await dialog.getByLabel(/^再次输入备份密码/).fill(password);
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
  await section.getByText(/^已设置备份密码/).waitFor();
}
