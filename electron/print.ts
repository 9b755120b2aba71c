import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type { PageSize } from '@shared/ipc';
import { OperationError } from './errors';
import type { PrintDocStore } from './print-docs';
import { buildPdfOptions, buildPrintOptions, isCancelReason, waitForContentScript, type PrintJob } from './print-options';

export interface PrinterInfoLike {
  name: string;
  displayName: string;
  options?: object;
}

/** What the print service needs from the hidden window; a real `BrowserWindow` fits. */
export interface PrintContents {
  loadURL(url: string): Promise<void>;
  executeJavaScript(code: string): Promise<unknown>;
  print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  getPrintersAsync(): Promise<PrinterInfoLike[]>;
}
export interface PrintWindowLike {
  readonly webContents: PrintContents;
  isDestroyed(): boolean;
  destroy(): void;
}

/** Runs tasks one at a time, in order; a failed task does not stop the ones after it. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** The platform reports the default printer in `options` (CUPS: "is-default"); absent → false. */
export function isDefaultPrinter(info: PrinterInfoLike): boolean {
  const options: Record<string, unknown> = { ...info.options };
  return options['is-default'] === 'true' || options['isDefault'] === true;
}

function printWith(contents: PrintContents, options: WebContentsPrintOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    contents.print(options, (success, failureReason) => {
      if (success) resolve();
      else if (isCancelReason(failureReason)) reject(new OperationError('CANCELLED', '已取消打印。'));
      else reject(new OperationError('FAILED', `打印失败:${failureReason || '打印机驱动未说明原因'}`));
    });
  });
}

export interface PrintRequest extends PrintJob {
  html: string;
}

/**
 * One print queue with one hidden window: jobs (print or PDF) run one at a time, each loading its
 * HTML from memory (`app://print/…`), waiting for fonts and images, then printing.
 */
export class PrintService {
  private readonly queue = new SerialQueue();
  private window: PrintWindowLike | null = null;

  constructor(
    private readonly createWindow: () => PrintWindowLike,
    private readonly docs: PrintDocStore,
  ) {}

  print(request: PrintRequest): Promise<{ printed: true; message?: string }> {
    return this.withDocument(request.html, async (contents) => {
      const { job, message } = await this.resolvePrinter(contents, request);
      await printWith(contents, buildPrintOptions(job));
      return message === undefined ? { printed: true } : { printed: true, message };
    });
  }

  pdf(request: { html: string; pageSize: PageSize }): Promise<Uint8Array> {
    return this.withDocument(request.html, async (contents) => {
      const pdf = await contents.printToPDF(buildPdfOptions(request));
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    });
  }

  async printers(): Promise<{ name: string; displayName: string; isDefault: boolean }[]> {
    const list = await this.contents().getPrintersAsync();
    return list.map((p) => ({ name: p.name, displayName: p.displayName || p.name, isDefault: isDefaultPrinter(p) }));
  }

  /** Closes the hidden window (it would otherwise keep the app alive after the main window closes). */
  dispose(): void {
    if (this.window && !this.window.isDestroyed()) this.window.destroy();
    this.window = null;
  }

  private contents(): PrintContents {
    if (!this.window || this.window.isDestroyed()) this.window = this.createWindow();
    return this.window.webContents;
  }

  private withDocument<T>(html: string, task: (contents: PrintContents) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      const { id, url } = this.docs.add(html);
      try {
        const contents = this.contents();
        await contents.loadURL(url);
        await contents.executeJavaScript(waitForContentScript);
        return await task(contents);
      } finally {
        this.docs.delete(id);
      }
    });
  }

  /** A named printer that no longer exists falls back to the print dialog rather than failing. */
  private async resolvePrinter(contents: PrintContents, job: PrintJob): Promise<{ job: PrintJob; message?: string }> {
    if (!job.printerName) return { job };
    const printers = await contents.getPrintersAsync();
    if (printers.some((p) => p.name === job.printerName)) return { job };
    // The dpi belonged to the missing printer's driver; the dialog's printer uses its own.
    return {
      job: { ...job, printerName: undefined, silent: false, dpi: undefined },
      message: `找不到打印机“${job.printerName}”,已改为弹出打印对话框。`,
    };
  }
}
