import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportRecord } from '@shared/domain/export-record';
import { ValidationError } from '@shared/validation';
import { addExportRecord } from './exports-repo';
import { listDueForRemoval, removeExpiredRecords } from './retention-repo';
import { createServiceCard } from './service-cards-repo';
import { day, openServiceWorld, type ServiceWorld } from './service-test-world';

let w: ServiceWorld;
let productId: number;
beforeEach(async () => {
  w = await openServiceWorld();
  productId = await w.product('JS-01');
});
afterEach(async () => {
  await w.db.delete();
});

const card = (serviceDate: string, createdAt: number) =>
  createServiceCard(w.db, w.clerk, { customerId: w.customerId, productId, serialNo: 'SN', serviceDate, content: '更换滤芯', technicianId: w.tech.staffId }, createdAt);
const exported = (rangeFrom: string, rangeTo: string, kind: ExportRecord['kind'] = 'serviceCards', createdAt = w.t0) =>
  addExportRecord(w.db, w.clerk, { kind, rangeFrom, rangeTo, rowCount: 1, createdAt, fileName: 'f.xlsx', location: '/x', sha256: 'a'.repeat(64) });
const messagesOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (x: unknown) => x);
  if (!(e instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(e)}`);
  return e.issues.map((i) => i.message);
};

describe('retention (REC-1)', () => {
  it('lists one-year records past their year, with the export that covers each', async () => {
    const old = await card('2025-10-20', w.t0 - 400 * day);
    const exactlyAYear = await card('2025-11-27', new Date(2025, 10, 27, 15).getTime());
    await card('2026-11-27', w.t0); // this year's
    const exportId = await exported('2025-10-01', '2025-10-31');
    const due = await listDueForRemoval(w.db, 'serviceCards', '2026-11-27');
    expect(due.map((d) => [d.record.id, d.date, d.coveringExportId])).toEqual([[old.id, '2025-10-20', exportId], [exactlyAYear.id, '2025-11-27', undefined]]);
    expect(due[1]?.removableFrom).toBe('2026-11-27');
  });

  it('REC-1: removal refused without a covering export, or without approval; nothing removed', async () => {
    const old = await card('2025-10-20', w.t0 - 400 * day);
    expect(await messagesOf(removeExpiredRecords(w.db, w.clerk, 'serviceCards', [old.id], w.approval(), w.t0))).toEqual(['removal.error.notExported']);
    await exported('2025-10-01', '2025-10-31', 'callLogs'); // another kind does not cover it
    expect(await messagesOf(removeExpiredRecords(w.db, w.clerk, 'serviceCards', [old.id], w.approval(), w.t0))).toEqual(['removal.error.notExported']);
    await exported('2025-10-01', '2025-10-31');
    expect(await messagesOf(removeExpiredRecords(w.db, w.clerk, 'serviceCards', [old.id], undefined, w.t0))).toEqual(['removal.error.approvalRequired']);
    const young = await card('2026-11-01', w.t0);
    expect(await messagesOf(removeExpiredRecords(w.db, w.clerk, 'serviceCards', [young.id], w.approval(), w.t0))).toEqual(['removal.error.notDue']);
    expect(await w.db.serviceCards.count()).toBe(2);
  });

  it('REC-1: permanent records are never removable, whatever is given', async () => {
    const callId = await w.call();
    await exported('2020-01-01', '2030-12-31', 'callLogs');
    expect(await messagesOf(removeExpiredRecords(w.db, w.boss, 'callLogs', [callId], w.approval(), w.t0 + 3 * 365 * day))).toEqual(['removal.error.permanent']);
    expect(await messagesOf(removeExpiredRecords(w.db, w.boss, 'serviceReports', [1], w.approval(), w.t0))).toEqual(['removal.error.permanent']);
    expect(await w.db.callLogs.count()).toBe(1);
    expect(await messagesOf(removeExpiredRecords(w.db, w.boss, 'leaveSheets', [1], w.approval(), w.t0))).toEqual(['export.error.kindUnavailable']);
  });

  it('REC-1: with a covering export and approval the records go, audited with what, how many and which export', async () => {
    const a = await card('2025-10-20', w.t0 - 400 * day);
    const b = await card('2025-10-21', w.t0 - 399 * day);
    const exportId = await exported('2025-10-01', '2025-10-31');
    const done = await removeExpiredRecords(w.db, w.clerk, 'serviceCards', [a.id, b.id], w.approval(), w.t0);
    expect(done).toEqual({ removed: 2, coveringExportIds: [exportId] });
    expect(await w.db.serviceCards.count()).toBe(0);
    expect(await w.db.reviewQueue.where('kind').equals('serviceCards').count()).toBe(0);
    const entry = (await w.db.auditLog.where('table').equals('serviceCards').toArray()).find((e) => e.action === 'remove');
    expect(entry).toMatchObject({ staffName: '王丽', recordId: `${a.id},${b.id}`, before: { count: 2, recordIds: [a.id, b.id], coveringExportIds: [exportId] } });
    expect(entry?.after).toMatchObject({ approval: { supervisorName: '张主管' } });
  });

  it('REC-1: a card entered after the file that covers its date was written is not exported: listed so, and not removed', async () => {
    // October exported on 10-21; the card dated 10-20 was entered on 10-23, after the file was written.
    await exported('2025-10-01', '2025-10-31', 'serviceCards', w.t0 - 402 * day);
    const late = await card('2025-10-20', w.t0 - 400 * day);
    const [row] = await listDueForRemoval(w.db, 'serviceCards', '2026-11-27');
    expect(row?.record.id).toBe(late.id);
    expect(row?.coveringExportId).toBeUndefined();
    expect(await messagesOf(removeExpiredRecords(w.db, w.clerk, 'serviceCards', [late.id], w.approval(), w.t0))).toEqual(['removal.error.notExported']);
    expect(await w.db.serviceCards.count()).toBe(1);
    // Exported again after it was entered: now it may go.
    const again = await exported('2025-10-01', '2025-10-31');
    expect((await listDueForRemoval(w.db, 'serviceCards', '2026-11-27'))[0]?.coveringExportId).toBe(again);
    expect(await removeExpiredRecords(w.db, w.clerk, 'serviceCards', [late.id], w.approval(), w.t0)).toEqual({ removed: 1, coveringExportIds: [again] });
  });
});
