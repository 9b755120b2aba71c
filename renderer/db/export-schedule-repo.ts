import { assertValid } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import type { ExportCoverage, WrittenRecord } from '@shared/records/coverage';
import { duePeriods, validateExportSchedule, type DuePeriod, type ExportableKind, type ExportSchedule } from '@shared/records/export-schedule';
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

/**
 * REC-2: the records of a kind written after `sinceMs` (by each kind's entry-time index), each with
 * the date its export selects it by (as renderer/export/records-workbook.ts reads them). Shipments
 * have no entry-time index: their day is the day they are dispatched, entered that day, so the
 * registry's range coverage stands for them.
 */
async function writtenAfter(db: AppDB, kind: ExportableKind, sinceMs: number): Promise<WrittenRecord[]> {
  switch (kind) {
    case 'callLogs':
      return (await db.callLogs.where('createdAt').above(sinceMs).toArray()).map((c) => ({ kind, date: toIsoDate(c.at), writtenAt: c.createdAt }));
    case 'serviceCards':
      return (await db.serviceCards.where('createdAt').above(sinceMs).toArray()).map((c) => ({ kind, date: c.serviceDate, writtenAt: c.createdAt }));
    case 'serviceReports':
      return (await db.serviceReports.where('createdAt').above(sinceMs).toArray()).map((r) => ({ kind, date: toIsoDate(r.arrivalAt), writtenAt: r.createdAt }));
    case 'outstandingIssues':
      return (await db.outstandingIssues.where('createdAt').above(sinceMs).toArray()).map((i) => ({ kind, date: toIsoDate(i.createdAt), writtenAt: i.createdAt }));
    case 'stockMovements':
      return (await db.movements.where('at').above(sinceMs).toArray()).map((m) => ({ kind, date: m.day, writtenAt: m.at }));
    case 'shipmentLog':
      return [];
  }
}

/**
 * REC-2: what the files may be missing: per scheduled kind, the records written after that kind's
 * earliest file (anything older is held by every file whose range has its date, or its period is
 * not covered at all and due anyway).
 */
async function recordsPossiblyMissing(db: AppDB, kinds: readonly ExportableKind[], exports: readonly ExportCoverage[]): Promise<WrittenRecord[]> {
  const lists = await Promise.all(kinds.map((kind) => {
    const times = exports.filter((e) => e.kind === kind).map((e) => e.createdAt);
    return times.length === 0 ? [] : writtenAfter(db, kind, Math.min(...times));
  }));
  return lists.flat();
}

/**
 * REC-2: the ended periods not yet wholly exported, oldest first; a missed period stays until done,
 * and a period whose file was written before some of its records were entered is due again.
 */
export async function listDuePeriods(db: AppDB, now = Date.now()): Promise<DuePeriod[]> {
  const schedule = await getExportSchedule(db);
  if (!schedule) return [];
  const exports = await db.exports.toArray();
  return duePeriods(exports, schedule, now, await recordsPossiblyMissing(db, schedule.kinds, exports));
}
