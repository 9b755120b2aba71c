import { describe, expect, it } from 'vitest';
import { defaultRoute, hrefFor, parseHash, routeIds } from './router';

describe('parseHash', () => {
  it('reads the module id from the hash', () => {
    expect(parseHash('#/customers')).toBe('customers');
    expect(parseHash('#/calls?from=2026-01-01')).toBe('calls');
    expect(parseHash('#/settings/storage')).toBe('settings');
  });

  it('falls back to the Today board for an empty or unknown hash', () => {
    expect(parseHash('')).toBe(defaultRoute);
    expect(parseHash('#/')).toBe(defaultRoute);
    expect(parseHash('#/nonsense')).toBe('home');
  });

  it('round-trips every route through hrefFor', () => {
    for (const id of routeIds) expect(parseHash(hrefFor(id))).toBe(id);
  });
});
