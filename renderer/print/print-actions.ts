import { translate } from '@shared/i18n';
import type { Platform, PrintOptions, PrintOutcome } from '../platform/platform';
import { buildPrintDocument, type BuildProgress } from './print-document';
import type { PrintPreviewSource } from './print-source';

/** What the preview asks for: a listed printer (printed silently) or the system dialog (null), and copies. */
export interface PrintChoice {
  printerName: string | null;
  copies: number;
}

export interface ActionOptions {
  onProgress?: (progress: BuildProgress) => void;
}

/** The options Electron gets: a chosen printer prints without the dialog; no printer → the dialog. */
export function printOptions(source: PrintPreviewSource, choice: PrintChoice): PrintOptions {
  const options: PrintOptions = { silent: choice.printerName !== null, copies: choice.copies };
  if (choice.printerName !== null) options.printerName = choice.printerName;
  if (source.dpi !== undefined) options.dpi = source.dpi;
  return options;
}

/**
 * Prints the whole source as one job. Resolves with the platform's outcome (`printed: false` when the
 * dialog was cancelled); rejects with the driver's reason when the job fails. Callers mark records
 * printed only on `printed: true`.
 */
export async function printSource(
  platform: Platform,
  source: PrintPreviewSource,
  choice: PrintChoice = { printerName: null, copies: 1 },
  options: ActionOptions = {},
): Promise<PrintOutcome> {
  const doc = await buildPrintDocument(source, options);
  return platform.print(doc, printOptions(source, choice));
}

export type PdfOutcome =
  | { status: 'saved'; location: string }
  | { status: 'cancelled' }
  /** Browser mode: the print dialog is open, where the user picks 另存为 PDF. */
  | { status: 'print-dialog' };

/** Electron renders the PDF (printToPDF) and asks where to save it; a browser has only its print dialog. */
export async function saveSourceAsPdf(platform: Platform, source: PrintPreviewSource, options: ActionOptions = {}): Promise<PdfOutcome> {
  const doc = await buildPrintDocument(source, options);
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
