import { describe, expect, it } from 'vitest';
import { reviewQueue } from '@shared/review/review';
import type { ReviewQueueEntry } from '../../db/reviews-repo';
import { customerIdsOf, queueRows, targetsOf } from './queue-rows';

const day = 86_400_000;
const now = new Date(2026, 10, 27, 12, 0).getTime();

function entries(): ReviewQueueEntry[] {
  const items = [
    { kind: 'callLogs' as const, recordId: 5, createdAt: now - 8 * day },
    { kind: 'serviceReports' as const, recordId: 2, createdAt: now - 7 * day },
  ];
  const [call, report] = reviewQueue(items, now);
  return [
    { ...call!, record: { kind: 'callLogs', record: { id: 5, direction: 'in', at: now - 8 * day, phone: '15100001111', customerId: 9, contact: '刘洋', topic: 'complaint', content: '包装破损', result: '补发', createdAt: now - 8 * day } } },
    { ...report!, record: { kind: 'serviceReports', record: { id: 2, customerId: 9, technicianIds: [3], arrivalAt: 1, departureAt: 2, workDone: '更换滤芯', partsUsed: [], result: 'resolved', feedback: '', customerSignatureName: '刘洋', unresolvedProblems: [], createdAt: now - 7 * day } } },
  ];
}

describe('review queue rows', () => {
  it('REV-1: flags overdue after more than 7 days only, and names customer and technicians', () => {
    const rows = queueRows(entries(), { customers: new Map([[9, { name: '刘洋' }]]), staff: new Map([[3, '王丽']]), products: new Map() }, 'zh-CN');
    expect(rows.map((r) => [r.id, r.overdue])).toEqual([['callLogs:5', true], ['serviceReports:2', false]]);
    expect(rows[0]?.detail).toContain('投诉');
    expect(rows[1]?.subject).toBe('刘洋 王丽');
    expect(customerIdsOf(entries())).toEqual([9]);
  });

  it('turns the grid selection back into review targets', () => {
    const rows = queueRows(entries(), { customers: new Map(), staff: new Map(), products: new Map() }, 'zh-CN');
    expect(targetsOf(['serviceReports:2'], rows)).toEqual([{ kind: 'serviceReports', recordId: 2 }]);
  });
});
