import { describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import type { Platform } from '../platform/platform';
import { printSource, saveSourceAsPdf } from './print-actions';
import type { PrintPreviewSource } from './print-source';

const source: PrintPreviewSource = {
  title: '电话记录表',
  fileName: '电话记录表_2025-03-01_2025-03-31',
  pageSize: { widthMm: 210, heightMm: 297 },
  pageCount: 1,
  lang: 'zh-CN',
  render: () => createElement('div', { className: 'print-sheet' }, '咨询净水器滤芯更换周期'),
};

function fakePlatform(kind: Platform['kind'], pdf: Uint8Array | null, saved: { location: string } | null = null) {
  return {
    kind,
    writeExport: vi.fn<Platform['writeExport']>(async () => null),
    saveFile: vi.fn<Platform['saveFile']>(async () => saved),
    print: vi.fn<Platform['print']>(async () => undefined),
    printToPdf: vi.fn<Platform['printToPdf']>(async () => pdf),
    exportFolder: vi.fn<Platform['exportFolder']>(async () => null),
    chooseExportFolder: vi.fn<Platform['chooseExportFolder']>(async () => null),
  } satisfies Platform;
}

describe('printSource', () => {
  it('hands the platform the standalone document with the page size and title', async () => {
    const platform = fakePlatform('electron', null);
    await printSource(platform, source);
    const doc = platform.print.mock.calls[0]?.[0];
    expect(doc?.pageSize).toEqual({ widthMm: 210, heightMm: 297 });
    expect(doc?.title).toBe('电话记录表');
    expect(doc?.html).toContain('咨询净水器滤芯更换周期');
  });
});

describe('saveSourceAsPdf', () => {
  it('Electron: renders the PDF, then saves it under the register name with a PDF filter', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const platform = fakePlatform('electron', bytes, { location: 'D:\\电话记录表.pdf' });
    await expect(saveSourceAsPdf(platform, source)).resolves.toEqual({ status: 'saved', location: 'D:\\电话记录表.pdf' });
    expect(platform.saveFile).toHaveBeenCalledWith('电话记录表_2025-03-01_2025-03-31.pdf', bytes, 'PDF 文件', ['pdf']);
    expect(platform.print).not.toHaveBeenCalled();
  });

  it('Electron: a cancelled save dialog is reported as cancelled, not saved', async () => {
    const platform = fakePlatform('electron', new Uint8Array([1]), null);
    await expect(saveSourceAsPdf(platform, source)).resolves.toEqual({ status: 'cancelled' });
  });

  it('browser: opens the print dialog (where the user picks 另存为 PDF) and saves nothing itself', async () => {
    const platform = fakePlatform('browser', null);
    await expect(saveSourceAsPdf(platform, source)).resolves.toEqual({ status: 'print-dialog' });
    expect(platform.print).toHaveBeenCalledOnce();
    expect(platform.saveFile).not.toHaveBeenCalled();
  });
});
