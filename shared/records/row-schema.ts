import { z } from 'zod';
import { isoDate, withRules } from '../rows/kit';
import { exportableKinds, exportPeriods, validateExportSchedule, type ExportSchedule } from './export-schedule';

const exportSchedule = withRules(
  z.object({ period: z.enum(exportPeriods), kinds: z.array(z.enum(exportableKinds)), since: isoDate }) satisfies z.ZodType<ExportSchedule>,
  validateExportSchedule,
);

const epochOrNull = z.number().nullable();

/**
 * The settings whose readers take the stored value as its type (getSetting<T>): a wrong type there
 * would reach a screen. Settings read as unknown and checked by their reader (lang, the sender, a
 * template's printer) may hold anything.
 */
const settingValues: Readonly<Record<string, z.ZodType>> = {
  firstRunDone: z.boolean(),
  persisted: z.boolean().nullable(),
  idleLockMinutes: z.number(),
  settlementTime: z.string().regex(/^\d{2}:\d{2}$/),
  exportSchedule,
  // backupSettingKeys (shared/backup/schedule.ts), spelled out: that module names tables through this registry.
  lastBackupAt: epochOrNull,
  lastAutoBackupAt: epochOrNull,
  lastBackupFile: z.string().nullable(),
};

/** A stored setting: a key, and for the keys above a value of their type. */
export const settingRowSchema = z.object({ key: z.string().min(1), value: z.unknown() }).superRefine((row, ctx) => {
  const schema = Object.hasOwn(settingValues, row.key) ? settingValues[row.key] : undefined;
  const parsed = schema?.safeParse(row.value);
  if (parsed && !parsed.success) for (const i of parsed.error.issues) ctx.addIssue({ ...i, path: ['value', ...i.path] });
});
