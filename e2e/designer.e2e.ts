/**
 * 模板设计 in browser mode: select a field of the generic waybill, nudge it by keyboard (→ ×4 = +2.0 mm,
 * Shift+↓ ×3 = +0.3 mm), save, and check that the print preview — its DOM and the PDF it prints —
 * shows the field moved by exactly that much. Then an invalid import is refused with its reasons, and
 * the calibration wizard turns measured crosshairs into a saved printer profile.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { artifact, openSession, type Session } from './browser';
import { compact, readPdfLayout } from './pdf';
import { createSupervisorAndStart, nav, settle, signInAs, supervisor } from './ui';

const shotsDir = '/tmp/shots';
const waybillName = '通用快递单(230×127)';
/** The sample recipient's name (shared/templates/builtin/sample-data.ts), printed by the field moved. */
const recipientName = '张三丰';
const fieldLabel = '字段 recipient.name';
const waybillRow = new RegExp(waybillName.replace(/[()]/g, '\\$&'));

let session: Session;

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  session = await openSession(inject('baseUrl'));
  await session.page.goto('/');
  await createSupervisorAndStart(session.page);
});

afterAll(async () => {
  await session?.close();
  expect(session?.pageErrors).toEqual([]);
});

function shot(name: string): string {
  return `${shotsDir}/designer-${name}.png`;
}

async function numberIn(scope: Locator, label: string): Promise<number> {
  return Number(await scope.getByLabel(label, { exact: true }).inputValue());
}

/** Where the preview draws the recipient's name: the text box's x/y attributes, in mm. */
async function previewTextBox(page: Page): Promise<{ x: number; y: number }> {
  const preview = page.getByRole('dialog', { name: /打印预览/ });
  const box = preview.locator('svg[data-box="text"]').filter({ hasText: recipientName }).first();
  await box.waitFor();
  const [x, y] = await Promise.all([box.getAttribute('x'), box.getAttribute('y')]);
  return { x: Number(x), y: Number(y) };
}

/** Opens 打印预览, reads the field's place from the DOM and from the printed PDF, and closes it. */
async function previewPositions(page: Page, pdfName: string) {
  await page.getByRole('button', { name: '打印预览' }).click();
  const preview = page.getByRole('dialog', { name: /打印预览/ });
  await preview.waitFor();
  const dom = await previewTextBox(page);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(artifact(pdfName), pdf);
  const [layout] = await readPdfLayout(pdf);
  // Chromium puts CJK text into the PDF glyph by glyph: the name starts where its first character does.
  const item = layout?.items.find((i) => compact(i.str).startsWith(recipientName.charAt(0)));
  await preview.getByRole('button', { name: '关闭' }).first().click();
  await preview.waitFor({ state: 'detached' });
  if (!item || !layout) throw new Error(`${recipientName} not found in the printed PDF`);
  return { dom, pdf: { x: item.xMm, y: item.baselineMm }, page: { widthMm: layout.widthMm, heightMm: layout.heightMm } };
}

describe('template designer (browser mode)', () => {
  let before: Awaited<ReturnType<typeof previewPositions>>;
  let designed: { x: number; y: number };

  it('opens the generic waybill in the designer and previews it as built in', async () => {
    const { page } = session;
    await nav(page, '模板设计');
    await page.getByRole('table', { name: '模板设计' }).getByRole('row', { name: waybillRow }).getByText('内置').waitFor();
    await page.getByRole('button', { name: `设计 ${waybillName}` }).click();
    await page.getByRole('group', { name: '模板页面' }).waitFor();
    before = await previewPositions(page, 'designer-before.pdf');
    expect(before.page.widthMm).toBeCloseTo(230, 0);
    expect(before.page.heightMm).toBeCloseTo(127, 0);
  });

  it('moves the selected field by keyboard: → ×4 is +2.0 mm, Shift+↓ ×3 is +0.3 mm', async () => {
    const { page } = session;
    await page.getByRole('button', { name: fieldLabel, exact: true }).click();
    const props = page.getByRole('form', { name: '字段属性' });
    const x0 = await numberIn(props, 'X (mm)');
    const y0 = await numberIn(props, 'Y (mm)');
    expect(before.dom).toEqual({ x: x0, y: y0 });
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
    designed = { x: Math.round((x0 + 2) * 10) / 10, y: Math.round((y0 + 0.3) * 10) / 10 };
    await expect.poll(() => numberIn(props, 'X (mm)')).toBe(designed.x);
    expect(await numberIn(props, 'Y (mm)')).toBe(designed.y);
    await expect.poll(() => page.getByText('未保存', { exact: true }).count()).toBe(1);

    // Ctrl+Z takes back the last nudge, Ctrl+Y puts it back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => numberIn(props, 'Y (mm)')).toBe(Math.round((designed.y - 0.1) * 10) / 10);
    await page.keyboard.press('Control+y');
    await expect.poll(() => numberIn(props, 'Y (mm)')).toBe(designed.y);

    await settle(page);
    await page.screenshot({ path: shot('main') });
    await page.locator('.MuiPaper-root').filter({ has: props }).last().screenshot({ path: shot('properties') });
  });

  it('saves, and the print preview shows the field moved by exactly +2.0 / +0.3 mm', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('模板已保存').waitFor();
    await expect.poll(() => page.getByText('未保存', { exact: true }).count()).toBe(0);

    const after = await previewPositions(page, 'designer-after.pdf');
    expect(after.dom).toEqual(designed);
    expect(after.pdf.x - before.pdf.x).toBeCloseTo(2.0, 1);
    expect(after.pdf.y - before.pdf.y).toBeCloseTo(0.3, 1);
  });

  it('keeps the saved position after a reload and marks the template customised', async () => {
    const { page } = session;
    await page.reload();
    await signInAs(page, supervisor.name, supervisor.pin);
    await nav(page, '模板设计');
    await page.getByRole('row', { name: waybillRow }).getByText('已自定义').waitFor();
    await page.getByRole('button', { name: `设计 ${waybillName}` }).click();
    await page.getByRole('button', { name: fieldLabel, exact: true }).click();
    const props = page.getByRole('form', { name: '字段属性' });
    expect(await numberIn(props, 'X (mm)')).toBe(designed.x);
    expect(await numberIn(props, 'Y (mm)')).toBe(designed.y);
  });

  it('refuses an imported template with unknown keys or a field off the page, listing the reasons', async () => {
    const { page } = session;
    const bad = {
      id: 'waybill-generic', name: '坏模板', paper: { widthMm: 230, heightMm: 127 }, orientation: 'landscape', mode: 'overlay',
      copyLabels: [], statics: [], colour: 'red',
      fields: [{ key: 'recipient.name', x: 220, y: 30, width: 40, height: 6, fontFamily: 'song', fontSizePt: 11, bold: false, align: 'left', overflow: 'shrink', format: 'text' }],
    };
    await page.getByTestId('template-import-input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const alert = page.getByRole('alert').filter({ hasText: '导入的文件不是有效的模板' });
    await alert.waitFor();
    await alert.getByText('模板中有模板没有的项:colour').waitFor();
    const offPage = { ...bad, colour: undefined };
    await page.getByTestId('template-import-input').setInputFiles({ name: 'off.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(offPage)) });
    await alert.getByText('字段 recipient.name 超出纸张范围').waitFor();
    // Nothing was imported: the field is where it was saved, and nothing is unsaved.
    const props = page.getByRole('form', { name: '字段属性' });
    expect(await numberIn(props, 'X (mm)')).toBe(designed.x);
    expect(await page.getByText('未保存', { exact: true }).count()).toBe(0);
  });

  it('drags a field and its corner handle with the mouse, snapping to 0.5 mm; undo takes both back', async () => {
    const { page } = session;
    const canvas = page.getByRole('group', { name: '模板页面' });
    const pxPerMm = ((await canvas.boundingBox())?.width ?? 0) / 230;
    const field = page.getByRole('button', { name: '字段 sender.phone', exact: true });
    await field.click();
    const props = page.getByRole('form', { name: '字段属性' });
    const start = { x: await numberIn(props, 'X (mm)'), y: await numberIn(props, 'Y (mm)'), w: await numberIn(props, '宽 (mm)') };

    const drag = async (from: { x: number; y: number }, dxMm: number, dyMm: number) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + dxMm * pxPerMm, from.y + dyMm * pxPerMm, { steps: 6 });
      await page.mouse.up();
    };
    const box = await field.boundingBox();
    if (!box) throw new Error('field box not visible');
    await drag({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, -10.2, 3.1);
    await expect.poll(() => numberIn(props, 'X (mm)')).toBe(Math.round((start.x - 10) * 2) / 2);
    expect(await numberIn(props, 'Y (mm)')).toBe(Math.round((start.y + 3) * 2) / 2);

    const handle = page.getByRole('button', { name: '调整 sender.phone 的大小' });
    const h = await handle.boundingBox();
    if (!h) throw new Error('resize handle not visible');
    await drag({ x: h.x + h.width / 2, y: h.y + h.height / 2 }, -5, 0);
    await expect.poll(() => numberIn(props, '宽 (mm)')).toBe(Math.round((start.w - 5) * 2) / 2);

    await page.getByRole('button', { name: '撤销 (Ctrl+Z)' }).click();
    await page.getByRole('button', { name: '撤销 (Ctrl+Z)' }).click();
    await expect.poll(() => numberIn(props, 'X (mm)')).toBe(start.x);
    expect(await numberIn(props, '宽 (mm)')).toBe(start.w);
    expect(await page.getByText('未保存', { exact: true }).count()).toBe(0);
  });

  it('shows an uploaded scan of the blank form under the fields', async () => {
    const { page } = session;
    // A stand-in scan: the form's outer box and a few ruled lines, drawn on a 230 × 127 canvas.
    const dataUrl = await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 920;
      c.height = 508;
      const g = c.getContext('2d');
      if (!g) return '';
      g.fillStyle = '#fdf6e3';
      g.fillRect(0, 0, c.width, c.height);
      g.strokeStyle = '#c0392b';
      g.lineWidth = 3;
      g.strokeRect(20, 20, 880, 420);
      for (let y = 72; y < 440; y += 60) g.strokeRect(20, y, 880, 0.5);
      return c.toDataURL('image/png');
    });
    const png = Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
    await page.getByTestId('template-background-input').setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: png });
    const canvas = page.getByRole('group', { name: '模板页面' });
    await canvas.locator('img').waitFor();
    await page.getByLabel('显示底图').waitFor();
    await settle(page);
    await page.screenshot({ path: shot('background') });
    await page.getByLabel('显示底图').uncheck();
    await expect.poll(() => canvas.locator('img').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByLabel('显示底图').count()).toBe(0);
    expect(await page.getByText('未保存', { exact: true }).count()).toBe(0);
  });

  it('calibrates: the wizard computes the profile from measured crosshairs and saves it', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: '打印机与校准' }).click();
    await page.getByText(/浏览器模式无法列出打印机/).waitFor();
    await page.getByRole('button', { name: '校准向导…' }).click();
    const wizard = page.getByRole('dialog', { name: /校准向导/ });
    await wizard.getByText('230 × 127 mm', { exact: false }).waitFor();
    await settle(page);
    await page.screenshot({ path: shot('wizard-print') });
    // The calibration page prints on the template's own paper, with its crosshairs labelled.
    await wizard.getByRole('button', { name: '打印校准页…' }).click();
    const calibration = page.getByRole('dialog', { name: /打印预览/ });
    await calibration.locator('svg[data-box="text"]').filter({ hasText: '(20, 20)' }).first().waitFor();
    await settle(page);
    await page.screenshot({ path: shot('wizard-calibration-page') });
    await calibration.getByRole('button', { name: '关闭' }).first().click();
    await calibration.waitFor({ state: 'detached' });
    await wizard.getByRole('button', { name: '下一步' }).click();

    // Crosshair 1 is designed at (20, 20): it printed 1.5 mm to the right and 1 mm too high.
    await wizard.getByLabel('十字线 1 · 张号 1 实测 X').fill('21.5');
    await wizard.getByLabel('十字线 1 · 张号 1 实测 Y').fill('19');
    await wizard.getByRole('button', { name: '添加后续张的测量' }).click();
    await wizard.getByLabel('十字线 1 · 张号 2 实测 X').fill('21.5');
    await wizard.getByLabel('十字线 1 · 张号 2 实测 Y').fill('19.6');
    await settle(page);
    await page.screenshot({ path: shot('wizard-measure') });
    await wizard.getByRole('button', { name: '下一步' }).click();

    const summary = wizard.getByRole('table', { name: '偏移校准' });
    await expect.poll(async () => (await summary.getByRole('row').allTextContents()).slice(1)).toEqual([
      'X 偏移 (mm)0.0-1.5',
      'Y 偏移 (mm)0.0+1.0',
      '每张累计偏移 (mm/张)0.0+0.6',
    ]);
    await settle(page);
    await page.screenshot({ path: shot('wizard-result') });
    await wizard.getByRole('button', { name: '保存校准' }).click();
    await wizard.waitFor({ state: 'detached' });
    await page.getByText('校准已保存').waitFor();

    const profile = page.getByRole('form', { name: '偏移校准' });
    await expect.poll(() => numberIn(profile, 'X 偏移 (mm)')).toBe(-1.5);
    expect(await numberIn(profile, 'Y 偏移 (mm)')).toBe(1);
    expect(await numberIn(profile, '每张累计偏移 (mm/张)')).toBe(0.6);
    await settle(page);
    await page.screenshot({ path: shot('printer-panel') });
  });

  it('prints with the saved profile: the preview moves the whole page by the offset', async () => {
    const { page } = session;
    const withProfile = await previewPositions(page, 'designer-profile.pdf');
    expect(withProfile.pdf.x - before.pdf.x).toBeCloseTo(2.0 - 1.5, 1);
    expect(withProfile.pdf.y - before.pdf.y).toBeCloseTo(0.3 + 1.0, 1);
  });
});
