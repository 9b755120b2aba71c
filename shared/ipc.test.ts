import { describe, expect, it } from 'vitest';
import { fileNameSchema, ipcChannels, ipcContract } from './ipc';

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
  ])('refuses %j', (name) => {
    expect(fileNameSchema.safeParse(name).success).toBe(false);
  });
});

describe('ipc contract', () => {
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
