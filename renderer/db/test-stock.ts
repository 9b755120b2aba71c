import type { Approval } from '@shared/auth/approval';
import type { Actor, Role } from '@shared/auth/roles';
import { emptyProductInput, type ProductInput } from '@shared/products/product';
import type { AppDB } from './db';
import { hashPin, type PinHash } from './pin-hash';
import { createProduct } from './products-repo';
import { postReceipt, type PostedReceipt, type StaffConfirmation } from './receiving-repo';
import { addStaffHashed } from './staff-repo';
import { openTestDb } from './test-db';

/**
 * A fresh database with real staff rows (approvals and confirmations are checked against them) and a
 * fixed clock for the stock repository tests.
 */
export interface StockWorld {
  db: AppDB;
  /** 2026-11-27 10:00 local: a Friday, before the 18:00 settlement. */
  t0: number;
  day: string;
  boss: Actor;
  keeper: Actor;
  receiver: Actor;
  clerk: Actor;
  /** A fresh supervisor approval at `at` (default t0). */
  approval: (at?: number) => Approval;
  confirm: (who: Actor, at?: number) => StaffConfirmation;
  product: (code: string, overrides?: Partial<ProductInput>) => Promise<number>;
  /** Receives the given quantities (counted = note) at `at` (default t0). */
  receive: (lines: Array<[productId: number, qty: number]>, at?: number) => Promise<PostedReceipt>;
}

/** Every world's staff share PIN 1234, hashed once per test file. */
let hashed: Promise<PinHash> | undefined;

export async function openStockWorld(): Promise<StockWorld> {
  const db = openTestDb();
  const t0 = new Date(2026, 10, 27, 10, 0).getTime();
  hashed ??= hashPin('1234');
  const pin = await hashed;
  const seed: Actor = { staffId: 0, name: 'seed', roles: ['supervisor'] };
  const add = async (name: string, roles: Role[]): Promise<Actor> => ({ staffId: await addStaffHashed(db, seed, { name, roles, active: true }, pin, t0), name, roles });
  const boss = await add('张主管', ['supervisor']);
  const keeper = await add('李强', ['warehouse']);
  const receiver = await add('赵敏', ['logistics']);
  const clerk = await add('王丽', ['frontdesk']);
  const confirm = (who: Actor, at = t0): StaffConfirmation => ({ staffId: who.staffId, name: who.name, at });
  // Each delivery its own note number (SN-1, SN-2 …): IN-2 warns about a number received twice.
  let deliveries = 0;
  return {
    db, t0, day: '2026-11-27', boss, keeper, receiver, clerk,
    approval: (at = t0) => ({ supervisorId: boss.staffId, supervisorName: boss.name, at, note: '同意' }),
    confirm,
    receive: (lines, at = t0) =>
      postReceipt(db, keeper, { deliveryNoteNo: `SN-${++deliveries}`, lines: lines.map(([productId, qty]) => ({ productId, noteQty: qty, countedQty: qty })) }, confirm(receiver, at), confirm(keeper, at), at),
    product: (code, overrides = {}) => createProduct(db, keeper, { ...emptyProductInput(), code, name: `产品${code}`, unit: '个', ...overrides }, t0),
  };
}
