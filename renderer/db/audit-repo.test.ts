import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import type { AuditEntry } from '@shared/audit/audit';
import { appendAudit, auditTrail, recordHistory } from './audit-repo';
import type { AppDB } from './db';
import { openTestDb, testActor } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

const boss = testActor(['supervisor'], 1, '张主管');
const entry = (over: Partial<AuditEntry>): Omit<AuditEntry, 'id'> => ({
  at: 1000,
  staffId: 2,
  staffName: '王丽',
  action: 'create',
  table: 'customers',
  recordId: '1',
  ...over,
});

async function seed(rows: Omit<AuditEntry, 'id'>[]): Promise<void> {
  await db.transaction('rw', db.auditLog, async () => {
    for (const r of rows) await appendAudit(db, r);
  });
}

describe('audit repository', () => {
  it('appendAudit only runs inside a read-write transaction that holds the audit table', async () => {
    await expect(appendAudit(db, entry({}))).rejects.toThrow(/transaction/);
    await expect(db.transaction('r', db.auditLog, () => appendAudit(db, entry({})))).rejects.toThrow(/transaction/);
    await expect(db.transaction('rw', db.customers, () => appendAudit(db, entry({})))).rejects.toThrow(/transaction/);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('the trail is newest first and filters by staff, table, record and date range', async () => {
    await seed([
      entry({ at: 1000, recordId: '1' }),
      entry({ at: 2000, table: 'callLogs', recordId: '1' }),
      entry({ at: 3000, staffId: 3, staffName: '陈刚', recordId: '2', action: 'update' }),
      entry({ at: 4000, recordId: '1', action: 'update' }),
    ]);
    const ats = (rows: AuditEntry[]) => rows.map((e) => e.at);
    expect(ats(await auditTrail(db, boss))).toEqual([4000, 3000, 2000, 1000]);
    expect(ats(await auditTrail(db, boss, { staffId: 3 }))).toEqual([3000]);
    expect(ats(await auditTrail(db, boss, { table: 'customers' }))).toEqual([4000, 3000, 1000]);
    expect(ats(await auditTrail(db, boss, { table: 'customers', recordId: 1 }))).toEqual([4000, 1000]);
    expect(ats(await auditTrail(db, boss, { recordId: '1' }))).toEqual([4000, 2000, 1000]);
    expect(ats(await auditTrail(db, boss, { fromMs: 2000, toMsExclusive: 4000 }))).toEqual([3000, 2000]);
    expect(ats(await auditTrail(db, boss, { table: 'customers', recordId: 1, fromMs: 2000 }))).toEqual([4000]);
    expect(ats(await auditTrail(db, boss, {}, 2))).toEqual([4000, 3000]);
  });

  it('only a role with audit.view reads the trail', async () => {
    await seed([entry({})]);
    await expect(auditTrail(db, testActor(['frontdesk', 'warehouse', 'logistics']))).rejects.toBeInstanceOf(PermissionError);
  });

  it("a record's history is oldest first, in the order written", async () => {
    await seed([entry({ at: 5000, action: 'create' }), entry({ at: 4000, action: 'update' }), entry({ recordId: '9' })]);
    expect((await recordHistory(db, 'customers', 1)).map((e) => e.action)).toEqual(['create', 'update']);
    expect(await recordHistory(db, 'callLogs', 1)).toEqual([]);
  });
});
