import type { Lang } from '@shared/i18n';
import type { PrinterProfile } from '@shared/templates/calibration';
import type { Template } from '@shared/templates/template';
import type { AppDB } from '../db/db';
import { getProfile, rememberedPrinter, systemDialogPrinter } from '../db/print-profiles-repo';
import { getTemplate } from '../db/templates-repo';

export interface PrintSetup {
  template: Template;
  /** The printer remembered for the template (undefined: the system dialog). */
  printerName?: string;
  /** That printer's calibration for the template. */
  profile: PrinterProfile;
}

/** The template in use (customised or built-in), its remembered printer and that printer's profile. */
export async function loadPrintSetup(db: AppDB, templateId: string, lang: Lang): Promise<PrintSetup> {
  const template = await getTemplate(db, templateId, lang);
  if (!template) throw new Error(`no template ${templateId}`);
  const printer = (await rememberedPrinter(db, templateId)) ?? systemDialogPrinter;
  const profile = await getProfile(db, printer, templateId);
  return { template, profile, ...(printer ? { printerName: printer } : {}) };
}
