import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import type { CallLogInput } from '@shared/domain/call-log';
import type { ExportRecord } from '@shared/domain/export-record';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import { countCallLogs, createCallLog, getCallLog } from './call-logs-repo';
import { countCustomers, createCustomer, getCustomer, updateCustomer } from './customers-repo';
import type { AppDB } from './db';
import { addExportRecord, listExportRecords } from './exports-repo';
import { openTestDb, testActor } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

const clerk = testActor(['frontdesk'], 7, '王丽');
const call: CallLogInput = { direction: 'in', at: 1_800_000_000_000, phone: '13800138000', contact: '张伟', topic: 'repair', content: '不加热', result: '' };
const exportRec: Omit<ExportRecord, 'id'> = {
  kind: 'callLogs',
  rangeFrom: '2026-11-01',
  rangeTo: '2026-11-30',
  rowCount: 3,
  createdAt: 5000,
  fileName: '电话记录.xlsx',
  location: 'download',
  sha256: 'ab'.repeat(32),
};

/** Makes the next audit entry fail after the record itself was written in the same transaction. */
function failAuditWrites(): void {
  db.auditLog.hook('creating', () => {
    throw new Error('disk full');
  });
}

describe('every write is audited in its own transaction', () => {
  it('a new customer gets a create entry by the actor, with its fields and creator but no derived keys', async () => {
    const id = await createCustomer(db, clerk, { name: '张伟', phones: ['138-0013-8000'] });
    expect((await getCustomer(db, id))?.createdById).toBe(7);
    const [entry, ...rest] = await recordHistory(db, 'customers', id);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ action: 'create', staffId: 7, staffName: '王丽', table: 'customers', recordId: String(id) });
    expect(entry?.after).toEqual({
      name: '张伟', phones: ['13800138000'], createdById: 7, type: 'ordinary', primaryPhone: '13800138000', addresses: [], isKey: false,
    });
    expect(entry?.before).toBeUndefined();
  });

  it('an update keeps the changed fields only; an unchanged save writes nothing', async () => {
    const id = await createCustomer(db, clerk, { name: '张伟', phones: ['13800138000'], address: '北京' });
    const boss = testActor(['supervisor'], 1, '张主管');
    await updateCustomer(db, boss, id, { name: '张伟', phones: ['13800138000', '13912345678'], address: '北京' });
    const updatedAt = (await getCustomer(db, id))?.updatedAt;
    await updateCustomer(db, boss, id, { name: ' 张伟 ', phones: ['138-0013-8000', '13912345678'], address: '北京' });
    const history = await recordHistory(db, 'customers', id);
    expect(history.map((e) => e.action)).toEqual(['create', 'update']);
    expect(history[1]).toMatchObject({ staffId: 1, staffName: '张主管' });
    expect(history[1]?.before).toEqual({ phones: ['13800138000'] });
    expect(history[1]?.after).toEqual({ phones: ['13800138000', '13912345678'] });
    expect((await getCustomer(db, id))?.updatedAt).toBe(updatedAt);
  });

  it('a call is stamped with its handler (经手人) and audited', async () => {
    const id = await createCallLog(db, clerk, call);
    expect(await getCallLog(db, id)).toMatchObject({ handlerId: 7, handlerName: '王丽' });
    const [entry] = await recordHistory(db, 'callLogs', id);
    expect(entry).toMatchObject({ action: 'create', staffId: 7, after: { handlerId: 7, handlerName: '王丽', content: '不加热' } });
  });

  it('a registered export is audited', async () => {
    const id = await addExportRecord(db, clerk, exportRec);
    const [entry] = await recordHistory(db, 'exports', id);
    expect(entry).toMatchObject({ action: 'create', staffId: 7, at: 5000, after: { fileName: '电话记录.xlsx', rowCount: 3 } });
  });
});

describe('a write that fails leaves neither record nor audit entry', () => {
  it('validation inside the transaction (unknown customer) writes nothing', async () => {
    await expect(createCallLog(db, clerk, { ...call, customerId: 99 })).rejects.toBeInstanceOf(ValidationError);
    expect(await countCallLogs(db)).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('an audit failure after the customer was written rolls the customer back', async () => {
    failAuditWrites();
    await expect(createCustomer(db, clerk, { name: '张伟', phones: [] })).rejects.toThrow('disk full');
    expect(await countCustomers(db)).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('an audit failure after an update rolls the update back', async () => {
    const id = await createCustomer(db, clerk, { name: '张伟', phones: [] });
    failAuditWrites();
    await expect(updateCustomer(db, clerk, id, { name: '张伟强', phones: [] })).rejects.toThrow('disk full');
    expect((await getCustomer(db, id))?.name).toBe('张伟');
    expect(await recordHistory(db, 'customers', id)).toHaveLength(1);
  });

  it('an audit failure after the call or the export was written rolls them back', async () => {
    failAuditWrites();
    await expect(createCallLog(db, clerk, call)).rejects.toThrow('disk full');
    await expect(addExportRecord(db, clerk, exportRec)).rejects.toThrow('disk full');
    expect(await countCallLogs(db)).toBe(0);
    expect(await listExportRecords(db)).toEqual([]);
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe('the repositories refuse a role without the permission', () => {
  it('an account with no role can neither create customers, log calls nor register exports', async () => {
    const nobody = testActor([], 9, '无角色');
    await expect(createCustomer(db, nobody, { name: '张伟', phones: [] })).rejects.toBeInstanceOf(PermissionError);
    await expect(createCallLog(db, nobody, call)).rejects.toBeInstanceOf(PermissionError);
    await expect(addExportRecord(db, nobody, exportRec)).rejects.toBeInstanceOf(PermissionError);
    expect(await countCustomers(db)).toBe(0);
    expect(await countCallLogs(db)).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});
