import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type { PageSize } from '@shared/ipc';

/** `webContents.print` takes a custom page size in microns. */
export function mmToMicrons(mm: number): number {
  return Math.round(mm * 1000);
}

/** `printToPDF` takes a custom page size in inches (Electron's PrintToPDFOptions). */
export function mmToInches(mm: number): number {
  return mm / 25.4;
}

export interface PrintJob {
  pageSize: PageSize;
  silent: boolean;
  printerName?: string;
  copies?: number;
  /** Some drivers shrink silent prints unless told the resolution; the same value both ways. */
  dpi?: number;
}

/**
 * Options for `webContents.print`: the page is exactly the form's size with no printer margins
 * (the form's CSS lays out its own margins), backgrounds kept for shaded header cells.
 */
export function buildPrintOptions(job: PrintJob): WebContentsPrintOptions {
  return {
    silent: job.silent,
    ...(job.printerName ? { deviceName: job.printerName } : {}),
    copies: job.copies ?? 1,
    ...(job.dpi ? { dpi: { horizontal: job.dpi, vertical: job.dpi } } : {}),
    margins: { marginType: 'none' },
    pageSize: { width: mmToMicrons(job.pageSize.widthMm), height: mmToMicrons(job.pageSize.heightMm) },
    printBackground: true,
  };
}

/** Options for `printToPDF`: the CSS `@page` size wins; the explicit size is the fallback. */
export function buildPdfOptions(job: { pageSize: PageSize }): PrintToPDFOptions {
  return {
    pageSize: { width: mmToInches(job.pageSize.widthMm), height: mmToInches(job.pageSize.heightMm) },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    printBackground: true,
    preferCSSPageSize: true,
  };
}

/** Electron reports a cancelled dialog as a failure with this reason (spelling varies by platform). */
export function isCancelReason(reason: string): boolean {
  return /cancel/i.test(reason);
}

/**
 * Run inside the print document before printing: wait for web fonts and images so the first page is
 * not printed with fallback glyphs or empty boxes; give up after 10 s rather than hang the queue.
 */
export const waitForContentScript = `Promise.race([
  Promise.all([
    document.fonts.ready,
    ...Array.from(document.images, (img) => (img.complete ? null : img.decode().catch(() => null))),
  ]),
  new Promise((resolve) => setTimeout(resolve, 10000)),
]).then(() => true)`;
