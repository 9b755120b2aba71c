import { describe, expect, it } from 'vitest';
import { backupFileNameSchema, backupTooLargeMessage, fileNameSchema, ipcChannels, ipcContract, maxBackupBytes } from './ipc';

describe('fileNameSchema', () => {
  it.each(['电话记录_2025-01-01_2025-01-31.xlsx', 'a.b.pdf', 'x (2).xlsx', 'console.xlsx', 'COM.pdf'])('accepts %s', (name) => {
    expect(fileNameSchema.safeParse(name).success).toBe(true);
  });

  it.each([
    '',
    '../x.xlsx',
    '..\\x.xlsx',
    'C:x.xlsx',
    'a/b.xlsx',
    '..',
    '.',
    'x.xlsx.',
    'x.xlsx ',
    'CON',
    'nul.xlsx',
    'LPT1.pdf',
    'con.tar.gz',
    'a\u0000b',
    'a\nb',
    'x'.repeat(201),
    'CONOUT$',
    'conin$.xlsx',
    'LPT¹.pdf',
    'a\u202Eb.xlsx',
    'a\u2067b.xlsx',
  ])('refuses %j', (name) => {
    expect(fileNameSchema.safeParse(name).success).toBe(false);
  });
});

describe('ipc contract', () => {
  it('export/write takes .xlsx only; file/save-as pdf, xlsx, json and shbk only', () => {
    const write = ipcContract['export/write'].args;
    const bytes = new Uint8Array([1]);
    expect(write.safeParse({ fileName: '电话记录.xlsx', bytes }).success).toBe(true);
    for (const fileName of ['evil.exe', 'a.lnk', 'a.hta', 'a.pdf', 'a\u202Exslx.exe', 'CONOUT$']) expect(write.safeParse({ fileName, bytes }).success).toBe(false);
    const save = ipcContract['file/save-as'].args;
    const ok = { defaultName: 'a.pdf', bytes, filterName: 'PDF', extensions: ['pdf'] };
    expect(save.safeParse(ok).success).toBe(true);
    expect(save.safeParse({ ...ok, defaultName: 'a.exe', extensions: ['exe'] }).success).toBe(false);
    expect(save.safeParse({ ...ok, extensions: ['pdf', 'lnk'] }).success).toBe(false);
  });


  it('lists every channel, namespaced', () => {
    expect(ipcChannels).toEqual(Object.keys(ipcContract));
    for (const channel of ipcChannels) expect(channel).toMatch(/^[a-z]+\/[a-z-]+$/);
  });

  it('refuses export bytes sent as a string or a plain array', () => {
    const args = ipcContract['export/write'].args;
    expect(args.safeParse({ fileName: 'a.xlsx', bytes: new Uint8Array([1]) }).success).toBe(true);
    expect(args.safeParse({ fileName: 'a.xlsx', bytes: 'AQ==' }).success).toBe(false);
    expect(args.safeParse({ fileName: 'a.xlsx', bytes: [1] }).success).toBe(false);
  });
});

describe('backup file names and limits', () => {
  it.each(['售后服务中心-备份-2026-11-27-0830.shbk', 'x.SHBK'])('accepts %s', (name) => {
    expect(backupFileNameSchema.safeParse(name).success).toBe(true);
  });

  it.each(['售后服务中心-备份-2026-11-27-0830.xlsx', 'shbk', '../a.shbk', 'a.shbk.', 'CON.shbk'])('refuses %j', (name) => {
    expect(backupFileNameSchema.safeParse(name).success).toBe(false);
  });

  it('caps backups below 2 GiB (what Node reads into one buffer) and says so in Chinese', () => {
    expect(maxBackupBytes).toBe(2 ** 31 - 1);
    expect(backupTooLargeMessage(3 * 1024 ** 3)).toContain('3.0 GB');
    expect(backupTooLargeMessage(3 * 1024 ** 3)).toContain('超过 2 GB');
  });

  it('print/print accepts an optional whole-number dpi', () => {
    const args = ipcContract['print/print'].args;
    const page = { html: '<p>x</p>', pageSize: { widthMm: 241, heightMm: 93 }, silent: true };
    expect(args.safeParse(page).success).toBe(true);
    expect(args.safeParse({ ...page, dpi: 180 }).success).toBe(true);
    expect(args.safeParse({ ...page, dpi: 180.5 }).success).toBe(false);
    expect(args.safeParse({ ...page, dpi: 10_000 }).success).toBe(false);
  });
});
