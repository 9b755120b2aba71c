export const auditActions = ['create', 'update', 'void', 'restore', 'remove', 'approve', 'undoRestore', 'confirmRestore'] as const;
export type AuditAction = (typeof auditActions)[number];

type Plain = Record<string, unknown>;

/** One append-only audit entry: who did what to which record, with the changed fields only. */
export interface AuditEntry {
  id?: number;
  at: number;
  staffId: number;
  staffName: string;
  action: AuditAction;
  table: string;
  recordId: string;
  before?: Plain;
  after?: Plain;
  note?: string;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ between two versions of a record, as `{ before, after }` holding only those. */
export function changedFields(before: Plain | undefined, after: Plain | undefined): { before?: Plain; after?: Plain } {
  if (!before) return { after };
  if (!after) return { before };
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b: Plain = {};
  const a: Plain = {};
  for (const k of keys) {
    if (!sameValue(before[k], after[k])) {
      if (k in before) b[k] = before[k];
      if (k in after) a[k] = after[k];
    }
  }
  return { before: b, after: a };
}

/** Thrown by the database when anything tries to change or remove an audit entry. */
export class AppendOnlyError extends Error {
  constructor(public readonly attempted: 'update' | 'delete') {
    super(`the audit trail is append-only: ${attempted} refused`);
    this.name = 'AppendOnlyError';
  }
}
