/**
 * Any template — built-in or designed — with plain records, as a print preview source: the entry point
 * for "print sample" in the designer, for the tests, and for the later forms (waybills, slips, labels).
 */
import { safeFileStem } from '@shared/file-name';
import type { Lang } from '@shared/i18n';
import type { TemplateRecord } from '@shared/templates/format';
import type { Template } from '@shared/templates/template';
import { templateBatch, type TemplateDocumentOptions } from '@shared/templates/template-sheet';
import { sheetSource, type PrintPreviewSource } from './print-source';

export interface TemplatePrintOptions extends TemplateDocumentOptions {
  /** The language of the preview's controls. */
  lang: Lang;
  /** The print job's name; the template's name by default. */
  title?: string;
  /** The suggested PDF name without extension; the title by default. */
  fileName?: string;
  /** The printer remembered for this template. */
  printerName?: string;
  dpi?: number;
}

/**
 * A file name the main process accepts, from a typed title: no reserved, control or direction
 * characters, no device name (a template called CON), no trailing dot or space.
 */
export function safeFileName(name: string): string {
  return safeFileStem(name, 'print');
}

/** One sheet per record (per copy label when copies print separately), made as the preview pages to it. */
export function templatePrintSource(template: Template, records: readonly TemplateRecord[], options: TemplatePrintOptions): PrintPreviewSource {
  const { lang, title = template.name, fileName, printerName, dpi, ...documentOptions } = options;
  const batch = templateBatch(template, records, documentOptions);
  const meta = {
    title,
    fileName: safeFileName(fileName ?? title),
    lang,
    ...(printerName ? { printerName } : {}),
    ...(dpi !== undefined ? { dpi } : {}),
  };
  return sheetSource(meta, batch.pageSize, batch.count, batch.sheetAt);
}
