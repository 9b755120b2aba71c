import { translate } from '@shared/i18n';
import type { Platform } from '../platform/platform';
import { toPrintDocument, type PrintPreviewSource } from './print-source';

export function printSource(platform: Platform, source: PrintPreviewSource): Promise<void> {
  return platform.print(toPrintDocument(source));
}

export type PdfOutcome =
  | { status: 'saved'; location: string }
  | { status: 'cancelled' }
  /** Browser mode: the print dialog is open, where the user picks 另存为 PDF. */
  | { status: 'print-dialog' };

/** Electron renders the PDF (printToPDF) and asks where to save it; a browser has only its print dialog. */
export async function saveSourceAsPdf(platform: Platform, source: PrintPreviewSource): Promise<PdfOutcome> {
  const doc = toPrintDocument(source);
  if (platform.kind === 'browser') {
    await platform.print(doc);
    return { status: 'print-dialog' };
  }
  const bytes = await platform.printToPdf(doc);
  if (!bytes) return { status: 'cancelled' };
  const filter = translate(source.lang, 'print.pdfFilter');
  const saved = await platform.saveFile(`${source.fileName}.pdf`, bytes, filter, ['pdf']);
  return saved ? { status: 'saved', location: saved.location } : { status: 'cancelled' };
}
