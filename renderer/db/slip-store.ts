import { ValidationError, type Issue } from '@shared/validation';
import type { Approval } from '@shared/auth/approval';
import { can, PermissionError, type Action } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import type { Step } from '@shared/slips/messages';
import type { PurchaseSlip, SlipApprovals, SlipAttachment, SlipFields } from '@shared/slips/purchase-slip';
import type { SlipContext } from '@shared/slips/validate-slip';
import type { StringKey } from '@shared/i18n';
import { auditChange } from './audit-repo';
import type { AppDB } from './db';
import { getProductsByIds, productMap } from './products-repo';
import type { StoredProduct } from './stock-rows';
import { checkApproval } from './sign-in';

/**
 * The internals the slip, shipping and shipment repositories share: one transaction scope, loading a
 * record or refusing, turning a refused pure step into a ValidationError, and the audited write.
 */

export type SavedSlip = PurchaseSlip & { id: number };

/**
 * The scope of every slip, shipping and shipment step: the whole database. A step writes through
 * other repositories (postMovement, createCallLog, postReturn) whose own table sets grow with later
 * issues (a new call also queues for review, issue 7); nested in this scope they always join the same
 * transaction, so a step commits whole or not at all. One clerk's PC: the wider lock costs nothing.
 */
export function slipTables(db: AppDB) {
  return db.tables;
}

export function refuse(path: string, message: StringKey): never {
  throw new ValidationError([{ path, message }]);
}

/** The value of an allowed step; a refusal throws (the caller's transaction then writes nothing). */
export function unwrap<T>(step: Step<T>): T {
  if (!step.ok) throw new ValidationError(step.issues);
  return step.value;
}

/** Any one of the actions will do (e.g. the front desk or the warehouse records the pickup). */
export function assertCanAny(actor: Actor, actions: readonly Action[]): void {
  const first = actions[0];
  if (first !== undefined && !actions.some((a) => can(actor.roles, a))) throw new PermissionError(first);
}

export function withSlipId(slip: PurchaseSlip | undefined): SavedSlip | undefined {
  return slip?.id === undefined ? undefined : { ...slip, id: slip.id };
}

export async function loadSlip(db: AppDB, id: number): Promise<SavedSlip> {
  return withSlipId(await db.purchaseSlips.get(id)) ?? refuse('id', 'slipRecord.error.notFound');
}

/**
 * The products the pure checks need: the lines' products and the contents of their sets. A member
 * purchase (OUT-3) also needs every set a product may belong to, so it reads the whole catalogue.
 */
export async function slipProducts(db: AppDB, slip: Pick<SlipFields, 'orderType'> & { lines: readonly { productId: number }[] }): Promise<Map<number, StoredProduct>> {
  if (slip.orderType === 'member') return productMap(db);
  const products = await getProductsByIds(db, slip.lines.map((l) => l.productId));
  const parts = [...products.values()].flatMap((p) => (p.isSet ? p.components.map((c) => c.productId) : [])).filter((id) => !products.has(id));
  if (parts.length > 0) for (const [id, p] of await getProductsByIds(db, parts)) products.set(id, p);
  return products;
}

/** The pure checks' context: the products (slipProducts) and the lines' balances now. */
export async function slipContextFor(db: AppDB, slip: Pick<SlipFields, 'lines' | 'orderType'>): Promise<SlipContext> {
  const ids = [...new Set(slip.lines.map((l) => l.productId))];
  const [products, rows] = await Promise.all([slipProducts(db, slip), db.stockBalances.bulkGet(ids)]);
  return { products, balances: new Map(ids.map((id, i) => [id, rows[i]?.onHand ?? 0])) };
}

/** A pasted screenshot is megabytes of text: the audit trail keeps its name and size only. */
function auditAttachment(a: SlipAttachment): Record<string, unknown> {
  const { dataUrl, ...rest } = a;
  return dataUrl === undefined ? rest : { ...rest, dataUrlChars: dataUrl.length };
}

export function slipSnapshot({ id: _id, ...fields }: PurchaseSlip): Record<string, unknown> {
  return { ...fields, attachments: fields.attachments.map(auditAttachment) };
}

/** Writes the slip in its next state with its audit entry (only the changed fields are kept). */
export async function writeSlip(db: AppDB, actor: Actor, before: SavedSlip, after: PurchaseSlip, at: number, note?: string): Promise<SavedSlip> {
  const saved = { ...after, id: before.id };
  await db.purchaseSlips.put(saved);
  await auditChange(db, actor, {
    action: 'update', table: 'purchaseSlips', recordId: before.id, before: slipSnapshot(before), after: slipSnapshot(saved), at,
    ...(note !== undefined ? { note } : {}),
  });
  return saved;
}

const sameApproval = (a: Approval | undefined, b: Approval | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** Approvals new on the form (not the ones already on the slip) are re-checked: active supervisor, fresh. */
export async function checkNewApprovals(db: AppDB, next: SlipApprovals, prev: SlipApprovals, now: number): Promise<void> {
  for (const key of ['signOff', 'negativeStock'] as const) {
    const a = next[key];
    if (a && !sameApproval(a, prev[key])) await checkApproval(db, a, now);
  }
}

/** Stored screenshots must exist (an inline one is checked by validateSlip). */
export async function attachmentIssues(db: AppDB, attachments: readonly SlipAttachment[]): Promise<Issue[]> {
  const ids = attachments.map((a) => a.blobId);
  const rows = await db.slipAttachments.bulkGet(ids.filter((id): id is number => id !== undefined));
  const found = new Set(rows.flatMap((r) => (r?.id === undefined ? [] : [r.id])));
  return ids.flatMap((id, i) => (id !== undefined && !found.has(id) ? [{ path: `attachments.${i}.blobId`, message: 'slipRecord.error.attachmentNotFound' }] : []));
}
