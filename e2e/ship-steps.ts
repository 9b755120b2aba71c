/**
 * The shipping steps of one document open in 发货 › 发货办理 (a shipping slip or a courier exchange: the
 * workspace is the same), walked as a signed-in user who may take every step: the shipping list
 * handed over (with the SHP-1 call when the order is doubtful), picking, the two-person count
 * (OUT-4), the waybill printed and registered (SHP-2), and 发货过账. Used by the E2E files that need a
 * parcel on its way without re-proving each step (slips.e2e.ts proves them one by one).
 */
import type { Locator, Page } from 'playwright-core';
import { demoStaff, settle } from './ui';

/** Waits for the notice bar with `text` and closes it, so it covers nothing the next step clicks. */
export async function closeNotice(page: Page, text: string | RegExp): Promise<void> {
  const bar = page.locator('.MuiSnackbar-root').filter({ hasText: text }).first();
  await bar.waitFor();
  await bar.locator('.MuiAlert-action button').click();
  await bar.waitFor({ state: 'detached' });
}

/** The entry of 待发货 for the document numbered `no` (slips and courier exchanges side by side). */
export function shipListEntry(page: Page, no: string): Locator {
  return page.getByRole('list', { name: '待发货的购销单和换货单' }).getByRole('button').filter({ hasText: no });
}

/** Opens 录入清点, types the counts by product code, and confirms as `who` with their PIN. */
export async function countAs(page: Page, counts: Record<string, string>, who: { name: string; pin: string }): Promise<void> {
  await page.getByRole('region', { name: '两人清点' }).getByRole('button', { name: '录入清点' }).click();
  const dialog = page.getByRole('dialog', { name: '清点数量' });
  for (const [code, qty] of Object.entries(counts)) await dialog.getByRole('textbox', { name: new RegExp(`^实点 ${code} `) }).fill(qty);
  await dialog.getByRole('button', { name: '确定' }).click();
  const person = page.getByRole('dialog', { name: '清点人确认' });
  await person.getByRole('combobox', { name: '确认人' }).click();
  await page.getByRole('option', { name: who.name, exact: true }).click();
  await person.getByLabel('PIN').fill(who.pin);
  await person.getByRole('button', { name: '确认' }).click();
  await person.waitFor({ state: 'detached' });
}

export interface ShipOptions {
  /** Counted quantity per product code (both counters count the same). */
  counts: Record<string, string>;
  trackingNo: string;
  /** Called once the shipping list is on screen (a screenshot, checks of what it says). */
  onList?: () => Promise<void>;
}

/** Takes the open document from its shipping list to 发货过账; returns the outbound slip number. */
export async function shipOpenDocument(page: Page, o: ShipOptions): Promise<string> {
  const list = page.getByRole('region', { name: '发货明细表' });
  await list.getByLabel('姓名').waitFor();
  await o.onList?.();
  await list.getByRole('button', { name: '保存发货明细表' }).click();
  await closeNotice(page, '发货明细表已保存');
  // SHP-1: a doubtful order (a new customer, another recipient …) is refused until it is confirmed by phone.
  await list.getByRole('button', { name: '交库房配货' }).click();
  const handedOver = page.locator('.MuiSnackbar-root').filter({ hasText: '发货明细表已交库房' }).first();
  const refused = page.getByRole('alert').filter({ hasText: '该订单须先电话与客户确认' }).first();
  await handedOver.or(refused).first().waitFor();
  if (!(await handedOver.isVisible())) {
    const doubts = page.getByRole('alert').filter({ hasText: '该订单须先电话与客户确认' });
    await doubts.getByRole('button', { name: '电话确认' }).click();
    const call = page.getByRole('dialog', { name: '电话确认订单' });
    await call.getByRole('checkbox', { name: '已核对客户联系方式与订单一致' }).check();
    await call.getByRole('button', { name: '记录确认电话' }).click();
    await call.waitFor({ state: 'detached' });
    await list.getByText(/^已电话确认:/).waitFor();
    await list.getByRole('button', { name: '交库房配货' }).click();
  }
  await closeNotice(page, '发货明细表已交库房');

  await page.getByRole('region', { name: '配货' }).getByRole('button', { name: '开始配货' }).click();
  await closeNotice(page, '已开始配货');
  await countAs(page, o.counts, demoStaff.logistics);
  await closeNotice(page, `已记录 ${demoStaff.logistics.name} 的清点`);
  await countAs(page, o.counts, demoStaff.warehouse);
  await closeNotice(page, `已记录 ${demoStaff.warehouse.name} 的清点`);
  await page.getByRole('region', { name: '两人清点' }).getByText('清点 2/2').waitFor();

  const waybill = page.getByRole('region', { name: '快递单' });
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await waybill.getByRole('button', { name: '打印快递单' }).click();
  const preview = page.getByRole('dialog', { name: /打印预览/ });
  await preview.getByText('第 1 / 1 页', { exact: true }).waitFor();
  await settle(page);
  await preview.getByRole('button', { name: '打印', exact: true }).click();
  await preview.getByRole('button', { name: '关闭' }).first().click();
  await waybill.getByText(/^快递单已打印 /).waitFor();
  await waybill.getByRole('textbox', { name: '快递单号(可扫码)' }).fill(o.trackingNo);
  await waybill.getByRole('checkbox', { name: '第三联已留存' }).check();
  await waybill.getByRole('button', { name: '登记快递单' }).click();
  await closeNotice(page, '快递单已登记');

  const post = page.getByRole('region', { name: '发货过账' });
  await post.getByRole('button', { name: '发货过账' }).click();
  const bar = page.locator('.MuiSnackbar-root').filter({ hasText: /^已发货过账,出库单 / }).first();
  await bar.waitFor();
  const docNo = /出库单 (\S+)/.exec((await bar.textContent()) ?? '')?.[1] ?? '';
  await closeNotice(page, /^已发货过账,出库单 /);
  await post.getByText(new RegExp(`^已发货过账:.* ${o.trackingNo}$`)).waitFor();
  return docNo;
}
