import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppendOnlyError, type AuditEntry } from '@shared/audit/audit';
import type { AppDB } from './db';
import { openTestDb } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

const entry = (recordId: string): Omit<AuditEntry, 'id'> => ({
  at: 1,
  staffId: 1,
  staffName: '主管',
  action: 'create',
  table: 'customers',
  recordId,
  after: { name: '张伟' },
});

async function seed(): Promise<number> {
  return db.transaction('rw', db.auditLog, async () => {
    await db.auditLog.add(entry('2'));
    return (await db.auditLog.add(entry('1'))) ?? -1;
  });
}

describe('the audit table refuses every update and delete', () => {
  it('update, modify and put over an entry are refused; the entry is unchanged', async () => {
    const id = await seed();
    await expect(db.auditLog.update(id, { staffName: '别人' })).rejects.toThrow(AppendOnlyError);
    await expect(db.auditLog.where('at').equals(1).modify({ staffName: '别人' })).rejects.toThrow(AppendOnlyError);
    await expect(db.auditLog.put({ ...entry('1'), id, staffName: '别人' })).rejects.toThrow(AppendOnlyError);
    await expect(db.auditLog.bulkPut([{ ...entry('1'), id, note: 'x' }])).rejects.toThrow(AppendOnlyError);
    expect((await db.auditLog.get(id))?.staffName).toBe('主管');
  });

  it('delete, bulkDelete, a collection delete and clear are refused; nothing is removed', async () => {
    const id = await seed();
    await expect(db.auditLog.delete(id)).rejects.toThrow(AppendOnlyError);
    await expect(db.auditLog.bulkDelete([id])).rejects.toThrow(AppendOnlyError);
    await expect(db.auditLog.where('at').equals(1).delete()).rejects.toThrow(AppendOnlyError);
    await expect(db.auditLog.clear()).rejects.toThrow(AppendOnlyError);
    expect(await db.auditLog.count()).toBe(2);
  });
});
