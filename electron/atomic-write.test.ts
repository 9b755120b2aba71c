import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { availablePath, writeFileAtomic } from './atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    await writeFileAtomic(join(dir, 'a.xlsx'), new Uint8Array([80, 75, 3, 4]));
    expect([...readFileSync(join(dir, 'a.xlsx'))]).toEqual([80, 75, 3, 4]);
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });

  it('replaces an existing file in one step', async () => {
    writeFileSync(join(dir, 'a.txt'), 'old');
    await writeFileAtomic(join(dir, 'a.txt'), new TextEncoder().encode('new'));
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new');
  });

  it('on failure throws and leaves nothing half-written behind', async () => {
    // The target is a non-empty directory, so the final rename fails after the bytes were written.
    mkdirSync(join(dir, 'a.xlsx'));
    writeFileSync(join(dir, 'a.xlsx', 'keep'), 'x');
    await expect(writeFileAtomic(join(dir, 'a.xlsx'), new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });

  it('fails in a folder that does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.xlsx'), new Uint8Array([1]))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('availablePath', () => {
  it('numbers the name when it is taken instead of overwriting', async () => {
    expect(await availablePath(dir, '电话记录.xlsx')).toBe(join(dir, '电话记录.xlsx'));
    writeFileSync(join(dir, '电话记录.xlsx'), '');
    writeFileSync(join(dir, '电话记录 (2).xlsx'), '');
    expect(await availablePath(dir, '电话记录.xlsx')).toBe(join(dir, '电话记录 (3).xlsx'));
  });
});
