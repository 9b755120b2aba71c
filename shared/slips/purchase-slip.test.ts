import { describe, expect, it } from 'vitest';
import { emptySlipFields, isSlipNo, newSlip, nextSlipNo, slipOutboundLines, slipStatuses } from './purchase-slip';
import { clerk, fields, ids, line, NOW } from './test-fixtures';

describe('purchase slip record', () => {
  it('numbers slips GX + day + sequence, one series per day', () => {
    expect(nextSlipNo('2026-11-27', 0)).toBe('GX20261127-001');
    expect(nextSlipNo('2026-11-27', 41)).toBe('GX20261127-042');
    expect(isSlipNo('GX20261127-001')).toBe(true);
    expect(isSlipNo('CK20261127-001')).toBe(false);
    expect(() => nextSlipNo('2026-02-30', 0)).toThrow(RangeError);
  });

  it('starts a draft stamped with its handler, no counts, not printed', () => {
    const s = newSlip(fields(), 'GX20261127-001', clerk, NOW);
    expect(s).toMatchObject({ status: 'draft', handlerId: 1, handlerName: '王丽', counts: [], createdAt: NOW, updatedAt: NOW });
    expect(s.printedAt).toBeUndefined();
  });

  it('gives the outbound lines as product and quantity', () => {
    expect(slipOutboundLines(fields({ lines: [line(ids.plain, 2), line(ids.set, 1)] }))).toEqual([
      { productId: ids.plain, qty: 2 },
      { productId: ids.set, qty: 1 },
    ]);
  });

  it('has one list of statuses over both flows, and a blank form', () => {
    expect(slipStatuses).toEqual(['draft', 'signed', 'issued', 'confirmed', 'done', 'listed', 'picking', 'counted', 'waybilled', 'posted']);
    expect(emptySlipFields('2026-11-27')).toMatchObject({ day: '2026-11-27', lines: [], total: 0, delivery: 'pickup', orderType: 'normal' });
  });
});
