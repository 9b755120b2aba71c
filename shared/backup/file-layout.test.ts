import { describe, expect, it } from 'vitest';
import { backupMagic, checkDataPart, headerText, maxManifestBytes, splitBackupFile } from './file-layout';
import { backupFormat, type BackupManifest } from './manifest';

const manifest: BackupManifest = {
  format: backupFormat,
  appVersion: '0.1.0',
  schemaVersion: 2,
  createdAt: 1_700_000_000_000,
  pcName: 'FRONT\nDESK',
  tables: { customers: 1 },
  dataBytes: 4,
  sha256: 'c'.repeat(64),
};

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

function file(): Uint8Array {
  return Uint8Array.from([...ascii(headerText(manifest)), 1, 2, 3, 4]);
}

describe('backup file layout', () => {
  it('writes the magic line, then the manifest on exactly one line', () => {
    const lines = headerText(manifest).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(backupMagic);
    expect(JSON.parse(lines[1] ?? '')).toEqual(manifest);
    expect(lines[2]).toBe('');
  });

  it('splits a file into its manifest line and data part', () => {
    const parts = splitBackupFile(file());
    if (!parts.ok) throw new Error(parts.reason);
    expect(JSON.parse(String.fromCharCode(...parts.manifestBytes))).toEqual(manifest);
    expect([...parts.data]).toEqual([1, 2, 3, 4]);
  });

  it('refuses another program’s file: JSON, random bytes, a different magic', () => {
    expect(splitBackupFile(ascii('{"formatName":"dexie"}'))).toEqual({ ok: false, reason: 'backup.error.notOurs' });
    expect(splitBackupFile(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ ok: false, reason: 'backup.error.notOurs' });
    expect(splitBackupFile(ascii('SHBK2\n{}\n'))).toEqual({ ok: false, reason: 'backup.error.notOurs' });
  });

  it('calls a file cut inside its header truncated', () => {
    const whole = file();
    expect(splitBackupFile(whole.subarray(0, 3))).toEqual({ ok: false, reason: 'backup.error.truncated' });
    expect(splitBackupFile(whole.subarray(0, 40))).toEqual({ ok: false, reason: 'backup.error.truncated' });
    expect(splitBackupFile(new Uint8Array(0))).toEqual({ ok: false, reason: 'backup.error.truncated' });
  });

  it('calls a header line longer than any manifest damaged', () => {
    const long = Uint8Array.from([...ascii(`${backupMagic}\n`), ...new Uint8Array(maxManifestBytes + 10).fill(0x41)]);
    expect(splitBackupFile(long)).toEqual({ ok: false, reason: 'backup.error.manifest' });
  });

  it('checks schema and length before hashing', () => {
    expect(checkDataPart(manifest, 2, 4)).toBeNull();
    expect(checkDataPart(manifest, 3, 4)).toBeNull();
    expect(checkDataPart(manifest, 1, 4)).toBe('backup.error.newerSchema');
    expect(checkDataPart(manifest, 2, 3)).toBe('backup.error.truncated');
    expect(checkDataPart(manifest, 2, 5)).toBe('backup.error.checksum');
  });
});
