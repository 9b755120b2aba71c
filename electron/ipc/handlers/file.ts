import { basename, dirname } from 'node:path';
import { saveAsExtensions } from '@shared/file-name';
import { writeFileAtomic } from '../../atomic-write';
import { assertFileName, FileNameError } from '../../errors';
import type { Handlers } from '../register';
import { saveFolderUnusable, writeFailure } from './write-errors';

export interface SaveDialogRequest {
  defaultName: string;
  filterName: string;
  extensions: string[];
}

export interface FileDeps<E> {
  /** Shows the save dialog (which itself confirms overwriting); null when the user cancels. */
  chooseSavePath(event: E, request: SaveDialogRequest): Promise<string | null>;
}

/**
 * The extensions a save may offer: the asked ones that 另存为 allows at all. Asking for any other
 * (an `.exe` filter) refuses the whole save.
 */
function offeredExtensions(extensions: readonly string[]): string[] {
  const allowed: readonly string[] = saveAsExtensions;
  const refused = extensions.find((e) => !allowed.includes(e));
  if (refused !== undefined) throw new FileNameError('extension', saveAsExtensions);
  return [...extensions];
}

export function fileHandlers<E>(deps: FileDeps<E>): Pick<Handlers<E>, 'file/save-as'> {
  return {
    'file/save-as': async ({ defaultName, bytes, filterName, extensions }, event) => {
      const offered = offeredExtensions(extensions);
      assertFileName(defaultName, offered);
      const path = await deps.chooseSavePath(event, { defaultName, filterName, extensions: offered });
      if (path === null) return null;
      // The dialog lets the user type any name: `x.exe` or `CON.pdf` there is refused the same way.
      assertFileName(basename(path), offered);
      try {
        await writeFileAtomic(path, bytes);
      } catch (error) {
        throw writeFailure(error, saveFolderUnusable(dirname(path)));
      }
      return { path };
    },
  };
}
