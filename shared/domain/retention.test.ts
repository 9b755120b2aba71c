import { describe, expect, it } from 'vitest';
import { isPermanent, recordKinds, retentionOf } from './retention';

describe('retention (DOMAIN.md retention column)', () => {
  it('REC-1: call logs, slips, shipments, stock movements, service reports and outstanding issues are permanent', () => {
    for (const kind of ['callLogs', 'purchaseSlips', 'shippingLists', 'waybillLog', 'shipmentLog', 'stockMovements', 'serviceReports', 'outstandingIssues', 'secondaryAccounting'] as const) {
      expect(isPermanent(kind), kind).toBe(true);
    }
  });

  it('REC-1: service cards and leave sheets keep for one year', () => {
    expect(isPermanent('serviceCards')).toBe(false);
    expect(retentionOf('serviceCards')).toEqual({ years: 1 });
    expect(retentionOf('leaveSheets')).toEqual({ years: 1 });
  });

  it('every kind is either permanent or kept one year', () => {
    expect(recordKinds.length).toBeGreaterThanOrEqual(11);
    for (const kind of recordKinds) {
      const r = retentionOf(kind);
      expect(r === 'permanent' || (typeof r === 'object' && r.years === 1), kind).toBe(true);
    }
  });
});
