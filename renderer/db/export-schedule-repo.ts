import { assertValid } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { duePeriods, validateExportSchedule, type DuePeriod, type ExportSchedule } from '@shared/records/export-schedule';
import { auditChange } from './audit-repo';
import type { AppDB } from './db';

/** The settings key of the periodic-export schedule (REC-2). */
export const exportScheduleKey = 'exportSchedule';

function isSchedule(value: unknown): value is ExportSchedule {
  return typeof value === 'object' && value !== null && 'period' in value && 'kinds' in value && 'since' in value;
}

/** The schedule, or null when it was never set (the screen then offers defaultExportSchedule(today)). */
export async function getExportSchedule(db: AppDB): Promise<ExportSchedule | null> {
  const row = await db.settings.get(exportScheduleKey);
  return isSchedule(row?.value) ? row.value : null;
}

/**
 * REC-2: sets weekly or monthly and the kinds to export ('settings.manage'). Unlike other settings it
 * is audited: it decides which exports the registry must hold. The target folder is the platform's
 * export folder (platform.chooseExportFolder in Electron).
 */
export async function setExportSchedule(db: AppDB, actor: Actor, schedule: ExportSchedule, now = Date.now()): Promise<void> {
  assertCan(actor.roles, 'settings.manage');
  assertValid(validateExportSchedule(schedule));
  const value: ExportSchedule = { period: schedule.period, kinds: [...new Set(schedule.kinds)], since: schedule.since };
  await db.transaction('rw', [db.settings, db.auditLog], async () => {
    const before = await getExportSchedule(db);
    await db.settings.put({ key: exportScheduleKey, value });
    await auditChange(db, actor, {
      action: before ? 'update' : 'create', table: 'settings', recordId: exportScheduleKey,
      ...(before ? { before: { ...before } } : {}), after: { ...value }, at: now,
    });
  });
}

/** REC-2: the ended periods not yet wholly exported, oldest first; a missed period stays until done. */
export async function listDuePeriods(db: AppDB, now = Date.now()): Promise<DuePeriod[]> {
  const schedule = await getExportSchedule(db);
  if (!schedule) return [];
  return duePeriods(await db.exports.toArray(), schedule, now);
}
