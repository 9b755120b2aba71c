import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@shared/validation';
import type { Shipment } from '@shared/shipping/shipment';
import { recordHistory } from './audit-repo';
import { addedKey } from './db';
import {
  closeOutstandingIssue,
  createOutstandingIssue,
  listOutstandingIssues,
  listOverdueOutstanding,
  outstandingFromShipment,
  startOutstandingIssue,
} from './outstanding-repo';
import { openServiceWorld, type ServiceWorld } from './service-test-world';

let w: ServiceWorld;
let callId: number;
beforeEach(async () => {
  w = await openServiceWorld();
  callId = await w.call();
});
afterEach(async () => {
  await w.db.delete();
});

const messagesOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (x: unknown) => x);
  if (!(e instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(e)}`);
  return e.issues.map((i) => i.message);
};
const draft = (over = {}) => ({ description: '主板待更换', source: { kind: 'callLogs' as const, id: callId }, ownerId: w.tech.staffId, dueDate: '2026-12-04', ...over });

describe('outstanding issues', () => {
  it('refuses an issue without an owner (or an owner not on staff) at the field', async () => {
    expect(await messagesOf(createOutstandingIssue(w.db, w.clerk, { description: 'x', source: { kind: 'callLogs', id: callId }, dueDate: '2026-12-04' }, w.t0))).toEqual([
      'service.outstanding.error.ownerRequired',
    ]);
    expect(await messagesOf(createOutstandingIssue(w.db, w.clerk, draft({ ownerId: 999 }), w.t0))).toEqual(['service.outstanding.error.ownerRequired']);
    expect(await messagesOf(createOutstandingIssue(w.db, w.clerk, draft({ source: { kind: 'serviceReports', id: 5 } }), w.t0))).toEqual(['service.outstanding.error.badSource']);
    expect(await w.db.outstandingIssues.count()).toBe(0);
  });

  it('SVC-3: starts, and closes only with its resolution; stays on record, each step audited', async () => {
    const issue = await createOutstandingIssue(w.db, w.clerk, draft(), w.t0);
    expect(issue).toMatchObject({ status: 'open', sourceKey: `callLogs:${callId}` });
    await startOutstandingIssue(w.db, w.clerk, issue.id, w.t0);
    expect(await messagesOf(closeOutstandingIssue(w.db, w.clerk, issue.id, ' ', w.t0))).toEqual(['service.outstanding.error.resolutionRequired']);
    const closed = await closeOutstandingIssue(w.db, w.clerk, issue.id, '已更换主板', w.t0 + 1);
    expect(closed).toMatchObject({ status: 'closed', resolution: '已更换主板', closedAt: w.t0 + 1 });
    expect((await recordHistory(w.db, 'outstandingIssues', issue.id)).map((e) => e.after?.status)).toEqual(['open', 'inProgress', 'closed']);
    expect(await messagesOf(startOutstandingIssue(w.db, w.clerk, issue.id, w.t0))).toEqual(['service.outstanding.error.alreadyClosed']);
  });

  it('lists the overdue ones (past due, not closed), the longest overdue first', async () => {
    const a = await createOutstandingIssue(w.db, w.clerk, draft({ dueDate: '2026-11-20' }), w.t0);
    const b = await createOutstandingIssue(w.db, w.clerk, draft({ dueDate: '2026-11-10' }), w.t0);
    const c = await createOutstandingIssue(w.db, w.clerk, draft({ dueDate: '2026-11-27' }), w.t0);
    const d = await createOutstandingIssue(w.db, w.clerk, draft({ dueDate: '2026-11-01' }), w.t0);
    await closeOutstandingIssue(w.db, w.clerk, d.id, '已处理', w.t0);
    expect((await listOverdueOutstanding(w.db, '2026-11-27')).map((i) => i.id)).toEqual([b.id, a.id]);
    expect((await listOutstandingIssues(w.db, { status: ['open', 'inProgress'] })).map((i) => i.id)).toEqual([c.id, b.id, a.id]);
  });

  it('SHP-5: a callback problem on a shipment becomes an outstanding issue and the shipment is linked', async () => {
    const shipment: Shipment = {
      slipId: 1, slipNo: 'GX20261127-001', customerId: w.customerId, carrier: 'SF', trackingNo: 'SF1', shippedAt: w.t0, day: '2026-11-27',
      status: 'exception', chases: [], callbacks: [], exception: { at: w.t0, note: '外箱破损' }, needsOutstandingIssue: true, updatedAt: w.t0,
    };
    const shipmentId = addedKey(await w.db.shipments.add(shipment));
    const issue = await outstandingFromShipment(w.db, w.clerk, shipmentId, { ownerId: w.tech.staffId, dueDate: '2026-12-01' }, w.t0);
    expect(issue).toMatchObject({ description: '外箱破损', source: { kind: 'shipments', id: shipmentId } });
    expect(await w.db.shipments.get(shipmentId)).toMatchObject({ exception: { outstandingIssueId: issue.id } });
    expect((await w.db.shipments.get(shipmentId))?.needsOutstandingIssue).not.toBe(true);
    expect(await messagesOf(outstandingFromShipment(w.db, w.clerk, shipmentId, { ownerId: w.tech.staffId, dueDate: '2026-12-01' }, w.t0))).toEqual([
      'service.outstanding.error.shipmentAlreadyOpened',
    ]);
  });

  it('SHP-5 → SVC-3: a cleared description and a missing owner are refused at their fields, nothing written', async () => {
    const shipment: Shipment = {
      slipId: 1, slipNo: 'GX1', customerId: 1, carrier: 'SF', trackingNo: 'SF1', shippedAt: w.t0, day: '2026-11-27', status: 'exception',
      chases: [], callbacks: [], exception: { at: w.t0, note: '外箱破损' }, needsOutstandingIssue: true, updatedAt: w.t0,
    };
    const shipmentId = addedKey(await w.db.shipments.add(shipment));
    expect(await messagesOf(outstandingFromShipment(w.db, w.clerk, shipmentId, { description: '  ', dueDate: '2026-12-01' }, w.t0))).toEqual([
      'service.outstanding.error.descriptionRequired',
      'service.outstanding.error.ownerRequired',
    ]);
    expect(await w.db.outstandingIssues.count()).toBe(0);
    expect((await w.db.shipments.get(shipmentId))?.needsOutstandingIssue).toBe(true);
  });
});
