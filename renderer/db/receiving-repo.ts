import Dexie from 'dexie';
import { assertValid, ValidationError, type Issue } from '@shared/validation';
import { isApprovalFresh } from '@shared/auth/approval';
import { assertCan, can } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { toIsoDate } from '@shared/domain/local-date';
import { stockDocPrefixes } from '@shared/stock/doc-no';
import { movementStamp } from '@shared/stock/ledger';
import {
  discrepancyRecords,
  receiptMovement,
  validateDiscrepancyResolution,
  validateReceipt,
  type Discrepancy,
  isSameDeliveryNote,
  type Receipt,
  type ReceiptLine,
} from '@shared/stock/receiving';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';
import { signIn } from './sign-in';
import { assertDayOpen, postMovement, stockTables, takeDocNo } from './stock-ledger';
import type { StoredMovement } from './stock-rows';

type Saved<T> = T & { id: number };

/** One of the two people who counted a delivery, confirmed with their own PIN at this PC (IN-2). */
export interface StaffConfirmation {
  staffId: number;
  name: string;
  at: number;
}

export type ConfirmResult =
  | { ok: true; confirmation: StaffConfirmation }
  | { ok: false; reason: 'wrong' | 'locked' | 'inactive'; lockedUntil?: number };

/** A counter's confirmation with their PIN (a wrong PIN counts toward the account's lockout, as at sign-in). */
export async function confirmStaff(db: AppDB, staffId: number, pin: string, now = Date.now()): Promise<ConfirmResult> {
  const result = await signIn(db, staffId, pin, now);
  if (!result.ok) return result;
  return { ok: true, confirmation: { staffId: result.actor.staffId, name: result.actor.name, at: now } };
}

export interface ReceiptInput {
  deliveryNoteNo: string;
  supplier?: string;
  lines: ReceiptLine[];
  note?: string;
  /** The business day; default today. */
  day?: string;
  /**
   * IN-2: the two who counted saw the warning that this delivery-note number was received before and
   * confirmed it is another delivery; without it a repeat is refused at the note number.
   */
  repeatConfirmed?: boolean;
}

export interface PostedReceipt {
  receipt: Saved<Receipt>;
  /** Absent when nothing at all was counted (only the discrepancies are recorded then). */
  movement?: StoredMovement;
  discrepancies: Saved<Discrepancy>[];
}

/**
 * IN-2: both confirmations are re-checked where they are used: active staff under that name, given
 * for this receipt (fresh); the receiver may take deliveries, the keeper holds the warehouse
 * permission. The two being different people is validateReceipt's rule.
 */
async function confirmationIssues(db: AppDB, receiver: StaffConfirmation, keeper: StaffConfirmation, now: number): Promise<Issue[]> {
  const [r, k] = await db.staff.bulkGet([receiver.staffId, keeper.staffId]);
  const issues: Issue[] = [];
  if (!r?.active || r.name !== receiver.name || !can(r.roles, 'stock.receiveDelivery')) issues.push({ path: 'receiverId', message: 'stock.receipt.receiverRequired' });
  else if (!isApprovalFresh(receiver, now)) issues.push({ path: 'receiverId', message: 'approval.error.stale' });
  if (!k?.active || k.name !== keeper.name || !can(k.roles, 'stock.receive')) issues.push({ path: 'keeperId', message: 'stock.receipt.keeperRequired' });
  else if (!isApprovalFresh(keeper, now)) issues.push({ path: 'keeperId', message: 'approval.error.stale' });
  return issues;
}

function snapshot({ id: _id, ...fields }: Receipt): Record<string, unknown> {
  return fields;
}

/**
 * Receives a supplier delivery (入库单, RK…): IN-2 the receiver and the keeper, two distinct staff,
 * confirmed the count, and a delivery-note number received before needs their say-so; IN-3 the
 * stock takes the COUNTED quantity and every line that differs from the delivery note becomes an
 * open discrepancy (差异) on the supervisor's list. Receipt, movement, balances, alerts, discrepancies
 * and audit entries are written in one transaction, or nothing is.
 */
export async function postReceipt(
  db: AppDB,
  actor: Actor,
  input: ReceiptInput,
  receiver: StaffConfirmation,
  keeper: StaffConfirmation,
  now = Date.now(),
): Promise<PostedReceipt> {
  assertCan(actor.roles, 'stock.receiveDelivery');
  const day = input.day ?? toIsoDate(now);
  const draft: Receipt = {
    // The real RK… number is taken inside the transaction; validateReceipt does not look at it.
    ...movementStamp(actor, 'RK00000000-000', now, day),
    deliveryNoteNo: input.deliveryNoteNo.trim(),
    receiverId: receiver.staffId, receiverName: receiver.name,
    keeperId: keeper.staffId, keeperName: keeper.name,
    lines: input.lines.map((l) => ({ ...l })),
    ...(input.supplier?.trim() ? { supplier: input.supplier.trim() } : {}),
    ...(input.note?.trim() ? { note: input.note.trim() } : {}),
  };
  assertValid(validateReceipt(draft));
  return db.transaction('rw', [...stockTables(db), db.receipts, db.discrepancies], async () => {
    assertValid(await confirmationIssues(db, receiver, keeper, now));
    // WH-1: even a delivery counted 0 (no movement) is a document of its day: a settled day takes none.
    await assertDayOpen(db, day);
    const earlier = await earlierReceiptsOfNote(db, draft);
    if (earlier.length > 0 && input.repeatConfirmed !== true) {
      throw new ValidationError([{ path: 'deliveryNoteNo', message: 'stock.receipt.repeatNote' }]);
    }
    const docNo = await takeDocNo(db, stockDocPrefixes.inbound, day);
    const repeats = earlier[0]?.docNo;
    const row: Receipt = { ...draft, docNo, ...(repeats ? { repeatsDocNo: repeats } : {}) };
    const id = addedKey(await db.receipts.add(row));
    const receipt = { ...row, id };
    await auditChange(db, actor, { action: 'create', table: 'receipts', recordId: id, after: snapshot(row), at: now });
    const m = receiptMovement(receipt);
    const movement = m ? await postMovement(db, actor, m, { allowNegative: false }) : undefined;
    const discrepancies: Saved<Discrepancy>[] = [];
    for (const d of discrepancyRecords(receipt)) {
      const dId = addedKey(await db.discrepancies.add(d));
      discrepancies.push({ ...d, id: dId });
      await auditChange(db, actor, { action: 'create', table: 'discrepancies', recordId: dId, after: { ...d }, at: now });
    }
    return { receipt, discrepancies, ...(movement ? { movement } : {}) };
  });
}

/** IN-2: the receipts that already took this delivery-note number from this supplier, newest first. */
async function earlierReceiptsOfNote(db: AppDB, note: Pick<Receipt, 'deliveryNoteNo' | 'supplier'>): Promise<Saved<Receipt>[]> {
  if (note.deliveryNoteNo.trim() === '') return [];
  const rows = await db.receipts.where('deliveryNoteNo').equalsIgnoreCase(note.deliveryNoteNo.trim()).toArray();
  return rows
    .flatMap((r) => (r.id !== undefined && isSameDeliveryNote(note, r) ? [{ ...r, id: r.id }] : []))
    .sort((a, b) => b.at - a.at || b.id - a.id);
}

/** IN-2: for the form's warning while typing: the inbound slips that already received this delivery note. */
export function receiptsOfDeliveryNote(db: AppDB, deliveryNoteNo: string, supplier?: string): Promise<Saved<Receipt>[]> {
  return earlierReceiptsOfNote(db, { deliveryNoteNo, ...(supplier?.trim() ? { supplier: supplier.trim() } : {}) });
}

export async function getReceipt(db: AppDB, id: number): Promise<Saved<Receipt> | undefined> {
  const r = await db.receipts.get(id);
  return r?.id === undefined ? undefined : { ...r, id: r.id };
}

/** Receipts of a range of days, newest first. */
export async function listReceipts(db: AppDB, filter: { fromDay?: string; toDay?: string } = {}): Promise<Saved<Receipt>[]> {
  const rows = await db.receipts.where('day').between(filter.fromDay ?? Dexie.minKey, filter.toDay ?? Dexie.maxKey, true, true).toArray();
  return rows.flatMap((r) => (r.id === undefined ? [] : [{ ...r, id: r.id }])).sort((a, b) => b.at - a.at || b.id - a.id);
}

function saved(rows: Discrepancy[]): Saved<Discrepancy>[] {
  return rows.flatMap((d) => (d.id === undefined ? [] : [{ ...d, id: d.id }]));
}

/** IN-3: the discrepancies reported to the supervisor and not yet handled, oldest first. */
export async function openDiscrepancies(db: AppDB): Promise<Saved<Discrepancy>[]> {
  return saved(await db.discrepancies.where('status').equals('open').sortBy('id'));
}

export async function listDiscrepancies(db: AppDB, filter: { status?: 'open' | 'handled'; receiptId?: number } = {}): Promise<Saved<Discrepancy>[]> {
  const base = filter.receiptId !== undefined ? db.discrepancies.where('receiptId').equals(filter.receiptId) : db.discrepancies.toCollection();
  const rows = await base.filter((d) => filter.status === undefined || d.status === filter.status).sortBy('id');
  return saved(rows);
}

/**
 * IN-3: the supervisor closes a discrepancy with what was done (供应商补发, 已退回 …). Never silently:
 * the resolution is required and audited; the stock is not touched (a re-delivery is a new receipt).
 */
export async function resolveDiscrepancy(db: AppDB, actor: Actor, id: number, resolution: string, now = Date.now()): Promise<void> {
  assertCan(actor.roles, 'approve');
  assertValid(validateDiscrepancyResolution(resolution));
  await db.transaction('rw', db.discrepancies, db.auditLog, async () => {
    const d = await db.discrepancies.get(id);
    if (!d) throw new ValidationError([{ path: 'id', message: 'stockRecord.error.notFound' }]);
    if (d.status !== 'open') throw new ValidationError([{ path: 'status', message: 'stockRecord.discrepancy.alreadyHandled' }]);
    const change = { status: 'handled' as const, handledAt: now, handledById: actor.staffId, handledByName: actor.name, resolution: resolution.trim() };
    await db.discrepancies.update(id, change);
    await auditChange(db, actor, { action: 'update', table: 'discrepancies', recordId: id, before: { status: d.status }, after: change, at: now, note: change.resolution });
  });
}
