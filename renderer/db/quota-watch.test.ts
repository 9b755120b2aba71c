import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translate, type StringKey } from '@shared/i18n';
import { errorText } from '../auth/error-text';
import { createCallLog } from './call-logs-repo';
import { createCustomer } from './customers-repo';
import type { AppDB } from './db';
import { getStorageHealth, resetStorageHealth } from './storage-health';
import { isQuotaError } from './storage-errors';
import { openTestDb, testActor } from './test-db';

const clerk = testActor(['frontdesk'], 7, '王丽');
const t = (key: StringKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
  resetStorageHealth();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** The disk fills up just as the audit entry is written: the record's own write had already gone through. */
function diskFullOnAudit(): void {
  const add = IDBObjectStore.prototype.add;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (this.name === 'auditLog') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return add.call(this, value, key);
  });
}

describe('a write on a full disk', () => {
  it('leaves nothing half-written: no call without its audit entry, no audit entry without its call', async () => {
    diskFullOnAudit();
    const failed = await createCallLog(db, clerk, { direction: 'in', at: Date.now(), phone: '13800138000', contact: '张伟', topic: 'consult', content: '咨询', result: '已告知' }).catch(
      (e: unknown) => e,
    );
    expect(isQuotaError(failed)).toBe(true);
    vi.restoreAllMocks();
    expect(await db.callLogs.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('reads 「磁盘空间不足…」 with what to do, not 「操作失败:QuotaExceededError」, and raises the disk warning', async () => {
    diskFullOnAudit();
    const failed = await createCustomer(db, clerk, { name: '张伟', phones: ['13800138000'] }).catch((e: unknown) => e);
    const text = errorText(t, failed);
    expect(text).toBe(t('storage.error.full'));
    expect(text).toMatch(/^磁盘空间不足.*腾出空间后再试/);
    expect(text).not.toContain('QuotaExceededError');
    expect(getStorageHealth().quotaFailedAt).not.toBeNull();
    vi.restoreAllMocks();
    expect(await db.customers.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('another failure raises no disk warning', async () => {
    await createCustomer(db, clerk, { name: '', phones: [] }).catch(() => undefined);
    expect(getStorageHealth().quotaFailedAt).toBeNull();
  });
});

describe('isQuotaError', () => {
  it('sees the quota error bare, wrapped by Dexie (inner) and inside a bulk failure', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quota] })).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
