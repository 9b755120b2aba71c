import { describe, expect, it, vi } from 'vitest';
import { ipcContract } from '@shared/ipc';
import { OperationError } from '../../errors';
import { storageHandlers } from './storage';

const app = { getPath: vi.fn(() => 'C:\\Users\\前台\\AppData\\Roaming\\ShouhouCenter') };

describe('storage/free-space', () => {
  it('measures the disk that holds userData: available blocks × block size', async () => {
    const statfs = vi.fn(async () => ({ bavail: 200_000, bsize: 4096 }));
    const answer = await storageHandlers(app, { statfs })['storage/free-space']({}, {});
    expect(answer).toEqual({ freeBytes: 200_000 * 4096 });
    expect(statfs).toHaveBeenCalledWith('C:\\Users\\前台\\AppData\\Roaming\\ShouhouCenter');
  });

  it('takes bigint statistics (statfs with bigint: true) as well', async () => {
    const statfs = vi.fn(async () => ({ bavail: 3n, bsize: 4096n }));
    await expect(storageHandlers(app, { statfs })['storage/free-space']({}, {})).resolves.toEqual({ freeBytes: 12_288 });
  });

  it('reports a disk that cannot be measured as a failure with a message, not a crash', async () => {
    const statfs = vi.fn(async () => {
      throw new Error('EACCES');
    });
    await expect(storageHandlers(app, { statfs })['storage/free-space']({}, {})).rejects.toBeInstanceOf(OperationError);
  });

  it('takes no arguments', () => {
    expect(ipcContract['storage/free-space'].args.safeParse({}).success).toBe(true);
    expect(ipcContract['storage/free-space'].args.safeParse({ path: 'C:\\' }).success).toBe(false);
  });
});
