/**
 * Printer profiles: per printer and template, where that printer really puts the page (offset, and for
 * continuous forms the drift per sheet), so printing can correct it. Also the printer each template
 * prints on by default.
 */
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { neutralProfile, roundTenth, type PrinterProfile } from '@shared/templates/calibration';
import { auditChange } from './audit-repo';
import type { AppDB, PrintProfileRow } from './db';
import { getSetting, setSetting } from './settings-repo';

/**
 * The printer name a profile is kept under when printing goes through the system dialog (browser
 * mode, or no printer chosen): the dialog's printer is unknown, but the paper still needs correcting.
 */
export const systemDialogPrinter = '';

/** Offsets beyond this are a mistyped number, not a printer that far off. */
export const maxOffsetMm = 50;
export const maxDriftMm = 10;

export class ProfileRangeError extends RangeError {
  constructor(readonly field: keyof PrinterProfile) {
    super(`printer profile ${field} is out of range`);
    this.name = 'ProfileRangeError';
  }
}

function profileOf(row: PrintProfileRow): PrinterProfile {
  return { offsetXMm: row.offsetXMm, offsetYMm: row.offsetYMm, driftMmPerSheet: row.driftMmPerSheet };
}

/** The profile of `printerName` for `templateId`; neutral (no correction) when none was saved. */
export async function getProfile(db: AppDB, printerName: string, templateId: string): Promise<PrinterProfile> {
  const row = await db.printProfiles.get([printerName, templateId]);
  return row ? profileOf(row) : { ...neutralProfile };
}

/** Rounds to the 0.1 mm steps profiles are kept in and refuses values no real printer needs. */
export function normalizeProfile(profile: PrinterProfile): PrinterProfile {
  const checked = (field: keyof PrinterProfile, limit: number) => {
    const value = profile[field];
    if (!Number.isFinite(value) || Math.abs(value) > limit) throw new ProfileRangeError(field);
    return roundTenth(value);
  };
  return {
    offsetXMm: checked('offsetXMm', maxOffsetMm),
    offsetYMm: checked('offsetYMm', maxOffsetMm),
    driftMmPerSheet: checked('driftMmPerSheet', maxDriftMm),
  };
}

/** Saves the profile (0.1 mm steps) with its audit entry in one transaction; needs 'settings.manage'. */
export async function saveProfile(
  db: AppDB,
  actor: Actor,
  printerName: string,
  templateId: string,
  profile: PrinterProfile,
  now = Date.now(),
): Promise<PrinterProfile> {
  assertCan(actor.roles, 'settings.manage');
  const normalized = normalizeProfile(profile);
  await db.transaction('rw', db.printProfiles, db.auditLog, async () => {
    const before = await db.printProfiles.get([printerName, templateId]);
    await db.printProfiles.put({ printerName, templateId, ...normalized, updatedAt: now });
    await auditChange(db, actor, {
      action: before ? 'update' : 'create',
      table: 'printProfiles',
      recordId: `${printerName || '(system dialog)'} / ${templateId}`,
      before: before ? { ...profileOf(before) } : undefined,
      after: { ...normalized },
      at: now,
    });
  });
  return normalized;
}

/** Every saved profile of one template (the printer panel lists them). */
export async function listProfilesForTemplate(db: AppDB, templateId: string): Promise<PrintProfileRow[]> {
  return db.printProfiles.where('templateId').equals(templateId).toArray();
}

function printerSettingKey(templateId: string): string {
  return `printer.${templateId}`;
}

/** Remembers the printer a template prints on (a per-template setting; any signed-in user may choose). */
export async function rememberPrinter(db: AppDB, templateId: string, printerName: string): Promise<void> {
  await setSetting(db, printerSettingKey(templateId), printerName);
}

/** The printer remembered for a template, or null when none was chosen yet. */
export async function rememberedPrinter(db: AppDB, templateId: string): Promise<string | null> {
  const value = await getSetting<unknown>(db, printerSettingKey(templateId), null);
  return typeof value === 'string' ? value : null;
}
