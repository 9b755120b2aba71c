import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrefs, readLastStartedVersionSync } from './prefs';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prefs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('prefs', () => {
  it('has no export folder at first', async () => {
    expect(await createPrefs(join(dir, 'prefs.json')).exportFolder()).toBeNull();
  });

  it('remembers the export folder across restarts', async () => {
    const file = join(dir, 'sub', 'prefs.json');
    await createPrefs(file).setExportFolder('D:\\导出');
    expect(await createPrefs(file).exportFolder()).toBe('D:\\导出');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ exportFolder: 'D:\\导出' });
  });

  it('treats a corrupt file as empty', async () => {
    const file = join(dir, 'prefs.json');
    writeFileSync(file, '{not json');
    expect(await createPrefs(file).exportFolder()).toBeNull();
    writeFileSync(file, JSON.stringify({ exportFolder: 42 }));
    expect(await createPrefs(file).exportFolder()).toBeNull();
  });

  it('remembers the backup second folder beside the export folder', async () => {
    const file = join(dir, 'prefs.json');
    expect(await createPrefs(file).backupSecondFolder()).toBeNull();
    await createPrefs(file).setExportFolder('D:\\导出');
    await createPrefs(file).setBackupSecondFolder('E:\\备份');
    const reopened = createPrefs(file);
    expect(await reopened.backupSecondFolder()).toBe('E:\\备份');
    expect(await reopened.exportFolder()).toBe('D:\\导出');
  });

  it('forgets the backup second folder when cleared, keeping the export folder', async () => {
    const file = join(dir, 'prefs.json');
    await createPrefs(file).setExportFolder('D:\\导出');
    await createPrefs(file).setBackupSecondFolder('E:\\备份');
    await createPrefs(file).clearBackupSecondFolder();
    const reopened = createPrefs(file);
    expect(await reopened.backupSecondFolder()).toBeNull();
    expect(await reopened.exportFolder()).toBe('D:\\导出');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ exportFolder: 'D:\\导出' });
  });

  it('remembers the last started version beside the folders, readable before ready', async () => {
    const file = join(dir, 'prefs.json');
    expect(readLastStartedVersionSync(file)).toBeNull();
    await createPrefs(file).setExportFolder('D:\\导出');
    await createPrefs(file).setLastStartedVersion({ appVersion: '0.2.0', electronVersion: '45.6.1' });
    expect(await createPrefs(file).lastStartedVersion()).toEqual({ appVersion: '0.2.0', electronVersion: '45.6.1' });
    expect(readLastStartedVersionSync(file)).toEqual({ appVersion: '0.2.0', electronVersion: '45.6.1' });
    expect(await createPrefs(file).exportFolder()).toBe('D:\\导出');
    writeFileSync(file, '{broken');
    expect(readLastStartedVersionSync(file)).toBeNull();
  });
});

