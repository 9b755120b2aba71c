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
import { nav, settle } from './ui';

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

/** Every text line of every sheet in the preview that the real font makes wider or taller than its box. */
function clippedLines(): Promise<string[]> {
  return session.page.evaluate(() => {
    const region = document.querySelector('[role="region"] .print-sheet')?.parentElement;
    const boxes = [...(region?.querySelectorAll<HTMLElement>('.print-sheet > div') ?? [])];
    const problems: string[] = [];
    for (const box of boxes) {
      if (box.scrollHeight > box.clientHeight + 1) problems.push(`too tall: ${box.textContent}`);
      for (const line of box.querySelectorAll<HTMLElement>(':scope > div')) {
        if (line.scrollWidth > line.clientWidth + 1) problems.push(`too wide: ${line.textContent}`);
      }
    }
    return problems;
  });
}

describe('call register on paper', () => {
  it('prints 40 long calls on 3 A4 pages with every text inside its cell', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('dialog').getByRole('button', { name: '从空白开始' }).click();
    await seedLongCalls(40);
    await page.reload();
    await nav(page, '电话记录');
    await page.getByRole('button', { name: '打印预览' }).click();
    const preview = page.getByRole('dialog', { name: /打印预览/ });
    await preview.getByText('共 3 页', { exact: true }).waitFor();
    await settle(page);
    expect(await clippedLines()).toEqual([]);

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
      await page.getByRole('dialog').getByRole('button', { name: '载入示例数据' }).click();
      await nav(page, '电话记录');
      const contentCell = page.getByRole('grid').getByRole('row').nth(1).getByRole('gridcell').nth(6);
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
});
