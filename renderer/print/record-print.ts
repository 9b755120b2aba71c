/**
 * The one print path for a record on a template: the template in use (the center's own version or the
 * built-in one), the printer remembered for it, and that printer's calibration profile applied. Service
 * cards, service reports and waybills all print through here, so a calibrated printer lines up every
 * form the same way.
 */
import type { Lang } from '@shared/i18n';
import type { TemplateRecord } from '@shared/templates/format';
import type { AppDB } from '../db/db';
import type { PrintPreviewSource } from './print-source';
import { loadPrintSetup } from './print-setup';
import { templatePrintSource } from './template-print-source';

export interface RecordPrintOptions {
  lang: Lang;
  /** The print job's name. */
  title: string;
  /** The suggested PDF name (without extension); the title by default. */
  fileName?: string;
}

/** `records` (one sheet each) on the template `templateId`, corrected by its printer's profile. */
export async function recordPrintSource(db: AppDB, templateId: string, records: readonly TemplateRecord[], options: RecordPrintOptions): Promise<PrintPreviewSource> {
  const setup = await loadPrintSetup(db, templateId, options.lang);
  return templatePrintSource(setup.template, records, {
    lang: options.lang,
    title: options.title,
    fileName: options.fileName ?? options.title,
    profile: setup.profile,
    ...(setup.printerName ? { printerName: setup.printerName } : {}),
  });
}
