import { stat } from 'node:fs/promises';
import { exportExtensions } from '@shared/file-name';
import { availablePath, writeFileAtomic } from '../../atomic-write';
import { assertFileName } from '../../errors';
import type { Prefs } from '../../prefs';
import type { Handlers } from '../register';
import { exportFolderUnusable, writeFailure } from './write-errors';

export interface ExportDeps<E> {
  prefs: Prefs;
  /** Shows the folder picker; null when the user cancels. */
  chooseFolder(event: E, current: string | null): Promise<string | null>;
}

type ExportHandlers<E> = Pick<Handlers<E>, 'export/get-folder' | 'export/choose-folder' | 'export/write'>;

async function assertFolder(folder: string): Promise<void> {
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw exportFolderUnusable(folder);
}

async function pickAndRemember<E>(deps: ExportDeps<E>, event: E): Promise<string | null> {
  const folder = await deps.chooseFolder(event, await deps.prefs.exportFolder());
  if (folder !== null) await deps.prefs.setExportFolder(folder);
  return folder;
}

export function exportHandlers<E>(deps: ExportDeps<E>): ExportHandlers<E> {
  return {
    'export/get-folder': async () => ({ folder: await deps.prefs.exportFolder() }),
    'export/choose-folder': async (_args, event) => {
      const folder = await pickAndRemember(deps, event);
      return folder === null ? null : { folder };
    },
    /** Writes an .xlsx into the remembered folder (asking once), never overwriting, atomically. */
    'export/write': async ({ fileName, bytes }, event) => {
      // Checked before any dialog: a refused name must not first ask the clerk for a folder.
      assertFileName(fileName, exportExtensions);
      const folder = (await deps.prefs.exportFolder()) ?? (await pickAndRemember(deps, event));
      if (folder === null) return null;
      await assertFolder(folder);
      try {
        const path = await availablePath(folder, fileName);
        await writeFileAtomic(path, bytes);
        return { path };
      } catch (error) {
        throw writeFailure(error, exportFolderUnusable(folder));
      }
    },
  };
}
