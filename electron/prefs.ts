import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

/** The app and Electron version of a start: a change of either is a new version (its storage may be migrated). */
export const startedVersionSchema = z.object({ appVersion: z.string().min(1), electronVersion: z.string().min(1) });
export type StartedVersion = z.infer<typeof startedVersionSchema>;

/** Main-process preferences (OS-side only; app settings live in IndexedDB in the renderer). */
export const prefsSchema = z.object({
  exportFolder: z.string().min(1).optional(),
  /** The optional second place every automatic backup is copied to (typically a USB stick). */
  backupSecondFolder: z.string().min(1).optional(),
  /** The last version that started completely (its backup before the upgrade written), see version-start.ts. */
  lastStartedVersion: startedVersionSchema.optional(),
});
type PrefsData = z.infer<typeof prefsSchema>;

export interface Prefs {
  exportFolder(): Promise<string | null>;
  setExportFolder(folder: string): Promise<void>;
  backupSecondFolder(): Promise<string | null>;
  setBackupSecondFolder(folder: string): Promise<void>;
  /** Stops copying backups to a second folder. */
  clearBackupSecondFolder(): Promise<void>;
  lastStartedVersion(): Promise<StartedVersion | null>;
  setLastStartedVersion(version: StartedVersion): Promise<void>;
}

async function readPrefs(file: string): Promise<PrefsData> {
  try {
    const parsed = prefsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    // Missing or corrupt: start from defaults (the user is simply asked for the folder again).
    return {};
  }
}

/** The last started version, read synchronously: for the storage snapshot that must run before `ready`. */
export function readLastStartedVersionSync(file: string): StartedVersion | null {
  try {
    const parsed = prefsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? (parsed.data.lastStartedVersion ?? null) : null;
  } catch {
    return null;
  }
}

/** A small JSON file in userData, read once and written atomically on change. */
export function createPrefs(file: string): Prefs {
  let cache: Promise<PrefsData> | null = null;
  const load = (): Promise<PrefsData> => (cache ??= readPrefs(file));
  const update = async (change: Partial<PrefsData>): Promise<void> => {
    const next: PrefsData = { ...(await load()), ...change };
    for (const key of Object.keys(change) as (keyof PrefsData)[]) if (change[key] === undefined) delete next[key];
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify(next, null, 2)));
    cache = Promise.resolve(next);
  };
  return {
    async exportFolder() {
      return (await load()).exportFolder ?? null;
    },
    setExportFolder: (folder) => update({ exportFolder: folder }),
    async backupSecondFolder() {
      return (await load()).backupSecondFolder ?? null;
    },
    setBackupSecondFolder: (folder) => update({ backupSecondFolder: folder }),
    clearBackupSecondFolder: () => update({ backupSecondFolder: undefined }),
    async lastStartedVersion() {
      return (await load()).lastStartedVersion ?? null;
    },
    setLastStartedVersion: (version) => update({ lastStartedVersion: version }),
  };
}
