import { dayRangeToMs, isIsoDate, localDayStart } from '@shared/domain/local-date';

/** What the audit viewer's filter bar edits; '' means "any". */
export interface AuditFilterValues {
  staffId: number | '';
  table: string;
  recordId: string;
  /** YYYY-MM-DD or '' (open-ended). */
  from: string;
  to: string;
}

export const emptyAuditFilter: AuditFilterValues = { staffId: '', table: '', recordId: '', from: '', to: '' };

/** The repository's filter (`auditTrail`): only the parts that are set. */
export interface AuditQuery {
  staffId?: number;
  table?: string;
  recordId?: string;
  fromMs?: number;
  toMsExclusive?: number;
}

/**
 * The filter bar → the repository query. Each date bound is optional and inclusive of its whole
 * local day; a half-typed date is ignored rather than hiding every entry while the clerk types.
 */
export function toAuditQuery(v: AuditFilterValues): AuditQuery {
  const q: AuditQuery = {};
  if (v.staffId !== '') q.staffId = v.staffId;
  if (v.table) q.table = v.table;
  const recordId = v.recordId.trim();
  if (recordId) q.recordId = recordId;
  if (isIsoDate(v.from)) q.fromMs = localDayStart(v.from);
  if (isIsoDate(v.to)) q.toMsExclusive = dayRangeToMs(v.to, v.to).toMsExclusive;
  return q;
}

/** True when the filter has anything set (offers 清除筛选). */
export function isFiltered(v: AuditFilterValues): boolean {
  return Object.keys(toAuditQuery(v)).length > 0;
}
