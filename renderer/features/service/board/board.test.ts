import { describe, expect, it } from 'vitest';
import type { DispatchBoardCell, StoredServiceRequest } from '../../../db/service-requests-repo';
import { boardRows, visitCount, weekDays } from './board';

const req = (id: number): StoredServiceRequest => ({
  id, no: `FW20261127-00${id}`, contact: '', phone: '', address: '', serialNo: '', problem: '', priority: 3, status: 'dispatched', dispatchChanges: [], createdAt: 0,
});

describe('dispatch board', () => {
  it('is the week from Monday to Sunday', () => {
    expect(weekDays('2026-11-27')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
  });

  it('has a row per active technician, free ones included, and keeps an inactive one who has visits', () => {
    const cells: DispatchBoardCell[] = [
      { technicianId: 2, day: '2026-11-27', requests: [req(1)] },
      { technicianId: 3, day: '2026-11-27', requests: [req(1)] },
      { technicianId: 9, day: '2026-11-28', requests: [req(2)] },
    ];
    const rows = boardRows(cells, [
      { id: 2, name: '王丽', active: true },
      { id: 3, name: '陈刚', active: false },
      { id: 4, name: '李强', active: true },
      { id: 5, name: '离职', active: false },
    ]);
    expect(rows.map((r) => r.name)).toEqual(['王丽', '陈刚', '李强', '#9']);
    expect(rows[0]?.days.get('2026-11-27')?.map((r) => r.id)).toEqual([1]);
    expect(rows[2]?.days.size).toBe(0);
    expect(visitCount(cells)).toBe(2);
  });
});
