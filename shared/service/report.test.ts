import { describe, expect, it } from 'vitest';
import { outboundMovement } from '../stock/outbound';
import { openOutstanding } from './outstanding';
import { outstandingFromReport, partsMovementLines, validateReport, type ServiceReport, type ServiceReportInput } from './report';
import { hour, t0 } from './test-fixtures';

const input: ServiceReportInput = {
  requestId: 1,
  customerId: 7,
  technicianIds: [3, 4],
  arrivalAt: t0,
  departureAt: t0 + 2 * hour,
  workDone: '更换加热管,试机正常',
  partsUsed: [{ productId: 11, qty: 1 }],
  result: 'resolved',
  feedback: '满意',
  customerSignatureName: '张伟',
  unresolvedProblems: [],
};

const messagesOf = (r: ServiceReportInput) => validateReport(r).map((i) => `${i.path}: ${i.message}`);

describe('validateReport', () => {
  it('accepts a complete report', () => {
    expect(validateReport(input)).toEqual([]);
  });

  it('refuses a report without a technician or visit time at the field', () => {
    expect(messagesOf({ ...input, technicianIds: [], arrivalAt: 0, departureAt: Number.NaN })).toEqual([
      'technicianIds: service.report.error.technicianRequired',
      'arrivalAt: service.report.error.arrivalRequired',
      'departureAt: service.report.error.departureRequired',
    ]);
  });

  it('needs the departure after the arrival', () => {
    expect(messagesOf({ ...input, departureAt: t0 })).toEqual(['departureAt: service.report.error.departureBeforeArrival']);
  });

  it('needs the work done, the customer, the signature name and whole-number parts', () => {
    expect(messagesOf({ ...input, customerId: 0, workDone: ' ', customerSignatureName: '', partsUsed: [{ productId: 0, qty: 1.5 }] })).toEqual([
      'customerId: service.report.error.customerRequired',
      'workDone: service.report.error.workDoneRequired',
      'customerSignatureName: service.report.error.signatureRequired',
      'partsUsed.0.productId: service.report.error.partRequired',
      'partsUsed.0.qty: stock.qty.notInteger',
    ]);
  });

  it('SVC-3: a result other than resolved needs at least one outstanding problem', () => {
    for (const result of ['partly', 'unresolved'] as const) {
      expect(messagesOf({ ...input, result }), result).toEqual(['unresolvedProblems: service.report.error.problemsRequired']);
      expect(messagesOf({ ...input, result, unresolvedProblems: ['主板待更换'] }), result).toEqual([]);
    }
    expect(messagesOf({ ...input, result: 'partly', unresolvedProblems: [' '] })).toEqual([
      'unresolvedProblems.0: service.report.error.problemBlank',
    ]);
  });
});

describe('outstandingFromReport (SVC-3)', () => {
  const saved: ServiceReport & { id: number } = {
    ...input, id: 42, result: 'partly', unresolvedProblems: [' 主板待更换 ', '门封条老化'], createdAt: t0 + 3 * hour,
  };

  it('SVC-3: unresolved problem → outstanding issue, sourced from the report, owned by the first technician', () => {
    const drafts = outstandingFromReport(saved);
    expect(drafts).toEqual([
      { description: '主板待更换', source: { kind: 'serviceReports', id: 42 }, ownerId: 3, dueDate: '2026-12-04' },
      { description: '门封条老化', source: { kind: 'serviceReports', id: 42 }, ownerId: 3, dueDate: '2026-12-04' },
    ]);
    const opened = drafts.map((d) => openOutstanding(d, t0 + 3 * hour));
    expect(opened.every((r) => r.ok && r.value.status === 'open')).toBe(true);
  });

  it('takes the owner and due date the form chose', () => {
    const [draft] = outstandingFromReport(saved, { ownerId: 8, dueDate: '2026-12-01' });
    expect(draft).toMatchObject({ ownerId: 8, dueDate: '2026-12-01' });
  });

  it('a resolved visit with no problems leaves nothing outstanding', () => {
    expect(outstandingFromReport({ ...saved, result: 'resolved', unresolvedProblems: [] })).toEqual([]);
  });
});

describe('partsMovementLines', () => {
  it('sums repeated parts per product for one outbound movement', () => {
    const lines = partsMovementLines({ partsUsed: [{ productId: 11, qty: 1 }, { productId: 12, qty: 2 }, { productId: 11, qty: 3 }] });
    expect(lines).toEqual([{ productId: 11, qty: 4 }, { productId: 12, qty: 2 }]);
    const stamp = { docNo: 'CK20261127-001', at: t0, day: '2026-11-27', handlerId: 3, handlerName: '李师傅' };
    const m = outboundMovement(lines, stamp, { type: 'slip', id: 42 }, 7);
    expect(m.lines).toEqual([{ productId: 11, qty: -4 }, { productId: 12, qty: -2 }]);
  });

  it('a visit without parts posts nothing', () => {
    expect(partsMovementLines({ partsUsed: [] })).toEqual([]);
  });
});
