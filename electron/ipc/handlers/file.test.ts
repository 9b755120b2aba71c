import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileHandlers } from './file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'save-as-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const args = { defaultName: '电话记录表.pdf', bytes: new Uint8Array([37, 80, 68, 70]), filterName: 'PDF', extensions: ['pdf'] };
const event = {};

describe('file/save-as', () => {
  it('writes where the user chose, with the dialog told the name and filter', async () => {
    const chooseSavePath = vi.fn(async () => join(dir, 'x.pdf'));
    const result = await fileHandlers({ chooseSavePath })['file/save-as'](args, event);
    expect(result).toEqual({ path: join(dir, 'x.pdf') });
    expect(readFileSync(join(dir, 'x.pdf'), 'latin1')).toBe('%PDF');
    expect(chooseSavePath).toHaveBeenCalledWith(event, { defaultName: '电话记录表.pdf', filterName: 'PDF', extensions: ['pdf'] });
  });

  it('returns null and writes nothing when the dialog is cancelled', async () => {
    const result = await fileHandlers({ chooseSavePath: async () => null })['file/save-as'](args, event);
    expect(result).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails with a clear message when the chosen folder vanished', async () => {
    const save = fileHandlers({ chooseSavePath: async () => join(dir, 'gone', 'x.pdf') })['file/save-as'](args, event);
    await expect(save).rejects.toMatchObject({ code: 'FAILED', message: expect.stringContaining('文件未保存') });
  });
});
