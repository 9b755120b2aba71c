import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { upgradeBackupNameTime } from '@shared/backup/file-names';
import { writeFileAtomic } from '../../atomic-write';
import { pruneBackups } from '../../backup-files';
import type { Prefs, StartedVersion } from '../../prefs';
import { isSameVersion, keptUpgradeBackups } from '../../version-start';
import type { Handlers } from '../register';
import { backupFolderUnusable, writeFailure } from './write-errors';

export interface VersionDeps {
  prefs: Prefs;
  /** This start's app and Electron version. */
  currentVersion: StartedVersion;
  /** userData/backups/before-upgrade: beside the rotated backups, never part of their 30. */
  upgradeBackupsFolder: string;
  log?: (message: string, error: unknown) => void;
  now?: () => number;
}

/** The first start of a new version: is it one, and recording it (after its backup) once it is safe. */
export function versionHandlers<E>(deps: VersionDeps): Pick<Handlers<E>, 'backup/version-check' | 'backup/version-started'> {
  return {
    'backup/version-check': async () => {
      const last = await deps.prefs.lastStartedVersion();
      if (isSameVersion(last, deps.currentVersion)) return null;
      return { previousVersion: last?.appVersion ?? null, version: deps.currentVersion.appVersion };
    },
    'backup/version-started': async ({ upgradeBackup }) => {
      let path: string | null = null;
      if (upgradeBackup) {
        path = join(deps.upgradeBackupsFolder, upgradeBackup.fileName);
        try {
          await mkdir(deps.upgradeBackupsFolder, { recursive: true });
          await writeFileAtomic(path, upgradeBackup.bytes);
        } catch (error) {
          // Not recorded as started: the next start backs up again.
          throw writeFailure(error, backupFolderUnusable(deps.upgradeBackupsFolder));
        }
        await pruneBackups(deps.upgradeBackupsFolder, upgradeBackup.fileName, {
          nameTime: upgradeBackupNameTime,
          keep: keptUpgradeBackups,
          ...(deps.log ? { log: deps.log } : {}),
          now: deps.now?.() ?? Date.now(),
        });
      }
      await deps.prefs.setLastStartedVersion(deps.currentVersion);
      return { path };
    },
  };
}
