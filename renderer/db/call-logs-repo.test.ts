import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@shared/validation';
import type { CallLogInput } from '@shared/domain/call-log';
import type { AppDB } from './db';
import { bulkAddCallLogs, countCallLogs, createCallLog, listCallLogs, listCallLogsForCustomer } from './call-logs-repo';
import { createCustomer } from './customers-repo';
import { openTestDb, testActor } from './test-db';

const clerk = testActor(['frontdesk'], 7, '王丽');

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

const at = (day: number, hour = 9, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();
const call = (over: Partial<CallLogInput> = {}): CallLogInput => ({
  direction: 'in',
  at: at(5),
  phone: '13800138000',
  contact: '张伟',
  topic: 'consult',
  content: '咨询滤芯价格',
  result: '已告知',
  ...over,
});

describe('call logs repository', () => {
  it('stores a call with a normalized phone and createdAt', async () => {
    const before = Date.now();
    const id = await createCallLog(db, clerk, call({ phone: '138-0013-8000', followUpDate: '2026-11-08' }));
    const [stored] = await listCallLogs(db, at(1), at(30));
    expect(stored).toMatchObject({ id, phone: '13800138000', followUpDate: '2026-11-08' });
    expect(stored?.createdAt).toBeGreaterThanOrEqual(before);
  });

  it('refuses a call with neither phone nor customer; the table stays empty', async () => {
    await expect(createCallLog(db, clerk, call({ phone: '' }))).rejects.toMatchObject({
      issues: [{ path: 'phone', message: 'call.error.phoneOrCustomer' }],
    });
    expect(await countCallLogs(db)).toBe(0);
  });

  it('refuses a phone with letters and a blank content at their fields; nothing is written, not even the audit entry', async () => {
    await expect(createCallLog(db, clerk, call({ phone: '138abc00138000', content: ' ' }))).rejects.toMatchObject({
      issues: [{ path: 'phone', message: 'phone.error.chars' }, { path: 'content', message: 'call.error.contentRequired' }],
    });
    expect(await countCallLogs(db)).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
    expect(await db.reviewQueue.count()).toBe(0);
  });

  it('accepts a call with a customer but no phone', async () => {
    const customerId = await createCustomer(db, clerk, { name: '张伟', phones: [] });
    await createCallLog(db, clerk, call({ phone: '', customerId }));
    expect(await countCallLogs(db)).toBe(1);
  });

  it('refuses a call for a customer that does not exist, writing nothing', async () => {
    await expect(createCallLog(db, clerk, call({ customerId: 42 }))).rejects.toMatchObject({
      issues: [{ path: 'customerId', message: 'call.error.unknownCustomer' }],
    });
    expect(await countCallLogs(db)).toBe(0);
  });

  it('refuses a malformed phone', async () => {
    await expect(createCallLog(db, clerk, call({ phone: '12345' }))).rejects.toBeInstanceOf(ValidationError);
    expect(await countCallLogs(db)).toBe(0);
  });

  it('lists a date range: from inclusive, to exclusive, oldest first', async () => {
    const from = at(10, 0, 0);
    const to = at(11, 0, 0);
    await createCallLog(db, clerk, call({ at: to, content: 'next day 00:00' }));
    await createCallLog(db, clerk, call({ at: to - 1, content: 'last ms' }));
    await createCallLog(db, clerk, call({ at: from, content: 'first ms' }));
    await createCallLog(db, clerk, call({ at: from - 1, content: 'day before' }));
    await createCallLog(db, clerk, call({ at: at(10, 12), content: 'noon' }));
    const listed = await listCallLogs(db, from, to);
    expect(listed.map((c) => c.content)).toEqual(['first ms', 'noon', 'last ms']);
    expect(await listCallLogs(db, to, from)).toEqual([]);
  });

  it("lists one customer's calls, newest first, and no one else's", async () => {
    const zhang = await createCustomer(db, clerk, { name: '张伟', phones: [] });
    const wang = await createCustomer(db, clerk, { name: '王芳', phones: [] });
    await createCallLog(db, clerk, call({ customerId: zhang, at: at(3), content: 'a' }));
    await createCallLog(db, clerk, call({ customerId: wang, at: at(4), content: 'other' }));
    await createCallLog(db, clerk, call({ customerId: zhang, at: at(6), content: 'b' }));
    await createCallLog(db, clerk, call({ at: at(7), content: 'no customer' }));
    expect((await listCallLogsForCustomer(db, zhang)).map((c) => c.content)).toEqual(['b', 'a']);
  });

  it('bulk add writes all rows across chunks', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => call({ at: at(1) + i * 60_000 }));
    const ids = await bulkAddCallLogs(db, rows, 10);
    expect(ids).toHaveLength(25);
    expect(await countCallLogs(db)).toBe(25);
  });

  it('bulk add where one row is invalid writes zero rows', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => call({ at: at(1) + i * 60_000 }));
    rows[17] = call({ phone: '' });
    await expect(bulkAddCallLogs(db, rows, 10)).rejects.toMatchObject({
      issues: [{ path: '17.phone', message: 'call.error.phoneOrCustomer' }],
    });
    expect(await countCallLogs(db)).toBe(0);
  });

  it('bulk add that fails in a later chunk removes the chunks already written', async () => {
    let seen = 0;
    // A storage failure on the 15th row: chunk 1 (10 rows) has committed, chunk 2 aborts.
    db.callLogs.hook('creating', () => {
      seen += 1;
      if (seen === 15) throw new Error('disk full');
    });
    const rows = Array.from({ length: 25 }, (_, i) => call({ at: at(1) + i * 60_000 }));
    await expect(bulkAddCallLogs(db, rows, 10)).rejects.toThrow();
    expect(seen).toBeGreaterThanOrEqual(15);
    expect(await countCallLogs(db)).toBe(0);
  });
});
