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

describe('file/save-as: pdf, xlsx, json or shbk only', () => {
  it.each([['pdf'], ['xlsx'], ['json'], ['shbk']])('saves a .%s', async (ext) => {
    const path = join(dir, `x.${ext}`);
    const result = await fileHandlers({ chooseSavePath: async () => path })['file/save-as']({ ...args, defaultName: `x.${ext}`, extensions: [ext] }, event);
    expect(result).toEqual({ path });
  });

  it('refuses to offer a filter outside the list, before any dialog', async () => {
    const chooseSavePath = vi.fn(async () => join(dir, 'x.exe'));
    const save = fileHandlers({ chooseSavePath })['file/save-as']({ ...args, defaultName: 'x.exe', extensions: ['exe'] }, event);
    await expect(save).rejects.toMatchObject({ code: 'BAD_FILE_NAME', problem: 'extension', allowed: ['pdf', 'xlsx', 'json', 'shbk'] });
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it.each([
    ['电话记录表.hta', 'extension'],
    ['CONOUT$.pdf', 'deviceName'],
    ['表\u202Efdp.exe', 'bidiControl'],
    ['表.pdf.', 'trailingDotOrSpace'],
  ])('refuses the suggested name %j (%s) before any dialog', async (defaultName, problem) => {
    const chooseSavePath = vi.fn(async () => join(dir, 'x.pdf'));
    await expect(fileHandlers({ chooseSavePath })['file/save-as']({ ...args, defaultName }, event)).rejects.toMatchObject({ code: 'BAD_FILE_NAME', problem });
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it.each([
    ['evil.exe', 'extension'],
    ['x.xlsx', 'extension'],
    ['x.lnk', 'extension'],
    ['CON.pdf', 'deviceName'],
    ['a\u202Efdp.exe', 'bidiControl'],
  ])('refuses a name typed into the dialog, %j (%s), and writes nothing', async (typed, problem) => {
    const save = fileHandlers({ chooseSavePath: async () => join(dir, typed) })['file/save-as'](args, event);
    await expect(save).rejects.toMatchObject({ code: 'BAD_FILE_NAME', problem, allowed: ['pdf'] });
    expect(readdirSync(dir)).toEqual([]);
  });
});

