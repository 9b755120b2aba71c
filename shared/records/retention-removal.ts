import type { Approval } from '../auth/approval';
import { isApprovalFresh } from '../auth/approval';
import type { Actor } from '../auth/roles';
import type { AuditEntry } from '../audit/audit';
import { toIsoDate } from '../domain/local-date';
import { retentionOf, type RecordKind, type Retention } from '../domain/retention';
import { issue } from '../service/messages';
import { ok, refused, type Result } from '../service/result';
import { isApprovalRecorded } from '../stock/approvals';
import type { Issue } from '../validation';
import { coveringExport, type ExportCoverage } from './coverage';
import { addYears } from './periods';

export interface RetainedRecord {
  id: number;
  /** Epoch ms; retention counts from the record's creation. */
  createdAt: number;
}

/** A record offered for removal, with the local date its kind's export selects it by (a card's service date). */
export interface RemovalCandidate extends RetainedRecord {
  date: string;
}

/** The first local day a record may be removed: its creation date plus the retention; never for permanent kinds. */
export function removableFrom(createdAt: number, retention: Retention): string | null {
  if (retention === 'permanent') return null;
  return addYears(toIsoDate(createdAt), retention.years);
}

/** REC-1 (到期待清理): the records of a one-year kind whose year is over; always none for a permanent kind. */
export function dueForRemoval<T extends RetainedRecord>(records: readonly T[], kind: RecordKind, today: string): T[] {
  const retention = retentionOf(kind);
  if (retention === 'permanent') return [];
  return records.filter((r) => (removableFrom(r.createdAt, retention) ?? '\uffff') <= today);
}

export interface RemovalRequest {
  kind: RecordKind;
  records: readonly RemovalCandidate[];
  /** The export registry. */
  exports: readonly ExportCoverage[];
  /** A supervisor's approval, given with their PIN right before the removal. */
  approval?: Approval;
  now: number;
}

/** What the audit entry records: what was removed, how many, and which exports covered them. */
export interface RemovalPlan {
  kind: RecordKind;
  recordIds: number[];
  coveringExportIds: number[];
  approval: Approval;
}

function recordIssues(req: RemovalRequest, today: string, covering: Set<number>): Issue[] {
  const retention = retentionOf(req.kind);
  return req.records.flatMap((r, i): Issue[] => {
    if ((removableFrom(r.createdAt, retention) ?? '\uffff') > today) return [issue(`records.${i}`, 'removal.error.notDue')];
    // The same truth as REC-2: the file must have been written when the record already existed.
    const cover = coveringExport(req.exports, req.kind, r.date, r.createdAt);
    if (cover?.id === undefined) return [issue(`records.${i}`, 'removal.error.notExported')];
    covering.add(cover.id);
    return [];
  });
}

function approvalIssues(approval: Approval | undefined, now: number): Issue[] {
  if (!isApprovalRecorded(approval)) return [issue('approval', 'removal.error.approvalRequired')];
  return isApprovalFresh(approval, now) ? [] : [issue('approval', 'removal.error.approvalStale')];
}

/**
 * REC-1: one-year records may be removed only when past their year, each covered by an export in
 * the registry (same kind, its range holding the record's date), and with a supervisor's approval.
 * A permanent kind is refused whatever else is given: it is voided, never deleted.
 */
export function canRemove(req: RemovalRequest): Result<RemovalPlan> {
  if (retentionOf(req.kind) === 'permanent') return refused([issue('kind', 'removal.error.permanent')]);
  if (req.records.length === 0) return refused([issue('records', 'removal.error.nothingSelected')]);
  const covering = new Set<number>();
  const issues = [...recordIssues(req, toIsoDate(req.now), covering), ...approvalIssues(req.approval, req.now)];
  const approval = req.approval;
  if (issues.length > 0 || !approval) return refused(issues);
  return ok({ kind: req.kind, recordIds: req.records.map((r) => r.id), coveringExportIds: [...covering].sort((a, b) => a - b), approval });
}

/** The audit entry of a removal (action 'remove'): the ids, the count and the covering exports. */
export function removalAuditEntry(plan: RemovalPlan, actor: Pick<Actor, 'staffId' | 'name'>, at: number): Omit<AuditEntry, 'id'> {
  return {
    at,
    staffId: actor.staffId,
    staffName: actor.name,
    action: 'remove',
    table: plan.kind,
    recordId: plan.recordIds.join(','),
    before: { count: plan.recordIds.length, recordIds: plan.recordIds, coveringExportIds: plan.coveringExportIds },
    after: { removedAt: at, approval: plan.approval },
  };
}
