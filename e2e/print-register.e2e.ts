/**
 * The call register beyond the thin loop: several A4 pages of long entries in real fonts (nothing
 * spills out of its cell), the preview's zoom, and the Electron print path (window.api faked) whose
 * standalone HTML must print to the same A4 PDF.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { menuCommandEvent } from '@shared/ipc';
import { artifact, openSession, type Session } from './browser';
import { fakeElectronApi, readCapturedCalls } from './fake-electron-api';
import { a4DeviationPt, compact, readPdf } from './pdf';
import { createSupervisorAndStart, nav, settle, signInAs, supervisor } from './ui';

let session: Session;

beforeAll(async () => {
  session = await openSession(inject('baseUrl'));
});

afterAll(async () => {
  await session?.close();
  expect(session?.pageErrors).toEqual([]);
});

/**
 * Writes `count` calls with long, mixed text into the app's IndexedDB in the current month, the way
 * a month of busy front-desk work would look. Raw IndexedDB, so the app is reloaded afterwards.
 */
async function seedLongCalls(count: number): Promise<void> {
  await session.page.evaluate(async (n) => {
    const open = indexedDB.open('shouhou-center');
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const tx = db.transaction('callLogs', 'readwrite');
    const store = tx.objectStore('callLogs');
    const now = new Date();
    const monthStart = new Date(now.getFullYear(), now.getMonth(), 1, 8, 0).getTime();
    for (let i = 0; i < n; i++) {
      store.add({
        direction: i % 2 ? 'out' : 'in',
        at: monthStart + i * 30 * 60_000,
        phone: i % 3 ? '13912345678' : '0571-88886666',
        contact: i % 4 ? '王经理(鑫源商贸店采购部)' : 'Mr. WANG Weiwei',
        topic: 'repair',
        content: `第${i + 1}条:客户反映净水器RO-2000W出水量明显变小,伴有异响;滤芯已使用14个月,建议更换前置PP棉和RO膜,并安排师傅上门检查水压与管路。`,
        result: 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW已预约周五上午上门',
        followUpDate: '2099-12-31',
        createdAt: Date.now(),
      });
    }
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, count);
}

/**
 * Every text line of the sheet shown in the preview that the real font makes wider or taller than its
 * box. Each text box is a nested SVG viewport (data-box="text") in mm: a line's advance (as the font
 * draws it, from its anchor) must fit the box's width, and its CJK em box (0.88 em above the baseline,
 * 0.12 below) the box's height; 0.05 mm slack.
 */
function clippedLines(): Promise<string[]> {
  return session.page.evaluate(() => {
    const boxes = [...document.querySelectorAll<SVGSVGElement>('[role="region"] .print-sheet svg[data-box="text"]')];
    const problems: string[] = [];
    const shift = { start: 0, middle: 0.5, end: 1 } as const;
    for (const box of boxes) {
      const width = box.width.baseVal.value;
      const height = box.height.baseVal.value;
      const text = box.querySelector('text');
      const size = Number(text?.getAttribute('font-size'));
      const anchor = (text?.getAttribute('text-anchor') ?? 'start') as keyof typeof shift;
      for (const line of box.querySelectorAll('tspan')) {
        const length = line.getComputedTextLength();
        const left = Number(line.getAttribute('x')) - length * shift[anchor];
        const baseline = Number(line.getAttribute('y'));
        if (left < -0.05 || left + length > width + 0.05) problems.push(`too wide: ${line.textContent}`);
        if (baseline - 0.88 * size < -0.05 || baseline + 0.12 * size > height + 0.05) problems.push(`too tall: ${line.textContent}`);
      }
    }
    return boxes.length ? problems : ['no text boxes found'];
  });
}

describe('call register on paper', () => {
  it('prints 40 long calls on 3 A4 pages with every text inside its cell', async () => {
    const { page } = session;
    await page.goto('/');
    await createSupervisorAndStart(page, { start: 'blank' });
    await seedLongCalls(40);
    await page.reload();
    await signInAs(page, supervisor.name, supervisor.pin);
    await nav(page, '电话记录');
    await page.getByRole('button', { name: '打印预览' }).click();
    const preview = page.getByRole('dialog', { name: /打印预览/ });
    await preview.getByText('第 1 / 3 页', { exact: true }).waitFor();
    await settle(page);
    // The preview shows one page at a time: check each, paging with the keyboard (PgDn) and the button.
    expect(await clippedLines()).toEqual([]);
    await page.keyboard.press('PageDown');
    await preview.getByText('第 2 / 3 页', { exact: true }).waitFor();
    expect(await clippedLines()).toEqual([]);
    await preview.getByRole('button', { name: '下一页' }).click();
    await preview.getByText('第 3 / 3 页', { exact: true }).waitFor();
    expect(await preview.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);
    expect(await clippedLines()).toEqual([]);
    await page.keyboard.press('PageUp');
    await preview.getByText('第 2 / 3 页', { exact: true }).waitFor();

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(artifact('call-register-3-pages.pdf'), pdf);
    const { pages } = await readPdf(pdf);
    expect(pages).toHaveLength(3);
    for (const [i, p] of pages.entries()) {
      expect(a4DeviationPt(p)).toBeLessThanOrEqual(1);
      expect(compact(p.text)).toContain(`第${i + 1}页/共3页`);
      expect(compact(p.text)).toContain('电话记录表');
    }
    expect(compact(pages[2]?.text ?? '')).toContain('第40条');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', artifact('call-register-3-pages.pdf'), artifact('call-register-3-pages')]);
  });

  it('zooms the preview between 50% and 200% without changing the printed size', async () => {
    const { page } = session;
    const sheetWidth = () =>
      page.getByRole('region', { name: '打印页面' }).locator('.print-sheet').first().evaluate((el) => el.getBoundingClientRect().width);
    const at100 = await sheetWidth();
    expect(at100).toBeCloseTo((210 / 25.4) * 96, -1);
    await page.getByRole('button', { name: '缩小' }).click();
    await page.getByRole('combobox', { name: '缩放' }).click();
    await page.getByRole('option', { name: '50%', exact: true }).click();
    await expect.poll(sheetWidth).toBeCloseTo(at100 / 2, 0);
    await page.getByRole('button', { name: '放大' }).click();
    await expect.poll(sheetWidth).toBeCloseTo(at100 * 0.75, 0);
    await settle(page);
    await page.screenshot({ path: artifact('print-preview-zoomed.png') });

    const pdf = await page.pdf({ preferCSSPageSize: true });
    const { pages } = await readPdf(pdf);
    expect(pages).toHaveLength(3);
    expect(a4DeviationPt(pages[0])).toBeLessThanOrEqual(1);
  });
});

describe('Electron print path (window.api faked)', () => {
  it('saves the register as PDF through print/pdf + file/save-as, and that HTML prints to A4', async () => {
    const context = await session.browser.newContext({ baseURL: inject('baseUrl'), locale: 'zh-CN' });
    context.on('weberror', (e) => session.pageErrors.push(e.error().message));
    await context.addInitScript(fakeElectronApi);
    const page = await context.newPage();
    try {
      await page.goto('/');
      await createSupervisorAndStart(page, { start: 'demo' });
      await nav(page, '电话记录');
      const contentCell = page.getByRole('grid').locator('[role="gridcell"][data-field="content"]').first();
      const firstRowContent = compact((await contentCell.textContent()) ?? '');
      expect(firstRowContent.length).toBeGreaterThan(3);
      await page.getByRole('button', { name: '打印预览' }).click();
      const preview = page.getByRole('dialog', { name: /打印预览/ });
      await preview.getByRole('button', { name: '保存为 PDF' }).click();
      await preview.getByText(/PDF 已保存/).waitFor();

      const calls = await readCapturedCalls(page);
      const pdfCall = calls.find((c) => c.channel === 'print/pdf');
      const saveCall = calls.find((c) => c.channel === 'file/save-as');
      expect(pdfCall?.args.pageSize).toEqual({ widthMm: 210, heightMm: 297 });
      expect(saveCall?.args.defaultName).toMatch(/^电话记录表_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.pdf$/);
      expect(saveCall?.args.extensions).toEqual(['pdf']);

      const html = String(pdfCall?.args.html ?? '');
      const printPage = await context.newPage();
      await printPage.setContent(html);
      const pdf = await printPage.pdf({ preferCSSPageSize: true });
      writeFileSync(artifact('call-register-electron.pdf'), pdf);
      const { pages } = await readPdf(pdf);
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(a4DeviationPt(pages[0])).toBeLessThanOrEqual(1);
      const text = compact(pages.map((p) => p.text).join(''));
      expect(text).toContain('电话记录表');
      expect(text).toContain(firstRowContent.slice(0, 8));

      const printJobs = async () => (await readCapturedCalls(page)).filter((c) => c.channel === 'print/print');
      await preview.getByRole('button', { name: '打印', exact: true }).click();
      await expect.poll(async () => (await printJobs()).length).toBe(1);
      expect((await printJobs())[0]?.args).toMatchObject({ silent: false, pageSize: { widthMm: 210, heightMm: 297 } });
      // The application menu's 打印… (Ctrl+P) reaches the renderer as a DOM event; the open preview prints.
      await page.evaluate((name) => window.dispatchEvent(new CustomEvent(name, { detail: 'print' })), menuCommandEvent);
      await expect.poll(async () => (await printJobs()).length).toBe(2);
    } finally {
      await context.close();
    }
  });

  it('prints to a chosen printer with copies; a failed job shows the driver’s reason and 重试 sends it again', async () => {
    const context = await session.browser.newContext({ baseURL: inject('baseUrl'), locale: 'zh-CN' });
    context.on('weberror', (e) => session.pageErrors.push(e.error().message));
    await context.addInitScript(fakeElectronApi);
    await context.addInitScript(withPrintersAndOneFailure);
    const page = await context.newPage();
    try {
      await page.goto('/');
      await createSupervisorAndStart(page, { start: 'demo' });
      await nav(page, '电话记录');
      await page.getByRole('button', { name: '打印预览' }).click();
      const preview = page.getByRole('dialog', { name: /打印预览/ });
      await preview.getByRole('combobox', { name: '打印机' }).click();
      await page.getByRole('option', { name: 'EPSON LQ-630K(默认)' }).click();
      await preview.getByLabel('份数').fill('2');
      await preview.getByRole('button', { name: '打印', exact: true }).click();
      const failure = page.getByRole('alert').filter({ hasText: '打印失败:打印机脱机(EPSON LQ-630K)' });
      await failure.waitFor();
      await failure.getByRole('button', { name: '重试' }).click();
      await page.getByRole('alert').filter({ hasText: '已发送到打印机' }).waitFor();
      const jobs = (await readCapturedCalls(page)).filter((c) => c.channel === 'print/print');
      expect(jobs).toHaveLength(2);
      for (const job of jobs) expect(job.args).toMatchObject({ silent: true, printerName: 'EPSON LQ-630K', copies: 2 });
    } finally {
      await context.close();
    }
  });
});

/** Runs in the page after fakeElectronApi: two printers listed, and the first print job fails as a driver would. */
function withPrintersAndOneFailure(): void {
  const api: Record<string, (args: Record<string, unknown>) => Promise<unknown>> = Reflect.get(window, 'api');
  const calls: unknown[] = Reflect.get(window, '__e2eApiCalls');
  const printers = [
    { name: 'EPSON LQ-630K', displayName: 'EPSON LQ-630K', isDefault: true },
    { name: 'Deli DL-888T', displayName: '得力 DL-888T', isDefault: false },
  ];
  api['print/printers'] = async () => ({ ok: true, value: { printers } });
  const print = api['print/print'];
  let failuresLeft = 1;
  api['print/print'] = async (args) => {
    if (failuresLeft-- <= 0 && print) return print(args);
    const { html: _html, ...rest } = args;
    calls.push({ channel: 'print/print', args: rest });
    return { ok: false, error: { code: 'FAILED', message: '打印机脱机(EPSON LQ-630K)' } };
  };
}
