import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { refTypes } from '@shared/stock/ledger';
import { ValidationError } from '@shared/validation';
import * as reportsRepo from './service-reports-repo';
import { createServiceReport, getServiceReport, listServiceReports, voidServiceReport } from './service-reports-repo';
import { outstandingForSource } from './outstanding-repo';
import { recordHistory } from './audit-repo';
import { hour, openServiceWorld, type ServiceWorld } from './service-test-world';
import { movementsForRef, stockOnHand } from './stock-repo';

let w: ServiceWorld;
beforeEach(async () => {
  w = await openServiceWorld();
});
afterEach(async () => {
  await w.db.delete();
});

const issuesOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (x: unknown) => x);
  if (!(e instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(e)}`);
  return e.issues;
};

describe('service reports', () => {
  it("knows the ledger reference type 'serviceReport'", () => {
    expect(refTypes).toContain('serviceReport');
  });

  it('SVC-3: the clerk saves a report with parts used; the parts wait as one release for the keeper, stock untouched', async () => {
    const part = await w.product('P-HEAT');
    await w.receive([[part, 5]]);
    const { report, partsRelease } = await createServiceReport(w.db, w.clerk, w.reportInput({ partsUsed: [{ productId: part, qty: 1 }, { productId: part, qty: 1 }] }), {}, w.t0);
    expect(await getServiceReport(w.db, report.id)).toEqual(report);
    expect(partsRelease).toMatchObject({ reportId: report.id, customerId: w.customerId, lines: [{ productId: part, qty: 2 }], status: 'waiting', createdByName: w.clerk.name });
    expect(await stockOnHand(w.db, part)).toBe(5);
    expect(await movementsForRef(w.db, { type: 'serviceReport', id: report.id })).toEqual([]);
    expect((await recordHistory(w.db, 'partsReleases', partsRelease?.id ?? 0)).map((e) => e.action)).toEqual(['create']);
  });

  it('SVC-3: each unresolved problem becomes an outstanding issue in the same transaction', async () => {
    const input = w.reportInput({ result: 'partly', unresolvedProblems: [' 主板待更换 ', '遥控器失灵'] });
    const { report, outstandingIds } = await createServiceReport(w.db, w.clerk, input, {}, w.t0);
    expect(outstandingIds).toHaveLength(2);
    const issues = await outstandingForSource(w.db, { kind: 'serviceReports', id: report.id });
    expect(issues.map((i) => [i.description, i.ownerId, i.dueDate, i.status])).toEqual([
      ['主板待更换', w.tech.staffId, '2026-12-04', 'open'],
      ['遥控器失灵', w.tech.staffId, '2026-12-04', 'open'],
    ]);
    // The report and both issues wait for the supervisor's review (REV-1).
    expect((await w.db.reviewQueue.toArray()).map((r) => r.kind).sort()).toEqual(['outstandingIssues', 'outstandingIssues', 'serviceReports']);
  });

  it('refuses a report without a technician or visit time at the field, writing nothing', async () => {
    const issues = await issuesOf(createServiceReport(w.db, w.clerk, w.reportInput({ technicianIds: [], arrivalAt: 0 }), {}, w.t0));
    expect(issues.map((i) => i.path)).toEqual(['technicianIds', 'arrivalAt']);
    expect(await w.db.serviceReports.count()).toBe(0);
  });

  it('SVC-3: a stock shortage does not refuse the report: it is saved, its parts wait for the keeper', async () => {
    const part = await w.product('P-HEAT');
    const input = w.reportInput({ partsUsed: [{ productId: part, qty: 1 }], result: 'unresolved', unresolvedProblems: ['缺配件'] });
    const { partsRelease, outstandingIds } = await createServiceReport(w.db, w.clerk, input, {}, w.t0);
    expect(partsRelease?.status).toBe('waiting');
    expect(outstandingIds).toHaveLength(1);
    expect(await w.db.movements.count()).toBe(0); // nothing left stock
  });

  it('a part that is not a product on file is refused at its row, writing nothing', async () => {
    const issues = await issuesOf(createServiceReport(w.db, w.clerk, w.reportInput({ partsUsed: [{ productId: 999, qty: 1 }] }), {}, w.t0));
    expect(issues).toEqual([{ path: 'partsUsed.0.productId', message: 'service.report.error.partRequired' }]);
    expect([await w.db.serviceReports.count(), await w.db.partsReleases.count(), await w.db.reviewQueue.count()]).toEqual([0, 0, 0]);
  });

  it('lists by visit time and request; REC-1: a report is voided with reason and approval, never deleted', async () => {
    const { report } = await createServiceReport(w.db, w.clerk, w.reportInput(), {}, w.t0);
    await createServiceReport(w.db, w.clerk, w.reportInput({ arrivalAt: w.t0 + 2 * hour, departureAt: w.t0 + 3 * hour }), {}, w.t0);
    expect((await listServiceReports(w.db, { fromMs: w.t0, toMsExclusive: w.t0 + hour })).map((r) => r.id)).toEqual([report.id]);
    await expect(voidServiceReport(w.db, w.clerk, report.id, '重复录入', w.approval(), w.t0)).rejects.toBeInstanceOf(PermissionError);
    expect((await issuesOf(voidServiceReport(w.db, w.boss, report.id, ' ', w.approval(), w.t0))).map((i) => i.path)).toEqual(['reason']);
    const mark = await voidServiceReport(w.db, w.boss, report.id, '重复录入', w.approval(), w.t0);
    expect((await getServiceReport(w.db, report.id))?.voided).toEqual(mark);
    expect((await recordHistory(w.db, 'serviceReports', report.id)).map((e) => e.action)).toEqual(['create', 'void']);
    expect(Object.keys(reportsRepo).some((k) => /delete|remove/i.test(k))).toBe(false);
  });
});
