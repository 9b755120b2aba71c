import { describe, expect, it } from 'vitest';
import { isOutstandingOverdue } from '@shared/service/outstanding';
import { daysOverdue, sourceLabelKeys } from './outstanding-view';

describe('outstanding issues list', () => {
  it('counts whole days past the due date, and none on the due day', () => {
    expect(daysOverdue('2026-11-20', '2026-11-27')).toBe(7);
    expect(daysOverdue('2026-11-27', '2026-11-27')).toBe(0);
    expect(daysOverdue('2026-12-01', '2026-11-27')).toBe(0);
    // The list highlights exactly what the shared rule calls overdue.
    expect(isOutstandingOverdue({ status: 'open', dueDate: '2026-11-26' }, '2026-11-27')).toBe(true);
  });

  it('names every source kind', () => {
    expect(Object.keys(sourceLabelKeys).sort()).toEqual(['callLogs', 'outstandingIssues', 'serviceCards', 'serviceReports', 'serviceRequests', 'shipments']);
  });
});
