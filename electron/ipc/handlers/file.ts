import { dirname } from 'node:path';
import { writeFileAtomic } from '../../atomic-write';
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

export function fileHandlers<E>(deps: FileDeps<E>): Pick<Handlers<E>, 'file/save-as'> {
  return {
    'file/save-as': async ({ defaultName, bytes, filterName, extensions }, event) => {
      const path = await deps.chooseSavePath(event, { defaultName, filterName, extensions });
      if (path === null) return null;
      try {
        await writeFileAtomic(path, bytes);
      } catch (error) {
        throw writeFailure(error, saveFolderUnusable(dirname(path)));
      }
      return { path };
    },
  };
}
