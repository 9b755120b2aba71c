import { Dexie, type EntityTable } from 'dexie';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { validateBackupPassword } from '@shared/backup/password';
import { assertValid } from '@shared/validation';
import { auditChange } from './audit-repo';
import type { AppDB } from './db';
import { derivePasswordKey, fromBase64, newPasswordParams } from './backup/seal';

/**
 * The backup password's keys. They live in their own small database, outside the app's data: a
 * backup must not carry them, and a restore must not bring back an older password. Only the derived
 * key is kept (a non-extractable WebCrypto key), never the password. Earlier passwords' keys are
 * kept too, so this PC still opens its own older backups without asking.
 */
export const keyringDbName = 'shouhou-keyring';

export interface PasswordKeyRow {
  /** The PBKDF2 salt (base64): which password a backup's slot was made with. */
  salt: string;
  iterations: number;
  key: CryptoKey;
  setAt: number;
  setById: number;
  setByName: string;
}

class KeyringDB extends Dexie {
  passwordKeys!: EntityTable<PasswordKeyRow, 'salt'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ passwordKeys: 'salt, setAt' });
  }
}

let shared: KeyringDB | null = null;

/** The keyring database (one per browser profile or Electron install); tests pass their own name. */
export function keyringDb(name = keyringDbName): KeyringDB {
  if (name !== keyringDbName) return new KeyringDB(name);
  shared ??= new KeyringDB(keyringDbName);
  return shared;
}

export interface BackupPasswordState {
  setAt: number;
  setByName: string;
}

/** The password new backups are wrapped with: the one set last. */
export async function currentPasswordKey(keys: KeyringDB = keyringDb()): Promise<PasswordKeyRow | null> {
  return (await keys.passwordKeys.orderBy('setAt').last()) ?? null;
}

/** Whether a backup password is set, since when and by whom (for 设置). */
export async function backupPasswordState(keys: KeyringDB = keyringDb()): Promise<BackupPasswordState | null> {
  const row = await currentPasswordKey(keys);
  return row ? { setAt: row.setAt, setByName: row.setByName } : null;
}

/** The key of an earlier or current password, by the salt a backup's slot names. */
export async function passwordKeyBySalt(salt: string, keys: KeyringDB = keyringDb()): Promise<PasswordKeyRow | null> {
  return (await keys.passwordKeys.get(salt)) ?? null;
}

/**
 * Sets (or changes) the backup password: a supervisor's setting. The derived key goes into the
 * keyring database and the audit entry (that it was set, never the password) into the app's; the two
 * are different databases, so they are written one after the other, the key first.
 */
export async function setBackupPassword(db: AppDB, actor: Actor, password: string, now = Date.now(), keys: KeyringDB = keyringDb()): Promise<void> {
  assertCan(actor.roles, 'settings.manage');
  assertValid(validateBackupPassword(password));
  const params = newPasswordParams();
  const key = await derivePasswordKey(password, fromBase64(params.salt), params.iterations);
  const before = await currentPasswordKey(keys);
  await keys.passwordKeys.add({ ...params, key, setAt: now, setById: actor.staffId, setByName: actor.name });
  await db.transaction('rw', db.auditLog, () =>
    auditChange(db, actor, {
      action: before ? 'update' : 'create',
      table: 'settings',
      recordId: 'backupPassword',
      after: { backupPassword: now },
      at: now,
    }),
  );
}
