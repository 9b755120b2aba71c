import { ValidationError, type Issue } from '@shared/validation';
import type { ReviewableKind } from '@shared/review/review';
import type { ServiceMessage } from '@shared/service/messages';
import type { Result } from '@shared/service/result';
import type { StringKey } from '@shared/i18n';
import type { AppDB } from './db';

/**
 * Small pieces every issue-7 repository uses. They run inside the caller's transaction; nothing here
 * opens one of its own.
 */

/** The value of a pure rule step, or its refusal thrown as a ValidationError (nothing is written). */
export function valueOrThrow<T>(result: Result<T>): T {
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}

export function refuse(path: string, message: ServiceMessage | StringKey): never {
  const issue: Issue = { path, message };
  throw new ValidationError([issue]);
}

/** A stored row with its id, or a 'not found' refusal at `path`. */
export function found<T extends { id?: number }>(row: T | undefined, message: ServiceMessage, path = 'id'): T & { id: number } {
  if (row?.id === undefined) return refuse(path, message);
  return { ...row, id: row.id };
}

/** REV-1: a new reviewable record waits in the queue; call inside the transaction that writes it. */
export async function enqueueReview(db: AppDB, kind: ReviewableKind, recordId: number, createdAt: number): Promise<void> {
  await db.reviewQueue.put({ kind, recordId, createdAt });
}

/** What the audit trail keeps of a record: its fields without the id (the entry names the record). */
export function auditSnapshot<T extends object>(row: T & { id?: number }): Record<string, unknown> {
  const { id: _id, ...fields } = row;
  return fields;
}
