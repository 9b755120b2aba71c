import type { Approval } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { cancelRelease, confirmRelease, partsReleaseFor, partsReleaseRef, releaseIssues, type PartsRelease } from '@shared/service/parts-release';
import type { ServiceReport } from '@shared/service/report';
import { assertValid } from '@shared/validation';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import type { StoredPartsRelease } from './schema-v10';
import { auditSnapshot, found, valueOrThrow } from './service-shared';
import { stockTables } from './stock-ledger';
import { postOutbound, type StoredMovement } from './stock-repo';

export type { StoredPartsRelease } from './schema-v10';

// Parts releases are kept as the record of what each visit took from stock; this module has no delete.

const table = 'partsReleases';

/**
 * SVC-3: the waiting release of a report's parts, added with its audit entry inside the caller's
 * transaction (the report's own); nothing when no part was used.
 */
export async function addPartsRelease(db: AppDB, actor: Actor, report: Pick<ServiceReport, 'partsUsed' | 'customerId'> & { id: number }, now: number): Promise<StoredPartsRelease | undefined> {
  const release = partsReleaseFor(report, actor, now);
  if (!release) return undefined;
  const id = addedKey(await db.partsReleases.add(release));
  await auditChange(db, actor, { action: 'create', table, recordId: id, after: auditSnapshot(release), at: now });
  return { ...release, id };
}

export interface ReleaseConfirmation {
  /** OUT-7: the leader's sign-off when a part is a special product. */
  approval?: Approval;
  /** A supervisor's override when the parts would take stock below zero. */
  allowNegativeWith?: Approval;
}

/**
 * SVC-3 / PRT-3: the warehouse keeper confirms a waiting release: the outbound movement (出库单 CK…,
 * ref the service report, the customer on it) is posted with every outbound rule (stock cover, OUT-7,
 * a settled day) and the release is marked released with it, audited, in one transaction. A refusal
 * (e.g. not enough stock) writes nothing and the release keeps waiting.
 */
export async function confirmPartsRelease(db: AppDB, keeper: Actor, id: number, confirmation: ReleaseConfirmation = {}, now = Date.now()): Promise<{ release: StoredPartsRelease; movement: StoredMovement }> {
  assertCan(keeper.roles, 'outbound.release');
  return db.transaction('rw', [db.partsReleases, ...stockTables(db)], async () => {
    const before = found(await db.partsReleases.get(id), 'parts.error.notFound');
    assertValid(releaseIssues(before));
    const movement = await postOutbound(db, keeper, {
      lines: before.lines, orderType: 'normal', delivery: 'pickup', ref: partsReleaseRef(before), customerId: before.customerId,
      ...(confirmation.approval ? { approval: confirmation.approval } : {}),
      ...(confirmation.allowNegativeWith ? { allowNegativeWith: confirmation.allowNegativeWith } : {}),
    }, now);
    const release = { ...valueOrThrow(confirmRelease(before, movement, keeper, now)), id };
    await db.partsReleases.put(release);
    await auditChange(db, keeper, { action: 'update', table, recordId: id, before: auditSnapshot(before), after: auditSnapshot(release), at: now });
    return { release, movement };
  });
}

/** A voided report's waiting release is cancelled (never released); inside the void's transaction. */
export async function cancelReleaseOfVoidedReport(db: AppDB, actor: Actor, reportId: number, now: number): Promise<void> {
  const waiting = (await db.partsReleases.where('reportId').equals(reportId).toArray()).filter((r) => r.status === 'waiting');
  for (const before of waiting) {
    if (before.id === undefined) continue;
    const after: PartsRelease = cancelRelease(before, 'reportVoided', now);
    await db.partsReleases.put(after);
    await auditChange(db, actor, { action: 'update', table, recordId: before.id, before: auditSnapshot(before), after: auditSnapshot(after), at: now });
  }
}

const withId = (rows: PartsRelease[]): StoredPartsRelease[] => rows.flatMap((r) => (r.id === undefined ? [] : [{ ...r, id: r.id }]));

/** The releases waiting for the keeper, oldest first (the Today board and the stock screen). */
export async function waitingPartsReleases(db: AppDB): Promise<StoredPartsRelease[]> {
  return withId(await db.partsReleases.where('status').equals('waiting').sortBy('createdAt'));
}

/** How many wait (the keeper's Today card). */
export function countWaitingPartsReleases(db: AppDB): Promise<number> {
  return db.partsReleases.where('status').equals('waiting').count();
}

/** The recent releases of any status, newest first (the stock screen's list under the waiting ones). */
export async function recentPartsReleases(db: AppDB, limit = 50): Promise<StoredPartsRelease[]> {
  return withId(await db.partsReleases.orderBy('createdAt').reverse().limit(limit).toArray());
}

/** A report's release (at most one), for the report's details. */
export async function partsReleaseOfReport(db: AppDB, reportId: number): Promise<StoredPartsRelease | undefined> {
  return withId(await db.partsReleases.where('reportId').equals(reportId).toArray())[0];
}
