import { describe, expect, it } from 'vitest';
import { hasNewRequest, withoutNewRequest } from './new-request';

describe('the new-record request in the address', () => {
  it('is seen only as new=1 in the query', () => {
    expect(hasNewRequest('#/calls?new=1')).toBe(true);
    expect(hasNewRequest('#/slips?day=2026-11-27&new=1')).toBe(true);
    expect(hasNewRequest('#/calls')).toBe(false);
    expect(hasNewRequest('#/calls?new=0')).toBe(false);
    expect(hasNewRequest('#/calls/new=1')).toBe(false);
  });

  it('is dropped from the address, other parameters kept', () => {
    expect(withoutNewRequest('#/calls?new=1')).toBe('#/calls');
    expect(withoutNewRequest('#/slips?day=2026-11-27&new=1')).toBe('#/slips?day=2026-11-27');
    expect(withoutNewRequest('#/slips/12')).toBe('#/slips/12');
  });
});
