import { describe, expect, it } from 'vitest';
import { assertCan, can, PermissionError, permissions, rolesThatMay } from './permissions';
import { roles } from './roles';

describe('permission table', () => {
  it('only the supervisor approves, voids, restores and manages staff', () => {
    for (const action of ['approve', 'record.void', 'backup.restore', 'staff.manage'] as const) {
      expect(can(['supervisor'], action)).toBe(true);
      expect(can(['frontdesk', 'warehouse', 'logistics'], action)).toBe(false);
    }
  });

  it('the front desk creates slips but does not receive stock', () => {
    expect(can(['frontdesk'], 'slip.create')).toBe(true);
    expect(can(['frontdesk'], 'stock.receive')).toBe(false);
    expect(can(['frontdesk', 'warehouse'], 'stock.receive')).toBe(true);
  });

  it('the front desk and the supervisor manage print templates', () => {
    expect(can(['frontdesk'], 'template.manage')).toBe(true);
    expect(can(['warehouse', 'logistics'], 'template.manage')).toBe(false);
  });

  it('SHP-2: the front desk prints waybills, enters tracking numbers and follows shipments; it does not count or post', () => {
    expect(can(['frontdesk'], 'shipment.waybill')).toBe(true);
    expect(can(['frontdesk'], 'shipment.track')).toBe(true);
    expect(can(['logistics'], 'shipment.waybill')).toBe(true);
    expect(can(['frontdesk'], 'shipment.pack')).toBe(false);
    expect(can(['frontdesk'], 'outbound.release')).toBe(false);
  });

  it('SHP-2: a button a role may not press names who may: the staff roles, the supervisor only when nobody else may', () => {
    expect(rolesThatMay('shipment.pack')).toEqual(['warehouse', 'logistics']);
    expect(rolesThatMay('outbound.release')).toEqual(['warehouse']);
    expect(rolesThatMay('record.void')).toEqual(['supervisor']);
  });

  it('assertCan throws a PermissionError naming the action', () => {
    expect(() => assertCan(['logistics'], 'record.void')).toThrowError(PermissionError);
    expect(() => assertCan(['supervisor'], 'record.void')).not.toThrow();
  });

  it('every action is allowed to at least the supervisor and only to known roles', () => {
    for (const allowed of Object.values(permissions)) {
      expect(allowed).toContain('supervisor');
      for (const r of allowed) expect(roles).toContain(r);
    }
  });
});
