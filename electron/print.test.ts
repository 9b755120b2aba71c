import { describe, expect, it } from 'vitest';
import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import { PrintDocStore } from './print-docs';
import { PrintService, SerialQueue, isDefaultPrinter, type PrintContents, type PrinterInfoLike, type PrintWindowLike } from './print';

type PrintCallback = (success: boolean, failureReason: string) => void;

/** A hidden print window whose print() answers with whatever the test decides. */
class FakePrintWindow implements PrintWindowLike {
  destroyed = false;
  loaded: string[] = [];
  printed: WebContentsPrintOptions[] = [];
  pdfOptions: PrintToPDFOptions[] = [];
  answer: [boolean, string] = [true, ''];
  printers: PrinterInfoLike[] = [{ name: 'HP', displayName: 'HP LaserJet', options: { 'is-default': 'true' } }];
  readonly webContents: PrintContents;

  constructor(readonly docs: PrintDocStore) {
    this.webContents = {
      loadURL: async (url) => {
        // The document must be served while the job runs.
        if (docs.getByPath(new URL(url).pathname) === undefined) throw new Error('not served');
        this.loaded.push(url);
      },
      executeJavaScript: async (code) => code.includes('document.fonts.ready'),
      print: (options: WebContentsPrintOptions, callback: PrintCallback) => {
        this.printed.push(options);
        setTimeout(() => callback(...this.answer), 5);
      },
      printToPDF: async (options) => {
        this.pdfOptions.push(options);
        return Buffer.from('%PDF-1.7');
      },
      getPrintersAsync: async () => this.printers,
    };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

function setup(answer: [boolean, string] = [true, '']) {
  const docs = new PrintDocStore();
  const windows: FakePrintWindow[] = [];
  const service = new PrintService(() => {
    const win = new FakePrintWindow(docs);
    win.answer = answer;
    windows.push(win);
    return win;
  }, docs);
  return { docs, windows, service };
}

const job = { html: '<p>电话记录表</p>', pageSize: { widthMm: 210, heightMm: 297 }, silent: true };

describe('SerialQueue', () => {
  it('runs jobs one at a time, in order, even when one fails', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const task = (name: string, ms: number, fail = false) => () =>
      new Promise<string>((resolve, reject) => {
        log.push(`start ${name}`);
        setTimeout(() => {
          log.push(`end ${name}`);
          if (fail) reject(new Error(name));
          else resolve(name);
        }, ms);
      });
    const results = await Promise.allSettled([queue.run(task('a', 20)), queue.run(task('b', 1, true)), queue.run(task('c', 1))]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('PrintService', () => {
  it('loads the job from app://print, prints in microns with no margins, then forgets the document', async () => {
    const { service, windows, docs } = setup();
    expect(await service.print(job)).toEqual({ printed: true });
    const [win] = windows;
    expect(win?.loaded[0]).toMatch(/^app:\/\/print\/job-\d+\.html$/);
    expect(win?.printed[0]).toMatchObject({ silent: true, margins: { marginType: 'none' }, pageSize: { width: 210_000, height: 297_000 } });
    expect(docs.size).toBe(0);
  });

  it('reuses one hidden window for consecutive jobs and runs them one at a time', async () => {
    const { service, windows } = setup();
    await Promise.all([service.print(job), service.print(job), service.pdf(job)]);
    expect(windows).toHaveLength(1);
    expect(windows[0]?.printed).toHaveLength(2);
    expect(windows[0]?.pdfOptions).toHaveLength(1);
  });

  it("rejects with the driver's reason as FAILED", async () => {
    const { service, docs } = setup([false, 'Print job failed']);
    await expect(service.print(job)).rejects.toMatchObject({ code: 'FAILED', message: '打印失败:Print job failed' });
    expect(docs.size).toBe(0);
  });

  it('reports a cancelled print dialog as CANCELLED', async () => {
    const { service } = setup([false, 'Print job canceled']);
    await expect(service.print({ ...job, silent: false })).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('falls back to the print dialog when the named printer is missing, and says so', async () => {
    const { service, windows } = setup();
    const result = await service.print({ ...job, printerName: 'Old Printer' });
    expect(result).toEqual({ printed: true, message: expect.stringContaining('Old Printer') });
    expect(result.message).toContain('打印对话框');
    expect(windows[0]?.printed[0]).toMatchObject({ silent: false });
    expect(windows[0]?.printed[0]).not.toHaveProperty('deviceName');
  });

  it('prints silently to a named printer that exists', async () => {
    const { service, windows } = setup();
    expect(await service.print({ ...job, printerName: 'HP' })).toEqual({ printed: true });
    expect(windows[0]?.printed[0]).toMatchObject({ silent: true, deviceName: 'HP' });
  });

  it('passes the dpi for drivers that shrink silent prints, with the named printer and copies', async () => {
    const { service, windows } = setup();
    await service.print({ ...job, printerName: 'HP', copies: 3, dpi: 300 });
    expect(windows[0]?.printed[0]).toMatchObject({ deviceName: 'HP', copies: 3, silent: true, dpi: { horizontal: 300, vertical: 300 } });
  });

  it("drops the missing printer's dpi when falling back to the dialog", async () => {
    const { service, windows } = setup();
    const result = await service.print({ ...job, printerName: 'Old Printer', dpi: 180 });
    expect(result.message).toContain('Old Printer');
    expect(windows[0]?.printed[0]).not.toHaveProperty('dpi');
  });

  it('prints a batch (one multi-page document) as one job', async () => {
    const { service, windows, docs } = setup();
    const pages = Array.from({ length: 40 }, (_, i) => `<section class="page">运单 ${i + 1}</section>`).join('');
    await service.print({ ...job, html: `<!doctype html><style>.page{break-after:page}</style>${pages}` });
    expect(windows[0]?.loaded).toHaveLength(1);
    expect(windows[0]?.printed).toHaveLength(1);
    expect(windows[0]?.printed[0]).not.toHaveProperty('pageRanges');
    expect(docs.size).toBe(0);
  });

  it('after a failed job the next one (a retry) prints', async () => {
    const { service, windows } = setup([false, 'Printer is out of paper']);
    await expect(service.print(job)).rejects.toMatchObject({ code: 'FAILED', message: expect.stringContaining('Printer is out of paper') });
    const win = windows[0];
    if (win) win.answer = [true, ''];
    await expect(service.print(job)).resolves.toEqual({ printed: true });
    expect(windows[0]?.printed).toHaveLength(2);
  });

  it('returns PDF bytes rendered with the PDF options', async () => {
    const { service, windows } = setup();
    const bytes = await service.pdf(job);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
    expect(windows[0]?.pdfOptions[0]).toMatchObject({ preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  });

  it('lists printers with a default flag', async () => {
    const { service } = setup();
    expect(await service.printers()).toEqual([{ name: 'HP', displayName: 'HP LaserJet', isDefault: true }]);
    expect(isDefaultPrinter({ name: 'x', displayName: 'x' })).toBe(false);
  });

  it('replaces a destroyed window and closes it on dispose', async () => {
    const { service, windows } = setup();
    await service.print(job);
    windows[0]?.destroy();
    await service.print(job);
    expect(windows).toHaveLength(2);
    service.dispose();
    expect(windows[1]?.destroyed).toBe(true);
  });
});
