/** Small user-level steps shared by the E2E files, all through accessible roles and labels. */
import type { Page } from 'playwright-core';

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
