import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OperationError } from '../../errors';
import type { Prefs } from '../../prefs';
import { exportHandlers } from './export';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function memoryPrefs(folder: string | null = null): Prefs {
  let current = folder;
  return {
    exportFolder: async () => current,
    setExportFolder: async (f) => {
      current = f;
    },
    backupSecondFolder: async () => null,
    setBackupSecondFolder: async () => undefined,
    clearBackupSecondFolder: async () => undefined,
    lastStartedVersion: async () => null,
    setLastStartedVersion: async () => undefined,
  };
}

const event = { senderFrame: { url: 'app://app/index.html' } };
const bytes = new Uint8Array([80, 75, 3, 4, 0, 1]);

function handlers(folder: string | null, picked: string | null = null) {
  const prefs = memoryPrefs(folder);
  const chooseFolder = vi.fn(async () => picked);
  return { prefs, chooseFolder, h: exportHandlers({ prefs, chooseFolder }) };
}

describe('export/write', () => {
  it('writes the bytes into the remembered folder atomically and returns the path', async () => {
    const { h, chooseFolder } = handlers(dir);
    const result = await h['export/write']({ fileName: '电话记录_2025-01-01_2025-01-31.xlsx', bytes }, event);
    const path = join(dir, '电话记录_2025-01-01_2025-01-31.xlsx');
    expect(result).toEqual({ path });
    expect([...readFileSync(path)]).toEqual([...bytes]);
    expect(readdirSync(dir)).toEqual(['电话记录_2025-01-01_2025-01-31.xlsx']);
    expect(chooseFolder).not.toHaveBeenCalled();
  });

  it('never overwrites an earlier export with the same name', async () => {
    writeFileSync(join(dir, 'a.xlsx'), 'edited by the user');
    const { h } = handlers(dir);
    expect(await h['export/write']({ fileName: 'a.xlsx', bytes }, event)).toEqual({ path: join(dir, 'a (2).xlsx') });
    expect(readFileSync(join(dir, 'a.xlsx'), 'utf8')).toBe('edited by the user');
  });

  it('asks for a folder when none is remembered, then remembers it', async () => {
    const { h, prefs, chooseFolder } = handlers(null, dir);
    expect(await h['export/write']({ fileName: 'a.xlsx', bytes }, event)).toEqual({ path: join(dir, 'a.xlsx') });
    expect(chooseFolder).toHaveBeenCalledTimes(1);
    expect(await prefs.exportFolder()).toBe(dir);
  });

  it('returns null and writes nothing when the user cancels the folder dialog', async () => {
    const { h, prefs } = handlers(null, null);
    expect(await h['export/write']({ fileName: 'a.xlsx', bytes }, event)).toBeNull();
    expect(await prefs.exportFolder()).toBeNull();
  });

  it('fails clearly when the remembered folder no longer exists', async () => {
    const missing = join(dir, 'gone');
    const { h } = handlers(missing);
    const write = h['export/write']({ fileName: 'a.xlsx', bytes }, event);
    await expect(write).rejects.toBeInstanceOf(OperationError);
    await expect(write).rejects.toMatchObject({ code: 'FAILED', message: expect.stringContaining('导出文件夹不存在或不可写') });
    expect(existsSync(missing)).toBe(false);
  });

  it('fails clearly when the remembered folder is a file', async () => {
    writeFileSync(join(dir, 'not-a-folder'), '');
    const { h } = handlers(join(dir, 'not-a-folder'));
    await expect(h['export/write']({ fileName: 'a.xlsx', bytes }, event)).rejects.toMatchObject({
      code: 'FAILED',
      message: expect.stringContaining('导出文件夹不存在或不可写'),
    });
  });
});

describe('export folder', () => {
  it('reports the remembered folder, or null', async () => {
    expect(await handlers(dir).h['export/get-folder']({}, event)).toEqual({ folder: dir });
    expect(await handlers(null).h['export/get-folder']({}, event)).toEqual({ folder: null });
  });

  it('remembers a newly chosen folder and keeps the old one on cancel', async () => {
    const chosen = handlers('old', dir);
    expect(await chosen.h['export/choose-folder']({}, event)).toEqual({ folder: dir });
    expect(await chosen.prefs.exportFolder()).toBe(dir);
    const cancelled = handlers('old', null);
    expect(await cancelled.h['export/choose-folder']({}, event)).toBeNull();
    expect(await cancelled.prefs.exportFolder()).toBe('old');
  });
});

describe('export/write: only .xlsx, never a device or a disguised name', () => {
  it.each([
    ['evil.exe', 'extension'],
    ['report.lnk', 'extension'],
    ['x.hta', 'extension'],
    ['电话记录\u202Exslx.exe', 'bidiControl'],
    ['CONOUT$', 'deviceName'],
    ['CON.xlsx', 'deviceName'],
    ['NUL .xlsx', 'deviceName'],
    ['COM1.xlsx', 'deviceName'],
    ['a\u0007b.xlsx', 'controlCharacter'],
    ['a.xlsx.', 'trailingDotOrSpace'],
    ['a.xlsx ', 'trailingDotOrSpace'],
    ['..\\evil.xlsx', 'reservedCharacter'],
  ])('refuses %j with BAD_FILE_NAME (%s), writes nothing and asks for no folder', async (fileName, problem) => {
    const { h, chooseFolder } = handlers(null, dir);
    const write = h['export/write']({ fileName, bytes }, event);
    await expect(write).rejects.toMatchObject({ code: 'BAD_FILE_NAME', problem, allowed: ['xlsx'] });
    expect(chooseFolder).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the refusal reaches the renderer as a code and a problem, worded in Chinese', async () => {
    const { dispatch } = await import('../register');
    const { h } = handlers(dir);
    const answer = await dispatch('export/write', h['export/write'], event, { fileName: 'evil.exe', bytes }, () => true);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'BAD_FILE_NAME', message: expect.stringContaining('.xlsx'), fileName: { problem: 'extension', allowed: ['xlsx'] } },
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

