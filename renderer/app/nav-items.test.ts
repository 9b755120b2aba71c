import { describe, expect, it } from 'vitest';
import { routeIds } from './router';
import { mayOpen, navItems, visibleNavItems } from './nav-items';

describe('side navigation by role', () => {
  it('offers 员工 and 审计日志 to the supervisor only', () => {
    const supervisor = visibleNavItems(['supervisor']).map((i) => i.id);
    expect(supervisor).toContain('staff');
    expect(supervisor).toContain('audit');
    for (const roles of [['frontdesk'], ['warehouse'], ['logistics'], ['frontdesk', 'logistics']] as const) {
      const ids = visibleNavItems(roles).map((i) => i.id);
      expect(ids).not.toContain('staff');
      expect(ids).not.toContain('audit');
      expect(ids).toContain('calls');
    }
  });

  it('refuses a hidden module opened by its address, too', () => {
    expect(mayOpen(['frontdesk'], 'staff')).toBe(false);
    expect(mayOpen(['frontdesk', 'supervisor'], 'staff')).toBe(true);
    expect(mayOpen(['frontdesk'], 'customers')).toBe(true);
  });

  it('has exactly one item per route', () => {
    expect(navItems.map((i) => i.id)).toEqual([...routeIds]);
  });
});
