/**
 * Every built-in template, rendered with sample data by the print engine (templatePrintSource →
 * printDocument, the HTML Electron prints) in Chromium to PDF, and read back with pdfjs: the page
 * is the template's paper, every field's text lands where the template says (plus the printer
 * profile's offset), too-long text stays inside its box, and Chinese is real text in the PDF.
 * No app UI: page.setContent with the standalone document, as Electron's print window loads it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallLog } from '@shared/domain/call-log';
import { callRegisterModel } from '@shared/print/call-register';
import { callRegisterSheets } from '@shared/print/call-register-sheet';
import type { SheetText } from '@shared/print/sheet';
import { textWidthMm } from '@shared/print/text-fit';
import { builtinTemplate, builtinTemplates, sampleData } from '@shared/templates/builtin';
import type { PrinterProfile } from '@shared/templates/calibration';
import type { TemplateRecord } from '@shared/templates/format';
import type { Template, TemplateField } from '@shared/templates/template';
import { templateSheet, type TemplateSheetOptions } from '@shared/templates/template-sheet';
import { toPrintDocument } from '../renderer/print/print-document';
import { callRegisterSource } from '../renderer/print/print-source';
import type { PrintPreviewSource } from '../renderer/print/print-source';
import { templatePrintSource } from '../renderer/print/template-print-source';
import { compact, lineExtent, readPdfLayout, runsOnLine, type PdfPageLayout } from './pdf';

const artifactsDir = resolve(import.meta.dirname, 'artifacts');
const mmPerPt = 25.4 / 72;
const positionToleranceMm = 0.5;
const sizeToleranceMm = 0.2;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** The standalone document of `source` → PDF (as Electron's printToPDF makes it), kept in e2e/artifacts. */
async function toPdf(source: PrintPreviewSource, name: string): Promise<{ file: string; pages: PdfPageLayout[] }> {
  await page.setContent(toPrintDocument(source).html);
  await page.evaluate(() => document.fonts.ready);
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = resolve(artifactsDir, `tpl-${name}.pdf`);
  writeFileSync(file, bytes);
  return { file, pages: await readPdfLayout(bytes) };
}

const noOffset = { x: 0, y: 0 };

/**
 * Where a field's lines must land, from the template's box (not from the renderer): the anchor is the
 * box's left edge, centre or right edge; vertically, each line's CJK em box (0.88 em above the
 * baseline, 0.12 em below) is centred in its line, so a baseline is the line's middle + 0.38 em.
 * Shrunk fields are one line in the middle of the box; wrapped fields start at the box top. The
 * fitted lines, size and line height come from the engine's sheet (what text, how big).
 */
function expectedLines(f: TemplateField, fitted: SheetText, offset = noOffset) {
  const em = fitted.sizePt * mmPerPt;
  const lineMm = fitted.lineHeightMm;
  const top = f.overflow === 'shrink' ? f.y + (f.height - fitted.lines.length * lineMm) / 2 : f.y;
  const anchor = { left: f.x, center: f.x + f.width / 2, right: f.x + f.width }[f.align] + offset.x;
  return fitted.lines.map((line, i) => ({ line, anchor, baseline: top + i * lineMm + lineMm / 2 + 0.38 * em + offset.y }));
}

function fittedText(t: Template, f: TemplateField, record: TemplateRecord, options: TemplateSheetOptions): SheetText | undefined {
  return templateSheet(t, record, options).elements.find(
    (e): e is SheetText => e.kind === 'text' && e.xMm === f.x && e.yMm === f.y && e.widthMm === f.width && e.heightMm === f.height,
  );
}

/** Checks every field of `t` on a PDF page (each must have text): every line's text, anchor and baseline within ±0.5 mm, inside its box. Returns the fields checked. */
function checkFields(t: Template, pdfPage: PdfPageLayout, record: TemplateRecord, options: TemplateSheetOptions, offset = noOffset) {
  let checked = 0;
  for (const f of t.fields) {
    const fitted = fittedText(t, f, record, options);
    expect(fitted, `${t.id} ${f.key} has text`).toBeDefined();
    if (!fitted) continue;
    checked++;
    const left = f.x + offset.x;
    const right = f.x + f.width + offset.x;
    for (const want of expectedLines(f, fitted, offset)) {
      // Runs starting inside the box; a neighbour starting right at its edge is not this field's.
      const got = lineExtent(runsOnLine(pdfPage.items, want.baseline, left - 0.3, right - 0.1));
      const where = `${t.id} ${f.key} "${want.line}"`;
      expect(got.text, where).toBe(compact(want.line));
      const at = { left: got.leftMm, center: (got.leftMm + got.rightMm) / 2, right: got.rightMm }[f.align];
      expect(Math.abs(at - want.anchor), `${where} x ${at} vs ${want.anchor}`).toBeLessThanOrEqual(positionToleranceMm);
      // Inside the box: across, and the em box of the line from top to bottom.
      expect(got.leftMm, where).toBeGreaterThanOrEqual(left - 0.2);
      expect(got.rightMm, where).toBeLessThanOrEqual(right + 0.2);
      expect(want.baseline - 0.88 * got.sizeMm, where).toBeGreaterThanOrEqual(f.y + offset.y - 0.2);
      expect(want.baseline + 0.12 * got.sizeMm, where).toBeLessThanOrEqual(f.y + f.height + offset.y + 0.2);
    }
  }
  return checked;
}

/**
 * The page size Chromium's PDF writer can give a length: it rounds page sizes to whole points, then
 * to 1/300 inch (measured: 130 mm → 369 pt → 369.12 pt = 130.217 mm). Electron's printToPDF shares
 * it; printing to a driver's paper form is not affected, and positions are measured from the top-left.
 */
function chromiumPdfMm(mm: number): number {
  const points = Math.round((mm / 25.4) * 72);
  return (Math.round((points * 300) / 72) * 0.24 * 25.4) / 72;
}

/** ±0.2 mm, unless Chromium cannot represent the size that closely (76×130: 0.217 mm): then exactly its nearest. */
function expectLength(actualMm: number | undefined, designMm: number) {
  const tolerance = Math.max(sizeToleranceMm, Math.abs(chromiumPdfMm(designMm) - designMm) + 0.005);
  expect(Math.abs((actualMm ?? 0) - designMm), `${actualMm} mm for ${designMm} mm`).toBeLessThanOrEqual(tolerance);
}

function expectPaper(pdfPage: PdfPageLayout | undefined, t: Pick<Template, 'paper'>) {
  expectLength(pdfPage?.widthMm, t.paper.widthMm);
  expectLength(pdfPage?.heightMm, t.paper.heightMm);
}

function pageText(pdfPage: PdfPageLayout | undefined): string {
  return compact((pdfPage?.items ?? []).map((i) => i.str).join(''));
}

/** Every key a template prints, given far more text than its box holds. */
function overlongRecord(t: Template): TemplateRecord {
  const long = '广东省深圳市南山区科技园南区高新南七道十八号深圳软件产业基地四栋B座一二零三室收发室转交'.repeat(3);
  const record: Record<string, string | number> = {};
  for (const f of t.fields) record[f.key] = f.format === 'date' ? '2025-03-14' : f.format === 'text' ? long : 98765432.1;
  for (const s of t.statics) if (s.type === 'barcode' || s.type === 'qrcode') record[s.key] = 'SF1428570396215';
  return record;
}

describe('built-in templates on paper (Chromium PDF)', () => {
  for (const t of builtinTemplates()) {
    it(`${t.id}: page ${t.paper.widthMm}×${t.paper.heightMm} mm, every field at its designed position, Chinese as text`, async () => {
      const record = sampleData(t.id);
      const { file, pages } = await toPdf(templatePrintSource(t, [record], { lang: 'zh-CN' }), t.id);
      expect(pages).toHaveLength(1);
      expectPaper(pages[0], t);
      const checked = checkFields(t, pages[0]!, record, {});
      expect(checked).toBe(t.fields.length);
      const text = pageText(pages[0]);
      if (t.id === 'calibration') {
        expect(text).toContain('校准页210×297mm');
        expect(text).toContain('(20,20)');
      } else {
        expect(text).toContain('张三丰');
        expect(text).toContain('广东省');
      }
      if (t.mode === 'full' && t.id !== 'calibration') expect(text).toContain('收');
      execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', file, file.replace(/\.pdf$/, '')]);
    });
  }

  it('a field whose text is far too long stays inside its box, on every built-in template', async () => {
    for (const t of builtinTemplates().filter((x) => x.fields.length > 0)) {
      const record = overlongRecord(t);
      const { pages } = await toPdf(templatePrintSource(t, [record], { lang: 'zh-CN' }), `${t.id}-overlong`);
      expect(checkFields(t, pages[0]!, record, {}), t.id).toBe(t.fields.length);
    }
  });

  it('the full form of a waybill prints its labels and boxes too (blank paper)', async () => {
    const t = builtinTemplate('waybill-generic');
    const record = sampleData(t.id);
    const { file, pages } = await toPdf(templatePrintSource(t, [record], { lang: 'zh-CN', mode: 'full' }), 'waybill-generic-full');
    expect(pageText(pages[0])).toContain('收件人');
    expect(pageText(pages[0])).toContain('内件品名');
    expect(checkFields(t, pages[0]!, record, { mode: 'full' })).toBe(t.fields.length);
    execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', file, file.replace(/\.pdf$/, '')]);
  });
});

describe('printer profile on paper', () => {
  it('an offset of +1.5 / −0.8 mm moves every field by exactly that', async () => {
    const t = builtinTemplate('waybill-sf');
    const record = sampleData(t.id);
    const profile: PrinterProfile = { offsetXMm: 1.5, offsetYMm: -0.8, driftMmPerSheet: 0 };
    const { pages } = await toPdf(templatePrintSource(t, [record], { lang: 'zh-CN', profile }), 'waybill-sf-offset');
    expectPaper(pages[0], t);
    expect(checkFields(t, pages[0]!, record, { profile }, { x: 1.5, y: -0.8 })).toBe(t.fields.length);
  });

  it('drift on continuous paper: the third sheet of a batch is corrected by 2 × drift more', async () => {
    const t = builtinTemplate('thermal-76x130');
    const record = sampleData(t.id);
    const profile: PrinterProfile = { offsetXMm: 0, offsetYMm: 1, driftMmPerSheet: 1.5 };
    const { pages } = await toPdf(templatePrintSource(t, [record, record, record], { lang: 'zh-CN', profile }), 'thermal-drift');
    expect(pages).toHaveLength(3);
    for (const p of pages) expectPaper(p, t);
    expect(checkFields(t, pages[0]!, record, { profile }, { x: 0, y: 1 })).toBe(t.fields.length);
    expect(checkFields(t, pages[2]!, record, { profile, sheetIndex: 2 }, { x: 0, y: 1 - 2 * 1.5 })).toBe(t.fields.length);
  });
});

describe('background scan', () => {
  // A 2×2 white PNG.
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4//8/AxBDWQwMADbUBftwlqNjAAAAAElFTkSuQmCC';
  const withScan = (print: boolean): Template => ({ ...builtinTemplate('waybill-generic'), background: { dataUrl: png, print } });
  // pdfimages lists a PNG's alpha channel as a separate 'smask' row: count the images only.
  const images = (file: string) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').filter((l) => l.trim().split(/\s+/)[2] === 'image').length;

  it('is not printed unless asked for', async () => {
    const record = sampleData('waybill-generic');
    const { file: plain } = await toPdf(templatePrintSource(withScan(false), [record], { lang: 'zh-CN' }), 'background-off');
    expect(images(plain)).toBe(0);
    const { file: printed } = await toPdf(templatePrintSource(withScan(false), [record], { lang: 'zh-CN', printBackground: true }), 'background-on');
    expect(images(printed)).toBe(1);
  });
});

describe('call register on the same engine', () => {
  const call: CallLog = {
    id: 1, direction: 'in', at: new Date(2025, 2, 3, 9, 30).getTime(), phone: '13912345678', customerId: 1,
    contact: '', topic: 'repair', content: '客户反映净水器出水变慢,滤芯已使用十四个月,建议更换前置滤芯并上门检查水压。', result: '已预约周五上门', createdAt: 0,
  };
  const range = { from: '2025-03-01', to: '2025-03-31' };

  it('is A4 and every cell’s text lands where its sheet places it', async () => {
    const customers = new Map([[1, { name: '张三丰' }]]);
    const { pages } = await toPdf(callRegisterSource([call], customers, range, 'zh-CN', { now: 0 }), 'call-register');
    expectPaper(pages[0], { paper: { widthMm: 210, heightMm: 297 } });
    const sheet = callRegisterSheets(callRegisterModel([call], customers, range, 'zh-CN', { now: 0 })).sheets[0];
    const cells = (sheet?.elements ?? []).filter((e): e is SheetText => e.kind === 'text' && e.lines.length > 0);
    for (const c of cells) {
      // The same maths as for template fields, with the cell as the box and its vertical alignment.
      const em = c.sizePt * mmPerPt;
      const block = c.lines.length * c.lineHeightMm;
      const top = { top: c.yMm, middle: c.yMm + (c.heightMm - block) / 2, bottom: c.yMm + c.heightMm - block }[c.vAlign];
      c.lines.forEach((line, i) => {
        const baseline = top + i * c.lineHeightMm + c.lineHeightMm / 2 + 0.38 * em;
        // Two texts share the info line (range left, printed-at right): look where this one can be, by its width estimate.
        const span = textWidthMm(line, c.sizePt, c);
        const from = { left: c.xMm, center: c.xMm + (c.widthMm - span) / 2, right: c.xMm + c.widthMm - span }[c.align];
        const got = lineExtent(runsOnLine(pages[0]!.items, baseline, from - 0.5, from + span));
        expect(got.text, line).toBe(compact(line));
        const at = { left: got.leftMm, center: (got.leftMm + got.rightMm) / 2, right: got.rightMm }[c.align];
        const want = { left: c.xMm, center: c.xMm + c.widthMm / 2, right: c.xMm + c.widthMm }[c.align];
        expect(Math.abs(at - want), line).toBeLessThanOrEqual(positionToleranceMm);
      });
    }
    expect(pageText(pages[0])).toContain('电话记录表');
  });
});
