/**
 * Which IndexedDB database holds the live data, and what a start may delete: the durable pointer's
 * rules, as plain functions. The pointer is stored in its own small database (renderer/db/pointer-db.ts)
 * written with strict durability, so the switch to a restored database is on disk before anything
 * that depends on it happens. A start deletes only databases the pointer proves are not needed:
 * staging copies of restores that never switched, and copies the pointer recorded as replaced.
 */

const dayMs = 86_400_000;

/** How long the database a restore replaced is kept for 撤销上次恢复 (unless the supervisor confirms sooner). */
export const keepReplacedMs = 7 * dayMs;

/** The database a restore (or the undo of one) replaced: kept so the switch can be undone. */
export interface ReplacedDb {
  name: string;
  /** When the switch away from it happened (epoch ms). */
  at: number;
  /** A restore from a file replaced it, or the undo of a restore did (then it is the restored copy). */
  by: 'restore' | 'undo';
  /** The backup file the restore read, for the settings screen. */
  fileName?: string;
  /** When a supervisor confirmed the restore: the copy is no longer needed. */
  confirmedAt?: number;
}

/** A restore's staging database, recorded before the import writes anything into it. */
export interface StagingDb {
  name: string;
  startedAt: number;
}

export interface PointerState {
  /** The database the app opens. */
  active: string;
  /** When `active` became the live database. */
  since: number;
  /**
   * True once a start has opened `active` and read from it. The replaced copy may go only at a start
   * after that one, so a restored database that never opened can still be switched away from.
   */
  activeOpened: boolean;
  replaced: ReplacedDb | null;
  /** Databases proven replaced and no longer kept: deleted at the next start (again until that works). */
  retired: string[];
  staging: StagingDb[];
}

/** The pointer of an install that has none yet: its one database, in use as it is. */
export function initialPointer(active: string, now: number): PointerState {
  return { active, since: now, activeOpened: true, replaced: null, retired: [], staging: [] };
}

/** The names this state must never delete: the live database and the copy kept for undo. */
export function protectedNames(state: PointerState): Set<string> {
  return new Set([state.active, ...(state.replaced ? [state.replaced.name] : [])]);
}

/** Whether the replaced copy has served its purpose: confirmed, expired, or left behind by an undo. */
export function isReplacedDone(replaced: ReplacedDb, now: number): boolean {
  return replaced.by === 'undo' || replaced.confirmedAt !== undefined || now - replaced.at >= keepReplacedMs;
}

/** 撤销上次恢复 is offered while the copy a restore replaced is still kept and still there. */
export function canUndoRestore(state: PointerState, existing: ReadonlySet<string>, now: number): boolean {
  const r = state.replaced;
  return r !== null && r.by === 'restore' && r.confirmedAt === undefined && now - r.at < keepReplacedMs && existing.has(r.name);
}

export interface StartPlan {
  /** The state to write back before anything is deleted (unchanged when nothing moved). */
  state: PointerState;
  /** Databases to delete now; never a protected one. */
  doomed: string[];
  /** The live database was missing and the kept copy took its place. */
  fellBack: boolean;
}

/**
 * What a start does with the pointer, before the app opens its database:
 * - a live database that is gone while the copy a restore replaced is there: back to that copy
 *   (opening a missing database would create an empty one: the app would start on 创建主管账号);
 * - a replaced copy that is done (confirmed, a week old, or undone) goes, but only when an earlier
 *   start has opened the live database;
 * - staging copies of restores that never switched, and retired copies, go;
 * - nothing the pointer does not name is ever deleted.
 */
export function planStart(current: PointerState, existing: ReadonlySet<string>, now: number): StartPlan {
  let state = current;
  let fellBack = false;
  if (!existing.has(state.active) && state.replaced && existing.has(state.replaced.name)) {
    state = { ...state, active: state.replaced.name, since: now, activeOpened: true, replaced: null, retired: [...state.retired, state.active] };
    fellBack = true;
  }
  if (state.replaced && state.activeOpened && isReplacedDone(state.replaced, now)) {
    state = { ...state, replaced: null, retired: [...state.retired, state.replaced.name] };
  }
  const keep = protectedNames(state);
  // A staging or retired name that became live (or kept) is only forgotten, never deleted.
  const retired = unique(state.retired.filter((n) => !keep.has(n)));
  const staging = state.staging.filter((s) => !keep.has(s.name));
  if (retired.length !== state.retired.length || staging.length !== state.staging.length) state = { ...state, retired, staging };
  const doomed = unique([...staging.map((s) => s.name), ...retired]);
  return { state, doomed, fellBack };
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** After a doomed database was deleted: it leaves the lists (a failed delete keeps it for the next start). */
export function forgetDeleted(state: PointerState, name: string): PointerState {
  return { ...state, retired: state.retired.filter((n) => n !== name), staging: state.staging.filter((s) => s.name !== name) };
}

/** A restore is about to create `name`: recorded first, so a crash leaves a name to clean up. */
export function withStaging(state: PointerState, name: string, now: number): PointerState {
  return { ...state, staging: [...state.staging.filter((s) => s.name !== name), { name, startedAt: now }] };
}

/**
 * The switch to a restored database, one write: it becomes live, the old one is kept for undo, and an
 * older kept copy (of an earlier restore) retires.
 */
export function switchedTo(state: PointerState, restored: string, now: number, fileName?: string): PointerState {
  const previous = state.replaced && state.replaced.name !== restored ? [state.replaced.name] : [];
  const replaced: ReplacedDb = { name: state.active, at: now, by: 'restore', ...(fileName !== undefined ? { fileName } : {}) };
  return {
    active: restored,
    since: now,
    activeOpened: false,
    replaced,
    retired: unique([...state.retired, ...previous]).filter((n) => n !== restored && n !== state.active),
    staging: state.staging.filter((s) => s.name !== restored),
  };
}

/** 撤销上次恢复: the kept copy is live again and the restored database becomes the copy (deleted later). */
export function undoneTo(state: PointerState, now: number): PointerState {
  if (!state.replaced || state.replaced.by !== 'restore') throw new Error('there is no restore to undo');
  return {
    ...state,
    active: state.replaced.name,
    since: now,
    activeOpened: false,
    replaced: { name: state.active, at: now, by: 'undo' },
  };
}

/** The supervisor confirmed the restore: the copy goes at a later start. */
export function confirmedRestore(state: PointerState, now: number): PointerState {
  if (!state.replaced || state.replaced.by !== 'restore') throw new Error('there is no restore to confirm');
  return { ...state, replaced: { ...state.replaced, confirmedAt: now } };
}

/** Shape check for a stored pointer (it is read back from IndexedDB, where anything may sit). */
export function isPointerState(value: unknown): value is PointerState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const names = (list: unknown) => Array.isArray(list) && list.every((n) => typeof n === 'string');
  const stagingOk = Array.isArray(v.staging) && v.staging.every((s: unknown) => typeof s === 'object' && s !== null && typeof (s as StagingDb).name === 'string');
  const replacedOk = v.replaced === null || (typeof v.replaced === 'object' && typeof (v.replaced as ReplacedDb).name === 'string');
  return typeof v.active === 'string' && v.active !== '' && typeof v.since === 'number' && typeof v.activeOpened === 'boolean' && replacedOk && names(v.retired) && stagingOk;
}
