import { Dexie, type Table } from 'dexie';
import { initialPointer, isPointerState, type PointerState } from '@shared/backup/db-pointer';
import { defaultDbName, legacyPointer } from './active-db';

/**
 * The pointer's own database: one row saying which database is live, which copy a restore replaced,
 * and which staging databases exist. Every write is 'strict' (on disk when its transaction completes),
 * unlike localStorage, which Chromium writes out seconds later: a crash right after 「恢复完成」 used to
 * find the old pointer and an already deleted database.
 */
export const pointerDbName = 'shouhou-center.pointer';
const stateKey = 'state';

interface PointerRow {
  key: string;
  value: unknown;
}

class PointerDB extends Dexie {
  rows!: Table<PointerRow, string>;

  constructor() {
    super(pointerDbName, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ rows: 'key' });
  }
}

let instance: PointerDB | null = null;

function pointerDb(): PointerDB {
  instance ??= new PointerDB();
  return instance;
}

/** Closes the pointer database (tests that delete every database, and a window handing over). */
export function closePointerDb(): void {
  instance?.close();
  instance = null;
}

/**
 * The stored pointer; on the first start of this version, the pointer an older version kept in
 * localStorage becomes the stored one (with the copy its last restore replaced kept for undo), so an
 * install keeps opening its data.
 */
export async function readPointer(now = Date.now()): Promise<PointerState> {
  const db = pointerDb();
  return db.transaction('rw', db.rows, async () => {
    const row = await db.rows.get(stateKey);
    if (row && isPointerState(row.value)) return row.value;
    const migrated = fromLegacy(now);
    await db.rows.put({ key: stateKey, value: migrated });
    return migrated;
  });
}

function fromLegacy(now: number): PointerState {
  const legacy = legacyPointer();
  const state = initialPointer(legacy.active ?? defaultDbName, now);
  const replaced = legacy.retired && legacy.retired !== state.active ? { name: legacy.retired, at: now, by: 'restore' as const } : null;
  const staging = legacy.restoring && legacy.restoring !== state.active && legacy.restoring !== replaced?.name ? [{ name: legacy.restoring, startedAt: now }] : [];
  return { ...state, replaced, staging };
}

/**
 * Changes the pointer in one strict transaction: `change` gets the stored state and returns the next
 * one. Resolves once the new state is durable; a failure leaves the stored state as it was.
 */
export async function updatePointer(change: (state: PointerState) => PointerState, now = Date.now()): Promise<PointerState> {
  const db = pointerDb();
  return db.transaction('rw', db.rows, async () => {
    const row = await db.rows.get(stateKey);
    const current = row && isPointerState(row.value) ? row.value : fromLegacy(now);
    const next = change(current);
    if (next !== current || !row) await db.rows.put({ key: stateKey, value: next });
    return next;
  });
}

/** The stored pointer without taking anything over (read-only: live queries may call it); null before the first start. */
export async function peekPointer(): Promise<PointerState | null> {
  const row = await pointerDb().rows.get(stateKey);
  return row && isPointerState(row.value) ? row.value : null;
}
