import type { Table } from 'dexie';
import { assertValid, ValidationError } from '@shared/validation';
import type { Approval, VoidMark } from '@shared/auth/approval';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { validateVoidReason } from '@shared/domain/void';
import type { StringKey } from '@shared/i18n';
import { auditChange } from './audit-repo';
import type { AppDB } from './db';
import { checkApproval } from './sign-in';

type Voidable = { id?: number; voided?: VoidMark };

export interface VoidRequest<T extends Voidable> {
  /** The record's table, for the transaction's scope. */
  table: Table;
  get: (id: number) => Promise<T | undefined>;
  markVoided: (id: number, mark: VoidMark) => Promise<unknown>;
  /** The table name the audit trail files the entry under. */
  auditTable: string;
  notFound: StringKey;
  id: number;
  reason: string;
  approval: Approval;
  now: number;
}

/**
 * REC-1: voids a permanent record instead of deleting it: 'record.void' permission, a reason, and a
 * supervisor's approval re-checked here. The record stays, marked, and the void is audited in the same
 * transaction. A record already voided cannot be voided again.
 */
export async function voidRecord<T extends Voidable>(db: AppDB, actor: Actor, req: VoidRequest<T>): Promise<VoidMark> {
  assertCan(actor.roles, 'record.void');
  assertValid(validateVoidReason(req.reason));
  const { table, id, now } = req;
  return db.transaction('rw', [table, db.staff, db.auditLog], async () => {
    await checkApproval(db, req.approval, now);
    const existing = await req.get(id);
    if (!existing) throw new ValidationError([{ path: 'id', message: req.notFound }]);
    if (existing.voided) throw new ValidationError([{ path: 'id', message: 'void.error.alreadyVoided' }]);
    const mark: VoidMark = { at: now, byId: actor.staffId, byName: actor.name, reason: req.reason.trim(), approval: req.approval };
    await req.markVoided(id, mark);
    await auditChange(db, actor, {
      action: 'void',
      table: req.auditTable,
      recordId: id,
      before: {},
      after: { voided: mark },
      at: now,
      note: mark.reason,
    });
    return mark;
  });
}
