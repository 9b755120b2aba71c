import { afterEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { ValidationError } from '@shared/validation';
import { backupPasswordState, currentPasswordKey, keyringDb, passwordKeyBySalt, setBackupPassword } from './backup-password-repo';
import { openTestDb, testActor } from './test-db';

const boss = testActor(['supervisor'], 1, '周主管');
const cleanup: { delete(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((db) => db.delete()));
});

function dbs() {
  const db = openTestDb();
  const keys = keyringDb(`test-keyring-${crypto.randomUUID()}`);
  cleanup.push(db, keys);
  return { db, keys };
}

describe('the backup password', () => {
  it('keeps only a derived, non-extractable key (never the password) outside the app’s data, and audits that it was set', async () => {
    const { db, keys } = dbs();
    expect(await backupPasswordState(keys)).toBeNull();
    await setBackupPassword(db, boss, '备份密码-2026', 1000, keys);
    expect(await backupPasswordState(keys)).toEqual({ setAt: 1000, setByName: '周主管' });
    const row = await currentPasswordKey(keys);
    expect(row?.key.extractable).toBe(false);
    expect(row?.iterations).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(await keys.passwordKeys.toArray())).not.toContain('备份密码-2026');
    expect(db.tables.map((t) => t.name)).not.toContain('passwordKeys');
    const [entry] = await db.auditLog.toArray();
    expect(entry).toMatchObject({ action: 'create', table: 'settings', recordId: 'backupPassword', staffId: 1, after: { backupPassword: 1000 } });
    expect(JSON.stringify(entry)).not.toContain('备份密码-2026');
  });

  it('a change keeps the earlier key (older backups still open here) and makes the new one current', async () => {
    const { db, keys } = dbs();
    await setBackupPassword(db, boss, 'first-password', 1000, keys);
    const first = await currentPasswordKey(keys);
    await setBackupPassword(db, boss, 'second-password', 2000, keys);
    expect((await currentPasswordKey(keys))?.setAt).toBe(2000);
    expect(await passwordKeyBySalt(first?.salt ?? '', keys)).not.toBeNull();
    expect((await db.auditLog.toArray()).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('is a supervisor’s setting, at least 8 characters; a refusal writes nothing', async () => {
    const { db, keys } = dbs();
    await expect(setBackupPassword(db, testActor(['frontdesk']), 'long-enough', 1, keys)).rejects.toBeInstanceOf(PermissionError);
    await expect(setBackupPassword(db, boss, '1234567', 1, keys)).rejects.toMatchObject({ issues: [{ message: 'backupPassword.error.tooShort' }] });
    await expect(setBackupPassword(db, boss, 'x'.repeat(129), 1, keys)).rejects.toBeInstanceOf(ValidationError);
    expect(await keys.passwordKeys.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});
