import { describe, expect, it } from 'vitest';
import { planText } from './plan-text';

describe('a dispatch plan in words', () => {
  it('gives the planned time and the technicians by name, an unknown one by id', () => {
    const plannedAt = new Date(2026, 10, 28, 9, 30).getTime();
    expect(planText({ technicianIds: [3, 7], plannedAt }, new Map([[3, '王丽']]), '、')).toEqual({ at: '2026-11-28 09:30', technicians: '王丽、#7' });
  });
});
