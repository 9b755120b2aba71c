/** The slip's print preview source: the template's sheets in copy-routing order, and the screenshot page. */
import { createElement } from 'react';
import type { Lang } from '@shared/i18n';
import type { PrinterProfile } from '@shared/templates/calibration';
import { purchaseSlipRecords, type PurchaseSlipPrintData } from '@shared/templates/builtin/purchase-slip-data';
import type { Template } from '@shared/templates/template';
import { templateBatch } from '@shared/templates/template-sheet';
import { sheetSource, type PrintPreviewSource } from '../../../print/print-source';
import { safeFileName } from '../../../print/template-print-source';
import { ScreenshotPage } from './ScreenshotPage';
import { slipPageOrder, templateLineCount } from './slip-print';

export interface SlipPrintOptions {
  template: Template;
  data: PurchaseSlipPrintData;
  mode: Template['mode'];
  /** Plain paper: each copy on its own, with its label. */
  separateCopies: boolean;
  /** OUT-2: the back-office screenshot, printed after the yellow copy. */
  screenshot?: { dataUrl: string; caption: string };
  profile?: PrinterProfile;
  printerName?: string;
  lang: Lang;
  title: string;
}

export function slipPrintSource(o: SlipPrintOptions): PrintPreviewSource {
  const records = purchaseSlipRecords(o.data, templateLineCount(o.template.fields.map((f) => f.key)));
  const batch = templateBatch(o.template, records, { mode: o.mode, separateCopies: o.separateCopies, ...(o.profile ? { profile: o.profile } : {}) });
  const copies = o.separateCopies && o.template.copyLabels.length > 0 ? o.template.copyLabels.length : 1;
  const pages = slipPageOrder({ records: records.length, copies, separateCopies: o.separateCopies, screenshot: o.screenshot !== undefined });
  const meta = { title: o.title, fileName: safeFileName(o.title), lang: o.lang, ...(o.printerName ? { printerName: o.printerName } : {}) };
  const sheets = sheetSource(meta, batch.pageSize, batch.count, batch.sheetAt);
  const shot = o.screenshot;
  return {
    ...sheets,
    pageCount: pages.length,
    renderPage: (i, view) => {
      const page = pages[i];
      if (page?.kind === 'sheet') return sheets.renderPage(page.index, view);
      return createElement(ScreenshotPage, { key: `shot-${i}`, dataUrl: shot?.dataUrl ?? '', caption: shot?.caption ?? '', pageSize: batch.pageSize });
    },
  };
}
