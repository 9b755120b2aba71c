import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { fakePlatform } from './fake-platform';
import { printOptions, printSource, saveSourceAsPdf } from './print-actions';
import type { PrintPreviewSource } from './print-source';

const source: PrintPreviewSource = {
  title: '电话记录表',
  fileName: '电话记录表_2025-03-01_2025-03-31',
  pageSize: { widthMm: 210, heightMm: 297 },
  pageCount: 2,
  lang: 'zh-CN',
  renderPage: (i) => createElement('div', { key: i, className: 'print-sheet' }, `咨询净水器滤芯更换周期 ${i + 1}`),
};

describe('printSource', () => {
  it('hands the platform the standalone document of every page with the page size and title', async () => {
    const platform = fakePlatform();
    await expect(printSource(platform, source)).resolves.toEqual({ printed: true });
    const doc = platform.print.mock.calls[0]?.[0];
    expect(doc?.pageSize).toEqual({ widthMm: 210, heightMm: 297 });
    expect(doc?.title).toBe('电话记录表');
    expect(doc?.html).toContain('咨询净水器滤芯更换周期 1');
    expect(doc?.html).toContain('咨询净水器滤芯更换周期 2');
  });

  it('a chosen printer prints silently with the copies; no printer opens the system dialog', async () => {
    const platform = fakePlatform();
    await printSource(platform, { ...source, dpi: 300 }, { printerName: 'EPSON LQ-630K', copies: 3 });
    expect(platform.print.mock.calls[0]?.[1]).toEqual({ silent: true, printerName: 'EPSON LQ-630K', copies: 3, dpi: 300 });
    expect(printOptions(source, { printerName: null, copies: 1 })).toEqual({ silent: false, copies: 1 });
  });

  it('reports a cancelled dialog as not printed, and a failed job with the driver’s reason', async () => {
    await expect(printSource(fakePlatform({ print: { printed: false } }), source)).resolves.toEqual({ printed: false });
    const failing = fakePlatform({ print: new Error('打印机脱机') });
    await expect(printSource(failing, source)).rejects.toThrow('打印机脱机');
  });

  it('builds a large batch in chunks and reports the progress', async () => {
    const seen: string[] = [];
    const platform = fakePlatform();
    await printSource(platform, { ...source, pageCount: 60 }, undefined, { onProgress: (p) => seen.push(`${p.done}/${p.total}`) });
    expect(seen).toEqual(['25/60', '50/60', '60/60']);
    expect(platform.print.mock.calls[0]?.[0].html.match(/class="print-sheet"/g)).toHaveLength(60);
  });
});

describe('saveSourceAsPdf', () => {
  it('Electron: renders the PDF, then saves it under the register name with a PDF filter', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const platform = fakePlatform({ pdf: bytes, saved: { location: 'D:\\电话记录表.pdf' } });
    await expect(saveSourceAsPdf(platform, source)).resolves.toEqual({ status: 'saved', location: 'D:\\电话记录表.pdf' });
    expect(platform.saveFile).toHaveBeenCalledWith('电话记录表_2025-03-01_2025-03-31.pdf', bytes, 'PDF 文件', ['pdf']);
    expect(platform.print).not.toHaveBeenCalled();
  });

  it('Electron: a cancelled save dialog is reported as cancelled, not saved', async () => {
    const platform = fakePlatform({ pdf: new Uint8Array([1]), saved: null });
    await expect(saveSourceAsPdf(platform, source)).resolves.toEqual({ status: 'cancelled' });
  });

  it('browser: opens the print dialog (where the user picks 另存为 PDF) and saves nothing itself', async () => {
    const platform = fakePlatform({ kind: 'browser' });
    await expect(saveSourceAsPdf(platform, source)).resolves.toEqual({ status: 'print-dialog' });
    expect(platform.print).toHaveBeenCalledOnce();
    expect(platform.saveFile).not.toHaveBeenCalled();
  });
});
