import { describe, expect, it } from 'vitest';
import { isOutstandingDue, isVisitToday, outstandingDueCounts } from './service-queues';

const today = '2026-11-27';

describe('service items on the board', () => {
  it('SVC-2: a visit planned today that is not closed counts; another day or a closed one does not', () => {
    expect(isVisitToday({ status: 'dispatched', plannedDay: today }, today)).toBe(true);
    expect(isVisitToday({ status: 'visited', plannedDay: today }, today)).toBe(true);
    expect(isVisitToday({ status: 'closed', plannedDay: today }, today)).toBe(false);
    expect(isVisitToday({ status: 'dispatched', plannedDay: '2026-11-28' }, today)).toBe(false);
    expect(isVisitToday({ status: 'analysed' }, today)).toBe(false);
  });

  it('SVC-3: an open issue due today is due (not overdue), yesterday is overdue, tomorrow is neither; closed never', () => {
    expect(isOutstandingDue({ status: 'open', dueDate: today }, today)).toBe(true);
    expect(isOutstandingDue({ status: 'inProgress', dueDate: '2026-11-26' }, today)).toBe(true);
    expect(isOutstandingDue({ status: 'open', dueDate: '2026-11-28' }, today)).toBe(false);
    expect(isOutstandingDue({ status: 'closed', dueDate: '2026-11-01' }, today)).toBe(false);
    expect(
      outstandingDueCounts(
        [
          { status: 'open', dueDate: today },
          { status: 'inProgress', dueDate: '2026-11-26' },
          { status: 'open', dueDate: '2026-11-28' },
          { status: 'closed', dueDate: '2026-11-20' },
        ],
        today,
      ),
    ).toEqual({ due: 2, overdue: 1 });
  });
});
