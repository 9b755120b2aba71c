import { describe, expect, it } from 'vitest';
import { hashForTab, tabFromHash } from './exports-tabs';

describe('exports screen addresses', () => {
  it('opens the named tab, the export form otherwise', () => {
    expect(tabFromHash('#/exports/removal')).toBe('removal');
    expect(tabFromHash('#/exports')).toBe('export');
    expect(tabFromHash('#/service/removal')).toBe('export');
    expect(tabFromHash(hashForTab('schedule'))).toBe('schedule');
  });
});
