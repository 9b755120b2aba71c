import { describe, expect, it } from 'vitest';
import { parseIdleMinutes } from './idle-lock';

describe('idle lock minutes', () => {
  it('accepts whole minutes from 1 to 240', () => {
    expect(parseIdleMinutes('10')).toBe(10);
    expect(parseIdleMinutes(' 1 ')).toBe(1);
    expect(parseIdleMinutes('240')).toBe(240);
  });

  it('refuses zero, too long, fractions, negatives and text', () => {
    for (const bad of ['0', '241', '2.5', '-5', '', 'abc', '1e2']) expect(parseIdleMinutes(bad)).toBeNull();
  });
});
