import { describe, expect, it } from 'vitest';
import { localDayStart } from '../domain/local-date';
import { dueForRemoval } from '../records/retention-removal';
import { oneYearRemovalCutoff } from './removal';

const at = (iso: string, h = 12) => localDayStart(iso) + h * 3_600_000;

describe('REC-1: one-year records due for removal on the board', () => {
  const cases: Array<[today: string, created: string]> = [
    ['2026-11-27', '2025-11-26'],
    ['2026-11-27', '2025-11-27'],
    ['2026-11-27', '2025-11-28'],
    ['2025-02-28', '2024-02-28'],
    ['2025-02-28', '2024-02-29'],
    ['2025-03-01', '2024-02-29'],
    ['2025-03-01', '2024-03-01'],
    ['2025-03-01', '2024-03-02'],
  ];
  it.each(cases)('REC-1: today %s, created %s: the index cutoff agrees with dueForRemoval', (today, created) => {
    for (const hour of [0, 12, 23]) {
      const record = { id: 1, createdAt: at(created, hour) };
      const due = dueForRemoval([record], 'serviceCards', today).length === 1;
      expect(record.createdAt < oneYearRemovalCutoff(today)).toBe(due);
    }
  });

  it('REC-1: a card made exactly a year ago today is due, one made a year ago tomorrow is not', () => {
    expect(at('2025-11-27', 23) < oneYearRemovalCutoff('2026-11-27')).toBe(true);
    expect(at('2025-11-28', 0) < oneYearRemovalCutoff('2026-11-27')).toBe(false);
  });
});
