import { useState } from 'react';
import type { Translate } from '@shared/i18n';
import type { Platform } from '../platform';
import { printSource, saveSourceAsPdf, type PrintChoice } from './print-actions';
import type { BuildProgress } from './print-document';
import type { PrintPreviewSource } from './print-source';

export interface Notice {
  severity: 'success' | 'info' | 'error';
  text: string;
  /** A failed job can be sent again as it was. */
  retry?: () => void;
}

/** A print job the platform accepted (never called for a cancelled dialog or a failed job). */
export interface PrintedJob {
  printerName: string | null;
  copies: number;
  pages: number;
}

function errorText(t: Translate, err: unknown): string {
  return t('print.preview.failed', { message: err instanceof Error ? err.message : String(err) });
}

/**
 * Print and save-as-PDF with the buttons disabled while they run and the batch's progress shown;
 * the outcome or the driver's reason becomes a notice, and a failure offers 重试.
 */
export function usePrintActions(doc: PrintPreviewSource, platform: Platform, t: Translate, onPrinted?: (job: PrintedJob) => void) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<BuildProgress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = async (action: () => Promise<Notice | null>, again: () => void) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await action());
    } catch (err) {
      setNotice({ severity: 'error', text: errorText(t, err), retry: again });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const print = (choice: PrintChoice): void => {
    void run(async () => {
      const outcome = await printSource(platform, doc, choice, { onProgress: setProgress });
      if (!outcome.printed) return null; // the dialog was cancelled: nothing printed, nothing to mark
      onPrinted?.({ ...choice, pages: doc.pageCount });
      if (platform.kind === 'browser') return null; // the browser cannot tell whether paper came out
      const text = outcome.message ? t('print.preview.printedNote', { message: outcome.message }) : t('print.preview.printed');
      return { severity: outcome.message ? 'info' : 'success', text };
    }, () => print(choice));
  };

  const savePdf = (): void => {
    void run(async () => {
      const outcome = await saveSourceAsPdf(platform, doc, { onProgress: setProgress });
      return outcome.status === 'saved' ? { severity: 'success', text: t('print.preview.pdfSaved', { location: outcome.location }) } : null;
    }, savePdf);
  };

  return { busy, progress, notice, clearNotice: () => setNotice(null), print, savePdf };
}
