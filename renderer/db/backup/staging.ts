import { Dexie } from 'dexie';
import { forgetDeleted, switchedTo, withStaging } from '@shared/backup/db-pointer';
import { defaultDbName, setActiveDbName } from '../active-db';
import { AppDB } from '../db';
import { updatePointer } from '../pointer-db';
import { preparePointer } from '../start-db';
import { announceSwitch } from '../window-channel';

/**
 * The staging database of a restore. Its name is written into the durable pointer before the import
 * starts, so a restore cut short by a crash or power cut leaves a record, and the next start removes
 * the half-imported database instead of leaving it on disk forever.
 */
export function newStagingName(now: number): string {
  return `${defaultDbName}-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Staging databases of restores running in this window: never offered for removal in 设置. */
const running = new Set<string>();

export function stagingInProgress(): string[] {
  return [...running];
}

/** Records the staging name durably; resolves once it is on disk (the import may start then). */
export async function startStaging(name: string, now = Date.now()): Promise<void> {
  running.add(name);
  await updatePointer((s) => withStaging(s, name, now), now);
}

/** The staged data opened with the app's schema: Dexie runs the upgrades of an older backup here. */
export async function openStaged(name: string): Promise<AppDB> {
  const db = new AppDB(name);
  await db.open();
  return db;
}

/**
 * Makes the staged database the live one in one strict pointer write: it becomes live, the old one is
 * kept for 撤销上次恢复, the staging record goes. Only after that write is on disk are other windows
 * told and the old connection closed for good (no auto-reopen would recreate it empty). Nothing is
 * deleted here: the old database stays until the restore is confirmed or a week has passed.
 */
export async function switchTo(stagingName: string, live: Dexie, fileName?: string, now = Date.now()): Promise<void> {
  await updatePointer((s) => switchedTo(s.active === live.name ? s : { ...s, active: live.name }, stagingName, now, fileName), now);
  setActiveDbName(stagingName);
  announceSwitch();
  live.close({ disableAutoOpen: true });
}

/** After a restore: a staging database that did not become the live one is deleted, then forgotten. */
export async function finishStaging(name: string, switched: boolean): Promise<void> {
  running.delete(name);
  if (switched) return;
  await Dexie.delete(name);
  await updatePointer((s) => forgetDeleted(s, name));
}

/**
 * At start, before the database opens: reads the pointer and removes the staging databases of
 * restores cut short and the copies it proves replaced. Returns the names deleted.
 */
export async function cleanUpInterruptedRestore(): Promise<string[]> {
  return (await preparePointer()).deleted;
}
