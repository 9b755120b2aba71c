import { describe, expect, it } from 'vitest';
import { hashForTab, stockTabs, tabFromHash } from './stock-tabs';

describe('stock tabs in the address', () => {
  it('reads the tab after the module', () => {
    expect(tabFromHash('#/products/receiving')).toBe('receiving');
    expect(tabFromHash('#/products/stockTake?x=1')).toBe('stockTake');
  });

  it('falls back to the product list for the bare module, an unknown tab or another module', () => {
    expect(tabFromHash('#/products')).toBe('products');
    expect(tabFromHash('#/products/nope')).toBe('products');
    expect(tabFromHash('#/calls/receiving')).toBe('products');
    expect(tabFromHash('')).toBe('products');
  });

  it('round-trips every tab', () => {
    for (const tab of stockTabs) expect(tabFromHash(hashForTab(tab))).toBe(tab);
  });
});
