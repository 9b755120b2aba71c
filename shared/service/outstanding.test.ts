import { describe, expect, it } from 'vitest';
import {
  closeOutstanding,
  isOutstandingOverdue,
  openOutstanding,
  overdueIssues,
  startOutstanding,
  validateOutstanding,
  type OutstandingIssue,
} from './outstanding';
import { t0 } from './test-fixtures';

function item(overrides: Partial<OutstandingIssue> = {}): OutstandingIssue {
  return {
    id: 1, description: '主板待更换', source: { kind: 'serviceReports', id: 42 }, ownerId: 3, dueDate: '2026-12-04',
    status: 'open', createdAt: t0, ...overrides,
  };
}

describe('outstanding issues', () => {
  it('refuses an issue without an owner at the field', () => {
    const r = openOutstanding({ description: '主板待更换', source: { kind: 'serviceReports', id: 42 }, dueDate: '2026-12-04' }, t0);
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'ownerId', message: 'service.outstanding.error.ownerRequired' }]);
  });

  it('needs a description, a valid source and a real due date', () => {
    const r = openOutstanding({ description: ' ', source: { kind: 'serviceReports', id: 0 }, ownerId: 3, dueDate: '2026-02-30' }, t0);
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      'service.outstanding.error.descriptionRequired',
      'service.outstanding.error.badSource',
      'service.outstanding.error.dueDateRequired',
    ]);
  });

  it('opens as 未处理 and moves to 处理中', () => {
    const opened = openOutstanding({ description: ' 主板待更换 ', source: { kind: 'callLogs', id: 5 }, ownerId: 3, dueDate: '2026-12-04' }, t0);
    expect(opened.ok && opened.value).toEqual({
      description: '主板待更换', source: { kind: 'callLogs', id: 5 }, ownerId: 3, dueDate: '2026-12-04', status: 'open', createdAt: t0,
    });
    const started = startOutstanding(item());
    expect(started.ok && started.value.status).toBe('inProgress');
  });

  it('SVC-3: stays on record until closed, and closing requires the resolution', () => {
    const refused = closeOutstanding(item(), '  ', t0);
    expect(refused.ok ? [] : refused.issues).toEqual([{ path: 'resolution', message: 'service.outstanding.error.resolutionRequired' }]);
    const closed = closeOutstanding(item(), '已更换主板', t0 + 1000);
    expect(closed.ok && closed.value).toMatchObject({ status: 'closed', resolution: '已更换主板', closedAt: t0 + 1000 });
    if (closed.ok) {
      expect(validateOutstanding(closed.value)).toEqual([]);
      expect(closeOutstanding(closed.value, 'x', t0).ok).toBe(false);
      expect(startOutstanding(closed.value).ok).toBe(false);
    }
  });

  it('a stored closed issue without resolution or time is invalid', () => {
    expect(validateOutstanding(item({ status: 'closed' })).map((i) => i.path)).toEqual(['resolution', 'closedAt']);
  });
});

describe('overdueIssues', () => {
  const today = '2026-12-05';

  it('lists open and in-progress issues past their due date, longest overdue first', () => {
    const list = [
      item({ id: 1, dueDate: '2026-12-04' }),
      item({ id: 2, dueDate: '2026-12-05' }),
      item({ id: 3, dueDate: '2026-11-30', status: 'inProgress' }),
      item({ id: 4, dueDate: '2026-11-01', status: 'closed', resolution: 'x', closedAt: t0 }),
    ];
    expect(overdueIssues(list, today).map((i) => i.id)).toEqual([3, 1]);
  });

  it('an issue due today is not yet overdue; due yesterday is', () => {
    expect(isOutstandingOverdue({ status: 'open', dueDate: today }, today)).toBe(false);
    expect(isOutstandingOverdue({ status: 'open', dueDate: '2026-12-04' }, today)).toBe(true);
  });
});
