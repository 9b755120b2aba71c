import { describe, expect, it } from 'vitest';
import { isId, isInstant, serviceTextMaxLength, textIssues } from './messages';

describe('service field checks', () => {
  it('a required text is refused blank; any text is refused too long', () => {
    expect(textIssues('  ', 'contact', 'service.request.error.contactRequired')).toEqual([{ path: 'contact', message: 'service.request.error.contactRequired' }]);
    expect(textIssues('', 'address')).toEqual([]);
    expect(textIssues('x'.repeat(serviceTextMaxLength + 1), 'address')).toEqual([{ path: 'address', message: 'service.error.tooLong' }]);
    expect(textIssues('x'.repeat(serviceTextMaxLength), 'address')).toEqual([]);
  });

  it('ids are positive integers, instants positive finite numbers', () => {
    expect([1, 0, -1, 1.5, Number.NaN, '1'].map(isId)).toEqual([true, false, false, false, false, false]);
    expect([1, 0, Number.POSITIVE_INFINITY].map(isInstant)).toEqual([true, false, false]);
  });
});
