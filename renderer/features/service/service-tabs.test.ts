import { describe, expect, it } from 'vitest';
import { hashForTab, newRequestHref, newRequestIntent, tabFromHash } from './service-tabs';

describe('service screen addresses', () => {
  it('opens the tab the hash names, the requests otherwise', () => {
    expect(tabFromHash('#/service/board')).toBe('board');
    expect(tabFromHash('#/service')).toBe('requests');
    expect(tabFromHash('#/service/new?call=3')).toBe('requests');
    expect(tabFromHash('#/products/board')).toBe('requests');
    expect(hashForTab('complaints')).toBe('#/service/complaints');
    expect(hashForTab('requests')).toBe('#/service');
  });

  it('reads 登记服务需求 from a call or a customer, and round-trips the links', () => {
    expect(newRequestIntent(newRequestHref({ callId: 123 }))).toEqual({ from: 'call', callId: 123 });
    expect(newRequestIntent(newRequestHref({ customerId: 5 }))).toEqual({ from: 'customer', customerId: 5 });
    expect(newRequestIntent('#/service/new')).toEqual({ from: 'blank' });
    expect(newRequestIntent('#/service/new?call=abc')).toEqual({ from: 'blank' });
    expect(newRequestIntent('#/service/board')).toBeNull();
    expect(newRequestIntent('#/calls/new?call=1')).toBeNull();
  });
});
