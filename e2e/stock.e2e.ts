/**
 * Products and the stock ledger, walked as the supervisor in browser mode with the clock fixed on one
 * day: create products (a code in use and a negative safety stock are refused at the field), find one
 * by pinyin initials, receive a delivery with a short count confirmed by a second person's PIN (IN-2)
 * and see the discrepancy it created (IN-3), handle it, see the reorder alert (IN-1), then settle the
 * day at 18:30 (WH-1: refused before 18:00), print its report and reopen it with approval; then a
 * customer return (IN-4), an exchange refused for a test chamber without a quality problem (OUT-6),
 * a stock take posted with approval (WH-2), and a product import that writes nothing until it is clean.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import * as XLSX from 'xlsx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifact, openSession, type Session } from './browser';
import { a4DeviationPt, compact, readPdf } from './pdf';
import { shipListEntry, shipOpenDocument } from './ship-steps';
import { createSupervisorAndStart, demoStaff, nav, settle, supervisor, switchUserTo } from './ui';

const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots';
/** Asia/Shanghai (the browser context's zone): 10:00 and 18:30 on 2026-11-27. */
const morning = new Date('2026-11-27T10:00:00+08:00');
const evening = new Date('2026-11-27T18:30:00+08:00');

let session: Session;

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  session = await openSession(inject('baseUrl'));
  await session.page.clock.setFixedTime(morning);
  await session.page.goto('/');
});

afterAll(async () => {
  await session?.close();
  expect(session?.pageErrors).toEqual([]);
});

const shot = (page: Page, name: string) => page.screenshot({ path: resolve(shotsDir, `stock-${name}.png`) });
/** The screens this file is asked to show (faulty stock, slips, the reconciliation, the approval list) go to e2e/artifacts. */
const keep = (page: Page, name: string) => page.screenshot({ path: artifact(`stock-${name}.png`) });
const approvalDialog = (page: Page) => page.getByRole('dialog').filter({ has: page.getByLabel('主管 PIN') });

async function stubPrint(page: Page) {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
}
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
const notice = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text }).first().waitFor();

/** Types into the product picker labelled `label` and takes the option starting with `code`. */
async function pickProduct(page: Page, scope: ReturnType<Page['getByRole']>, label: string, typed: string, code: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).fill(typed);
  await page.getByRole('option', { name: new RegExp(`^${code} `) }).click();
}

async function createProduct(page: Page, fields: Record<string, string>) {
  await page.getByRole('button', { name: '新建产品' }).click();
  const dialog = page.getByRole('dialog', { name: '新建产品' });
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(new RegExp(`^${label}`)).fill(value);
  return dialog;
}

describe('products and stock (browser mode)', () => {
  it('creates the supervisor with the demo staff and opens 产品与库存', async () => {
    const { page } = session;
    await createSupervisorAndStart(page, { start: 'demo' });
    await nav(page, '产品与库存');
    await page.getByRole('tab', { name: '产品', exact: true, selected: true }).waitFor();
  });

  it('creates products; a code in use and a negative safety stock are refused at the field', async () => {
    const { page } = session;
    const first = await createProduct(page, { 产品编码: 'lx-01', 产品名称: '滤芯', 单位: '个', 库位: 'A-01', 安全库存: '5' });
    await first.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => first.count()).toBe(0);
    await notice(page, '产品已保存');

    const second = await createProduct(page, { 产品编码: 'LX-01', 产品名称: '试验箱', 单位: '台', 库位: 'B-02', 安全库存: '-1' });
    await second.getByRole('button', { name: '保存' }).click();
    await second.getByText('该产品编码已被使用,请换一个编码').waitFor();
    await second.getByText('数量不能为负数').waitFor();
    await second.getByLabel(/^产品编码/).fill('SYX-01');
    await second.getByLabel(/^安全库存/).fill('1');
    await second.getByRole('checkbox', { name: '试验箱' }).check();
    // OUT-5: a test chamber is self-pickup only, shown ticked and fixed.
    await expect.poll(() => second.getByRole('checkbox', { name: '仅限自提' }).isChecked()).toBe(true);
    await second.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => second.count()).toBe(0);

    const grid = page.getByRole('grid', { name: '产品列表' });
    await grid.getByText('LX-01').waitFor();
    await grid.getByText('SYX-01').waitFor();
  });

  it('finds a product by its pinyin initials', async () => {
    const { page } = session;
    const grid = page.getByRole('grid', { name: '产品列表' });
    await page.getByLabel('搜索产品(编码、名称、拼音)').fill('syx');
    await expect.poll(() => grid.getByText('LX-01').count()).toBe(0);
    await grid.getByRole('gridcell', { name: '试验箱', exact: true }).first().waitFor();
    await page.getByLabel('搜索产品(编码、名称、拼音)').fill('');
    await grid.getByText('LX-01').waitFor();
    await settle(page);
    await shot(page, 'products');
  });

  it('IN-2/IN-3: receives a delivery with a short count, confirmed by a second person, and shows the discrepancy', async () => {
    const { page } = session;
    await tab(page, '入库');
    await page.getByRole('button', { name: '到货入库' }).click();
    const dialog = page.getByRole('dialog', { name: '到货入库' });
    await dialog.getByLabel(/^送货单号/).fill('SH-8899');
    await dialog.getByText(`收货人:${supervisor.name}(当前登录)`).waitFor();
    await pickProduct(page, dialog, '产品', 'lx', 'LX-01');
    await dialog.getByLabel('送货单数量').fill('10');
    await dialog.getByLabel('实点数量').fill('-8');
    await dialog.getByRole('button', { name: '请库管员确认入库' }).click();
    await dialog.getByText('数量不能为负数').waitFor();
    await dialog.getByLabel('实点数量').fill('8');
    await dialog.getByText('短少 2', { exact: false }).waitFor();
    await settle(page);
    await shot(page, 'receiving');

    await dialog.getByRole('button', { name: '请库管员确认入库' }).click();
    const confirm = page.getByRole('dialog', { name: '库管员确认' });
    await confirm.getByRole('combobox', { name: '确认人' }).getByText(demoStaff.warehouse.name).waitFor();
    await confirm.getByLabel('确认人 PIN').fill('0000');
    await confirm.getByRole('button', { name: '确认' }).click();
    await confirm.getByText('PIN 不正确', { exact: false }).waitFor();
    await confirm.getByLabel('确认人 PIN').fill(demoStaff.warehouse.pin);
    await confirm.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => confirm.count()).toBe(0);

    const result = page.getByRole('dialog', { name: '入库单 RK20261127-001 已入库' });
    await result.getByText(`收货人 ${supervisor.name},库管员 ${demoStaff.warehouse.name}`).waitFor();
    await result.getByText('已记录 1 条到货差异', { exact: false }).waitFor();
    await settle(page);
    await shot(page, 'receipt-result');
    await result.getByRole('button', { name: '查看差异' }).click();

    await page.getByRole('tab', { name: '差异', selected: true }).waitFor();
    const row = page.getByRole('grid', { name: '到货差异列表' }).getByRole('row').filter({ hasText: 'RK20261127-001' });
    await row.getByText('-2', { exact: true }).waitFor();
    await row.getByText('待处理').waitFor();
  });

  it('IN-1: stock takes the counted quantity; the test chamber at its safety level is on the reorder list', async () => {
    const { page } = session;
    await tab(page, '库存');
    const grid = page.getByRole('grid', { name: '库存列表' });
    const lx = grid.getByRole('row').filter({ hasText: 'LX-01' });
    await lx.getByRole('gridcell', { name: '8', exact: true }).waitFor();
    await grid.getByRole('row').filter({ hasText: 'SYX-01' }).getByText('待补货').waitFor();
    await settle(page);
    await shot(page, 'stock');
    // The demo data has its own low products: the counts are not fixed, the test chamber's row is.
    await page.getByTestId('reorder-count').getByText(/^共 \d+ 种产品到或低于安全库存$/).waitFor();
    await page.getByRole('alert').filter({ hasText: /^\d+ 种产品已到或低于安全库存/ }).waitFor();
    await page.getByLabel('只看待补货').check();
    await expect.poll(() => grid.getByRole('row').filter({ hasText: 'LX-01' }).count()).toBe(0);
    await grid.getByRole('row').filter({ hasText: 'SYX-01' }).waitFor();
  });

  it('IN-3: the supervisor handles the discrepancy with a note', async () => {
    const { page } = session;
    await tab(page, '差异');
    const grid = page.getByRole('grid', { name: '到货差异列表' });
    await grid.getByRole('row').filter({ hasText: 'RK20261127-001' }).getByRole('button', { name: '处理' }).click();
    const dialog = page.getByRole('dialog', { name: '处理到货差异' });
    await dialog.getByRole('button', { name: '处理' }).click();
    await dialog.getByText('请填写处理结果', { exact: false }).waitFor();
    await dialog.getByLabel('处理结果').fill('供应商补发 2 个');
    await dialog.getByRole('button', { name: '处理' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await notice(page, '差异已处理');
    await expect.poll(() => grid.getByRole('row').filter({ hasText: 'RK20261127-001' }).count()).toBe(0);
  });

  it('WH-1: today cannot be settled before 18:00', async () => {
    const { page } = session;
    await tab(page, '日结');
    await page.getByText('18:00 以后才能日结当天').waitFor();
    expect(await page.getByRole('button', { name: '日结', exact: true }).isDisabled()).toBe(true);
  });

  it('WH-1: at 18:30 the day settles; its report prints; the supervisor can reopen it', async () => {
    const { page } = session;
    await page.clock.setFixedTime(evening);
    await tab(page, '库存');
    await tab(page, '日结');
    const totals = page.getByRole('table', { name: '当日出入库汇总' });
    await totals.getByRole('row').filter({ hasText: 'LX-01' }).getByText('8', { exact: true }).first().waitFor();
    await page.getByText('账单相符,没有需要说明的差异').waitFor();
    await page.getByRole('button', { name: '日结', exact: true }).click();
    await notice(page, '2026-11-27 已日结');
    const history = page.getByRole('list', { name: '已日结日期' });
    await history.getByText('2026-11-27').waitFor();
    await history.getByText('已日结').waitFor();
    await settle(page);
    await shot(page, 'settlement');

    await page.getByRole('button', { name: '打印日结报表' }).click();
    const preview = page.getByRole('dialog', { name: '库房日结报表' });
    await preview.getByText('库房日结报表').first().waitFor();
    await preview.getByText(`${supervisor.name} 于 2026-11-27 18:30 日结`, { exact: false }).first().waitFor();
    await settle(page);
    await shot(page, 'settlement-report');
    await preview.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => preview.count()).toBe(0);

    await page.getByRole('button', { name: '重新开启' }).click();
    const reopen = page.getByRole('dialog', { name: '重新开启已日结的日期 2026-11-27' });
    await reopen.getByLabel('重新开启原因').fill('补录一笔退货');
    await reopen.getByRole('button', { name: '重新开启' }).click();
    const approval = page.getByRole('dialog').filter({ has: page.getByLabel('主管 PIN') });
    await approval.getByLabel('主管 PIN').fill(supervisor.pin);
    await approval.getByRole('button', { name: '签字确认' }).click();
    await notice(page, '2026-11-27 已重新开启');
    await history.getByText('已重新开启').waitFor();
    await page.getByRole('button', { name: '日结', exact: true }).waitFor();
  });

  it('IN-4: a customer return comes in on an inbound slip linked to the customer', async () => {
    const { page } = session;
    await tab(page, '退货');
    await page.getByRole('button', { name: '退货入库' }).click();
    const dialog = page.getByRole('dialog', { name: '客户退货入库' });
    await dialog.getByRole('button', { name: '退货入库' }).click();
    await dialog.getByText('退货入库须关联客户,请选择客户').waitFor();
    await dialog.getByRole('combobox', { name: /^客户/ }).fill('zw');
    await page.getByRole('option', { name: /^张伟/ }).click();
    await pickProduct(page, dialog, '产品', 'lx-01', 'LX-01');
    await dialog.getByLabel('数量').fill('1');
    await dialog.getByLabel(/^退货原因/).fill('包装破损');
    await dialog.getByRole('button', { name: '退货入库' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await notice(page, '退货入库单 RK20261127-002 已入库');
    await page.getByRole('grid', { name: '退货入库列表' }).getByText('LX-01 滤芯 ×1').waitFor();
  });

  it('IN-2: the keeper enters a delivery; the receiver who took it from the carrier confirms; a delivery note received before is warned about', async () => {
    const { page } = session;
    await switchUserTo(page, demoStaff.warehouse.name, demoStaff.warehouse.pin);
    await nav(page, '产品与库存');
    await tab(page, '入库');
    await page.getByRole('button', { name: '到货入库' }).click();
    const dialog = page.getByRole('dialog', { name: '到货入库' });
    await dialog.getByText(`库管员:${demoStaff.warehouse.name}(当前登录)`).waitFor();
    await dialog.getByLabel(/^送货单号/).fill('SH-8899');
    await dialog.getByText('该送货单号已经入库过').waitFor();
    await dialog.getByText('RK20261127-001', { exact: false }).waitFor();
    await pickProduct(page, dialog, '产品', 'syx', 'SYX-01');
    await dialog.getByLabel('送货单数量').fill('2');
    await dialog.getByLabel('实点数量').fill('2');
    await dialog.getByRole('button', { name: '请收货人确认入库' }).click();
    await dialog.getByText(/^该送货单号已经入库过,请核对/).waitFor();
    await settle(page);
    await keep(page, 'receiving-repeat-note');
    await dialog.getByRole('checkbox', { name: '确认不是重复入库(另一批货)' }).check();
    await dialog.getByRole('button', { name: '请收货人确认入库' }).click();
    const confirm = page.getByRole('dialog', { name: '收货人确认' });
    await confirm.getByRole('combobox', { name: '确认人' }).click();
    await page.getByRole('option', { name: demoStaff.logistics.name, exact: true }).click();
    await confirm.getByLabel('确认人 PIN').fill(demoStaff.logistics.pin);
    await confirm.getByRole('button', { name: '确认' }).click();
    const result = page.getByRole('dialog', { name: '入库单 RK20261127-003 已入库' });
    await result.getByText(`收货人 ${demoStaff.logistics.name},库管员 ${demoStaff.warehouse.name}`).waitFor();
    await result.getByRole('button', { name: '关闭' }).click();
  });

  it('IN-2: the logistics clerk, who takes goods from the carrier, has 到货入库', async () => {
    const { page } = session;
    await switchUserTo(page, demoStaff.logistics.name, demoStaff.logistics.pin);
    await nav(page, '产品与库存');
    await tab(page, '入库');
    await page.getByRole('button', { name: '到货入库' }).click();
    const dialog = page.getByRole('dialog', { name: '到货入库' });
    await dialog.getByText(`收货人:${demoStaff.logistics.name}(当前登录)`).waitFor();
    await dialog.getByRole('button', { name: '请库管员确认入库' }).waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await switchUserTo(page, supervisor.name, supervisor.pin);
    await nav(page, '产品与库存');
  });

  it('OUT-6: a test chamber without a quality problem is not exchanged; with one it is (EXC-1)', async () => {
    const { page } = session;
    await tab(page, '换货');
    await page.getByRole('button', { name: '登记换货' }).click();
    const dialog = page.getByRole('dialog', { name: '换货' });
    await pickProduct(page, dialog, '退回产品', 'syx', 'SYX-01');
    await dialog.getByRole('button', { name: '检验合格' }).click();
    await dialog.getByText('试验箱出库后无质量问题不予换货').waitFor();
    expect(await dialog.getByRole('button', { name: '登记换货' }).isDisabled()).toBe(true);
    await settle(page);
    await shot(page, 'exchange-out6');
    await dialog.getByRole('button', { name: '有质量问题' }).click();
    await dialog.getByText('有质量问题的退回产品入不良品库,不回可售库存').waitFor();
    await dialog.getByLabel('检验说明').fill('温控失灵');
    await dialog.getByRole('button', { name: '登记换货' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await notice(page, '换货已登记:入库 HH20261127-001,出库 HH20261127-001');
  });

  it('WH-2: a stock take of one product: the variance needs a reason, then the supervisor approves and it posts', async () => {
    const { page } = session;
    await tab(page, '盘点');
    await page.getByRole('button', { name: '新建盘点' }).click();
    const create = page.getByRole('dialog', { name: '新建盘点单' });
    await create.getByRole('button', { name: '指定产品' }).click();
    await create.getByRole('combobox', { name: '选择产品' }).fill('LX-01');
    await page.getByRole('option', { name: /^LX-01 / }).click();
    await create.getByRole('button', { name: '新建盘点' }).click();
    await expect.poll(() => create.count()).toBe(0);

    await page.getByRole('heading', { name: 'PD20261127-001' }).waitFor();
    const sheet = page.getByRole('table', { name: '盘点表' });
    await sheet.getByRole('cell', { name: '9', exact: true }).waitFor(); // 8 received + 1 returned
    await sheet.getByLabel('实盘数量 LX-01').fill('7');
    await page.getByRole('button', { name: '主管批准并过账' }).click();
    await sheet.getByText('盘点有差异,请填写原因').waitFor();
    await sheet.getByLabel('原因 LX-01').fill('损耗');
    await settle(page);
    await shot(page, 'stock-take');
    await page.getByRole('button', { name: '主管批准并过账' }).click();
    const approval = approvalDialog(page);
    // WH-2: the supervisor signs the list itself: product, book, counted, difference, value, reason.
    const list = approval.getByRole('table', { name: '盈亏清单' });
    for (const header of ['产品编码', '产品名称', '账面数量', '实盘数量', '盈亏', '金额(元)', '原因']) await list.getByRole('columnheader', { name: header }).waitFor();
    const row = list.getByRole('row').filter({ hasText: 'LX-01' });
    for (const cell of ['滤芯', '9 个', '7 个', '-2', '损耗']) await row.getByRole('cell', { name: cell, exact: true }).waitFor();
    await settle(page);
    await keep(page, 'stock-take-approval');
    await approval.getByLabel('主管 PIN').fill(supervisor.pin);
    await approval.getByRole('button', { name: '签字确认' }).click();
    await notice(page, '盘点单 PD20261127-001 已过账');
    await page.getByText('已过账', { exact: true }).waitFor();
  });

  it('EXC-2: a courier exchange with a quality problem: the returned filter goes to faulty stock (不良品), shown beside sellable stock', async () => {
    const { page } = session;
    await tab(page, '换货');
    await page.getByRole('button', { name: '登记换货' }).click();
    const dialog = page.getByRole('dialog', { name: '换货' });
    await dialog.getByRole('button', { name: '异型换货' }).click();
    await dialog.getByRole('combobox', { name: /^客户/ }).fill('zw');
    await page.getByRole('option', { name: /^张伟/ }).click();
    await pickProduct(page, dialog, '退回产品', 'LX-PP', 'LX-PP');
    await dialog.getByRole('button', { name: '有质量问题' }).click();
    await dialog.getByLabel('检验说明').fill('滤芯破损');
    await pickProduct(page, dialog, '换出产品', 'LX-HXT', 'LX-HXT');
    await dialog.getByRole('button', { name: '快递发货' }).click();
    await dialog.getByRole('button', { name: '登记换货' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await notice(page, '换货已登记:入库 RK20261127-004,出库 CK20261127-001');

    await tab(page, '库存');
    const grid = page.getByRole('grid', { name: '库存列表' });
    await grid.getByRole('columnheader', { name: '可售库存' }).waitFor();
    await grid.getByRole('columnheader', { name: '不良品' }).waitFor();
    // The demo's 60 PP filters are all still sellable; the broken one came back as faulty stock.
    const pp = grid.getByRole('row').filter({ hasText: 'LX-PP' });
    await pp.getByRole('gridcell', { name: '60', exact: true }).waitFor();
    await pp.getByRole('gridcell', { name: '1', exact: true }).waitFor();
    await settle(page);
    await keep(page, 'stock-faulty');
  });

  it('scraps faulty goods from 不良品 with a reason and the supervisor\'s signature', async () => {
    const { page } = session;
    await tab(page, '不良品');
    const grid = page.getByRole('grid', { name: '不良品列表' });
    await grid.getByRole('row').filter({ hasText: 'LX-PP' }).waitFor();
    await grid.getByRole('row').filter({ hasText: 'SYX-01' }).getByRole('button', { name: '报废' }).click();
    const dialog = page.getByRole('dialog', { name: '不良品报废' });
    await dialog.getByLabel('数量').fill('2');
    await dialog.getByRole('button', { name: '报废' }).click();
    await dialog.getByText('不良品库存不足,不能报废或退回这么多').waitFor();
    await dialog.getByLabel('数量').fill('1');
    await dialog.getByLabel(/^报废原因/).fill('温控板烧毁,无法修复');
    await dialog.getByRole('button', { name: '报废' }).click();
    const approval = approvalDialog(page);
    await approval.getByText('报废 SYX-01 试验箱 × 1', { exact: false }).waitFor();
    await approval.getByLabel('主管 PIN').fill(supervisor.pin);
    await approval.getByRole('button', { name: '签字确认' }).click();
    await notice(page, '报废出库单 CK20261127-002 已出库');
    await expect.poll(() => grid.getByRole('row').filter({ hasText: 'SYX-01' }).count()).toBe(0);
    await page.getByRole('grid', { name: '报废记录' }).getByText('CK20261127-002').waitFor();
  });

  it('EXC-2: the courier exchange waits in 发货办理 beside the slips; shipped like a slip, its replacement leaves stock when the parcel is posted', async () => {
    const { page } = session;
    await nav(page, '发货');
    const entry = shipListEntry(page, 'CK20261127-001');
    await entry.getByText('CK20261127-001 张伟').waitFor();
    await entry.getByText('换货', { exact: true }).waitFor();
    await entry.click();
    const docNo = await shipOpenDocument(page, {
      counts: { 'LX-HXT': '1' },
      trackingNo: 'SF1234567890128',
      onList: async () => {
        // The shipping list names the replacement by category, to the customer's default address.
        const list = page.getByRole('region', { name: '发货明细表' });
        await list.getByRole('table', { name: '发货明细表' }).getByRole('cell', { name: '1', exact: true }).waitFor();
        expect(await list.getByLabel('详细地址').inputValue()).toBe('建国路 88 号 3 单元 502');
      },
    });
    expect(docNo).toBe('CK20261127-001');
    await page.getByRole('tab', { name: '发货登记' }).click();
    await page.getByRole('grid', { name: '发货登记' }).getByRole('row').filter({ hasText: 'SF1234567890128' }).getByText('张伟').waitFor();
    await nav(page, '产品与库存');
  });

  it('IN-4 / EXC-2: every movement has its slip: the ledger opens the exchange\'s outbound slip, which prints on its own 241×93 form (PDF checked)', async () => {
    const { page } = session;
    await tab(page, '出入库台账');
    const ledger = page.getByRole('grid', { name: '出入库台账' });
    await ledger.getByRole('row').filter({ hasText: 'RK20261127-004' }).getByText('(不良品)', { exact: false }).waitFor();
    await ledger.getByRole('row').filter({ hasText: 'CK20261127-001' }).getByRole('button', { name: '出入库单' }).click();
    const slips = page.getByRole('dialog', { name: '出入库单 CK20261127-001' });
    const card = slips.getByRole('region', { name: '出库单 CK20261127-001' });
    await card.getByText('换货出库').waitFor();
    await card.getByText('张伟').waitFor();
    await card.getByRole('table', { name: '单据明细 CK20261127-001' }).getByRole('cell', { name: 'LX-HXT', exact: true }).waitFor();
    await settle(page);
    await keep(page, 'slip-detail');
    await stubPrint(page);
    await card.getByRole('button', { name: '打印' }).click();
    const options = page.getByRole('dialog', { name: '打印出库单 CK20261127-001' });
    await options.getByRole('button', { name: '打印预览' }).click();
    const preview = page.getByRole('dialog', { name: /打印预览/ });
    await preview.getByText('第 1 / 1 页', { exact: true }).waitFor();
    await settle(page);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(artifact('stock-outbound-slip.pdf'), pdf);
    const [sheet, ...more] = (await readPdf(pdf)).pages;
    expect(more).toHaveLength(0);
    expect(Math.abs((sheet?.widthPt ?? 0) * 25.4 / 72 - 241)).toBeLessThanOrEqual(0.3);
    expect(Math.abs((sheet?.heightPt ?? 0) * 25.4 / 72 - 93)).toBeLessThanOrEqual(0.3);
    const text = compact(sheet?.text ?? '');
    for (const word of ['出库单', 'CK20261127-001', '换货出库', 'RK20261127-004', '张伟', 'LX-HXT', '活性炭滤芯', '可售', '签收人']) expect(text).toContain(compact(word));
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', artifact('stock-outbound-slip.pdf'), artifact('stock-outbound-slip')]);
    await preview.getByRole('button', { name: '关闭' }).first().click();
    await expect.poll(() => preview.count()).toBe(0);
    // Back at the slip, then back at the ledger.
    await slips.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => slips.count()).toBe(0);
    // The inbound side of the same exchange, from its record: the returned filter into faulty stock.
    await tab(page, '换货');
    await page.getByRole('grid', { name: '换货列表' }).getByRole('row').filter({ hasText: 'RK20261127-004' }).getByRole('button', { name: '出入库单' }).click();
    const both = page.getByRole('dialog', { name: '出入库单 RK20261127-004 / CK20261127-001' });
    await both.getByRole('region', { name: '入库单 RK20261127-004' }).getByRole('cell', { name: '不良品', exact: true }).waitFor();
    await both.getByRole('button', { name: '关闭' }).click();
  });

  it('WH-1: the settlement matches the shipped courier exchange to its shipping list, lists the courier exchange that left with no shipping list — 换货快递发出但没有发货明细表 — and prints and exports the reconciliation', async () => {
    const { page } = session;
    await seedLegacyCourierExchange(page);
    await tab(page, '日结');
    await page.getByTestId('settle-checked').getByText(/单据 \d+ 张:入库单\(到货\) 2 张、退货入库单 1 张/).waitFor();
    const matches = page.getByRole('table', { name: '对账明细' });
    // Shipped through 发货办理: its outbound slip and its shipping list both match the movement.
    const shipped = matches.getByRole('row').filter({ hasText: 'CK20261127-001' });
    await shipped.getByText('发货明细表', { exact: false }).waitFor();
    await shipped.getByText('相符', { exact: true }).waitFor();
    expect(await shipped.getByText('不符').count()).toBe(0);
    expect(await shipped.getByText('(缺)', { exact: false }).count()).toBe(0);
    // Recorded before courier exchanges shipped: its replacement left at once, with no shipping list.
    await matches.getByRole('row').filter({ hasText: legacyExchangeNo }).getByText('不符').waitFor();
    await matches.getByRole('row').filter({ hasText: legacyExchangeNo }).getByText('发货明细表 (缺)', { exact: false }).waitFor();
    const group = page.getByRole('listitem', { name: legacyExchangeNo });
    await group.getByText('换货快递发出但没有发货明细表').waitFor();
    await page.getByText('账单不符:1 处差异,见下方逐单列出').waitFor();
    expect(await page.getByText('账单相符,没有需要说明的差异').count()).toBe(0);
    expect(await page.getByRole('button', { name: '日结', exact: true }).isDisabled()).toBe(true);
    await group.getByLabel('说明').fill('物流明天补开发货明细表');
    await settle(page);
    await keep(page, 'settlement-mismatch');

    await stubPrint(page);
    await page.getByRole('button', { name: '打印日结报表' }).click();
    const preview = page.getByRole('dialog', { name: '库房日结报表' });
    await preview.getByText('库房日结报表').first().waitFor();
    await settle(page);
    await keep(page, 'settlement-report-preview');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(artifact('stock-settlement-report.pdf'), pdf);
    const pages = (await readPdf(pdf)).pages;
    for (const p of pages) expect(a4DeviationPt(p)).toBeLessThanOrEqual(1);
    const all = compact(pages.map((p) => p.text).join(''));
    for (const word of ['库房日结报表', '账单不符:1处差异', '库房日结对账单', 'CK20261127-001', legacyExchangeNo, '换货快递发出但没有发货明细表', '物流明天补开发货明细表']) expect(all).toContain(compact(word));
    expect(all).not.toContain('账单相符');
    execFileSync('pdftoppm', ['-png', '-r', '80', artifact('stock-settlement-report.pdf'), artifact('stock-settlement-report')]);
    await preview.getByRole('button', { name: '关闭' }).first().click();
    await expect.poll(() => preview.count()).toBe(0);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出日结报表' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('库房日结-2026-11-27.xlsx');
    const path = artifact('stock-settlement-report.xlsx');
    await download.saveAs(path);
    const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(readFileSync(path)).Sheets['库房日结报表'] ?? {}, { header: 1 });
    const flat = rows.map((r) => r.join('|'));
    expect(flat).toContain('账单不符:1 处差异');
    expect(flat).toContain(`${legacyExchangeNo}|换货快递发出但没有发货明细表|物流明天补开发货明细表`);

    await page.getByRole('button', { name: '日结', exact: true }).click();
    await notice(page, '2026-11-27 已日结');
  });

  it('imports products from Excel: a bad file gets the row-by-row report and writes nothing; a clean one is imported', async () => {
    const { page } = session;
    await tab(page, '产品');
    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入产品' });
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载模板' }).click();
    expect((await downloading).suggestedFilename()).toBe('产品导入模板.xlsx');

    const bad = xlsxFile('bad', [['编码', '名称', '单价'], ['LX-01', '重复编码', '10'], ['NEW-1', '', 'abc']]);
    await choose(page, dialog, bad);
    const report = dialog.getByRole('table', { name: '检查结果' });
    await report.getByRole('row').filter({ hasText: '该产品编码已被使用' }).getByText('2', { exact: true }).waitFor();
    await report.getByRole('row').filter({ hasText: '必填项为空' }).getByText('3', { exact: true }).waitFor();
    expect(await dialog.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    await settle(page);
    await shot(page, 'import-report');

    await choose(page, dialog, xlsxFile('good', [['产品编码', '产品名称', '单位', '安全库存'], ['IMP-1', '导入产品一', '个', '2'], ['IMP-2', '导入产品二', '台', '0']]));
    await dialog.getByText('检查通过,共 2 行,确认后一次性导入').waitFor();
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await notice(page, '已导入 2 行');
    await page.getByRole('grid', { name: '产品列表' }).getByText('IMP-2').waitFor();
  });
});

/** A same-product exchange by courier recorded before courier exchanges went through 发货办理. */
const legacyExchangeNo = 'HH20261127-009';

/**
 * Written straight into the app's IndexedDB in the shape the exchange repository stored then: the
 * exchange (delivery 快递发货, no shipping steps) and both its movements at once — the returned filter
 * back on the shelf and its replacement out, so the stock is unchanged. No shipping list was ever
 * made for it; the settlement must say so.
 */
async function seedLegacyCourierExchange(page: Page): Promise<void> {
  await page.evaluate(async ({ no, at }) => {
    const name = localStorage.getItem('shouhou-center.activeDb') ?? 'shouhou-center';
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((ok, fail) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => ok(req.result as T[]);
        req.onerror = () => fail(req.error);
      });
    const product = (await all<{ id: number; code: string }>('products')).find((p) => p.code === 'LX-PP');
    const customer = (await all<{ id: number; name: string }>('customers')).find((c) => c.name === '张伟');
    const boss = (await all<{ id: number; name: string }>('staff')).find((s) => s.name === '周主管');
    if (!product || !customer || !boss) throw new Error('demo data missing');
    const day = '2026-11-27';
    const tx = db.transaction(['exchanges', 'movements'], 'readwrite');
    const added = tx.objectStore('exchanges').add({
      kind: 'same', at, day, handlerId: boss.id, handlerName: boss.name, customerId: customer.id,
      returned: { productId: product.id, qty: 1 }, replacement: { productId: product.id, qty: 1 }, inspection: { result: 'ok', note: '' },
      inDocNo: no, outDocNo: no, reason: '客户要求换新', delivery: 'ship',
    });
    added.onsuccess = () => {
      const ref = { type: 'exchange', id: Number(added.result) };
      const common = { docNo: no, at, day, handlerId: boss.id, handlerName: boss.name, ref, refKey: `exchange:${ref.id}`, customerId: customer.id, productIds: [product.id] };
      tx.objectStore('movements').add({ ...common, kind: 'exchangeIn', lines: [{ productId: product.id, qty: 1 }] });
      tx.objectStore('movements').add({ ...common, kind: 'exchangeOut', lines: [{ productId: product.id, qty: -1 }] });
    };
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, { no: legacyExchangeNo, at: new Date('2026-11-27T09:00:00+08:00').getTime() });
}

function xlsxFile(name: string, rows: string[][]): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
  const path = resolve(tmpdir(), `stock-e2e-${process.pid}-${name}.xlsx`);
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  return path;
}

async function choose(page: Page, dialog: ReturnType<Page['getByRole']>, path: string) {
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: '选择 Excel 文件' }).click();
  await (await choosing).setFiles(path);
}
