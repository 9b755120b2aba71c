import { randomUUID } from 'node:crypto';
import { access, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary file in the
 * same folder (same volume, so the rename is atomic), are flushed to disk, then renamed over the
 * target. On any failure the temporary file is removed and nothing half-written remains.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
  let written = false;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    written = true;
  } finally {
    if (!written) await unlink(temp).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * `folder/name.ext`, or `name (2).ext`, `name (3).ext`… when taken: an export never overwrites a
 * file the user may have opened or edited since.
 */
export async function availablePath(folder: string, fileName: string): Promise<string> {
  const ext = extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  for (let n = 1; n < 1000; n++) {
    const candidate = join(folder, n === 1 ? fileName : `${stem} (${n})${ext}`);
    if (!(await exists(candidate))) return candidate;
  }
  throw new Error(`too many files named ${fileName}`);
}
