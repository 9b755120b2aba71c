import type { Approval } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { localDayStart, toIsoDate } from '@shared/domain/local-date';
import { isPermanent, retentionOf, type RecordKind } from '@shared/domain/retention';
import { coveringExport, type ExportCoverage } from '@shared/records/coverage';
import { addDays, addYears } from '@shared/records/periods';
import { canRemove, removableFrom, removalAuditEntry } from '@shared/records/retention-removal';
import { appendAudit } from './audit-repo';
import type { AppDB } from './db';
import type { StoredServiceCard } from './schema-v5';
import { refuse, valueOrThrow } from './service-shared';
import { checkApproval } from './sign-in';

/** The one-year kinds that have a table (leave sheets are not kept in the app yet). */
export const removableKinds = ['serviceCards'] as const satisfies readonly RecordKind[];
export type RemovableKind = (typeof removableKinds)[number];

export interface DueRow {
  record: StoredServiceCard;
  /** The date the kind's export selects the record by (a card's service date). */
  date: string;
  /** The first day it may be removed (created + 1 year). */
  removableFrom: string;
  /** An export in the registry that covers the record's date, if any. */
  coveringExportId?: number;
}

/** The registry rows as coverage: each row is one kind's range of one file. */
async function coverage(db: AppDB): Promise<ExportCoverage[]> {
  return db.exports.toArray();
}

/**
 * REC-1 (到期待清理): the records of a one-year kind whose year is over (created before today − 1 year,
 * read by index), oldest first, each with the export that covers it if there is one.
 */
export async function listDueForRemoval(db: AppDB, kind: RemovableKind, today = toIsoDate(Date.now())): Promise<DueRow[]> {
  const retention = retentionOf(kind);
  if (retention === 'permanent') return [];
  // Created on or before this day → its year is over today; the index bound is the next day's start.
  const lastCreatedDay = addYears(today, -retention.years);
  // Two days of slack keep 29 February and time-zone edges inside; removableFrom decides exactly.
  const bound = localDayStart(addDays(lastCreatedDay, 2));
  const [rows, exports] = await Promise.all([db.serviceCards.where('createdAt').below(bound).sortBy('createdAt'), coverage(db)]);
  return rows.flatMap((record): DueRow[] => {
    const from = removableFrom(record.createdAt, retention);
    if (from === null || from > today) return [];
    // REC-1 / REC-2: only a file written after the card was entered holds it.
    const cover = coveringExport(exports, kind, record.serviceDate, record.createdAt)?.id;
    return [{ record, date: record.serviceDate, removableFrom: from, ...(cover !== undefined ? { coveringExportId: cover } : {}) }];
  });
}

export interface RemovalDone {
  removed: number;
  coveringExportIds: number[];
}

/**
 * REC-1: removes one-year records past their year, each covered by a registered export, with a
 * supervisor's approval (re-checked). The rows and their pending reviews go, and ONE audit entry says
 * what, how many and which exports covered them, in one transaction. A permanent kind is always refused.
 */
export async function removeExpiredRecords(
  db: AppDB,
  actor: Actor,
  kind: RecordKind,
  ids: readonly number[],
  approval: Approval | undefined,
  now = Date.now(),
): Promise<RemovalDone> {
  assertCan(actor.roles, 'record.remove');
  const base = { kind, exports: [], now, ...(approval ? { approval } : {}) };
  // Refuse a permanent kind (or nothing selected) before reading anything.
  if (isPermanent(kind) || ids.length === 0) valueOrThrow(canRemove({ ...base, records: ids.map((id) => ({ id, createdAt: now, date: '' })) }));
  if (kind !== 'serviceCards') refuse('kind', 'export.error.kindUnavailable');
  return db.transaction('rw', [db.serviceCards, db.reviewQueue, db.exports, db.staff, db.auditLog], async () => {
    const rows = await db.serviceCards.bulkGet([...ids]);
    const gone = rows.findIndex((r) => r === undefined);
    if (gone >= 0) refuse(`records.${gone}`, 'service.card.error.notFound');
    const records = rows.flatMap((r) => (r ? [{ id: r.id, createdAt: r.createdAt, date: r.serviceDate }] : []));
    const plan = valueOrThrow(canRemove({ ...base, records, exports: await coverage(db) }));
    if (approval) await checkApproval(db, approval, now);
    await db.serviceCards.bulkDelete(plan.recordIds);
    await db.reviewQueue.bulkDelete(plan.recordIds.map((id): ['serviceCards', number] => ['serviceCards', id]));
    await appendAudit(db, removalAuditEntry(plan, actor, now));
    return { removed: plan.recordIds.length, coveringExportIds: plan.coveringExportIds };
  });
}
