import { describe, expect, it } from 'vitest';
import { moveUp } from './carrier-list';

describe('carrier order', () => {
  it('moves a carrier one place up; the first stays first', () => {
    expect(moveUp(['SF', 'ZTO', 'YTO'], 2)).toEqual(['SF', 'YTO', 'ZTO']);
    expect(moveUp(['SF', 'ZTO'], 0)).toEqual(['SF', 'ZTO']);
  });
});
