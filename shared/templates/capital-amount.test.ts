import { describe, expect, it } from 'vitest';
import { toChineseCapital } from './capital-amount';

describe('大写金额', () => {
  it.each([
    [1234.5, '壹仟贰佰叁拾肆元伍角整'],
    [1234.56, '壹仟贰佰叁拾肆元伍角陆分'],
    [1234, '壹仟贰佰叁拾肆元整'],
    [1004.05, '壹仟零肆元零伍分'],
    [20.05, '贰拾元零伍分'],
    [10, '壹拾元整'],
    [0, '零元整'],
    [0.5, '伍角整'],
    [0.05, '伍分'],
    [100000, '壹拾万元整'],
    [1000010, '壹佰万零壹拾元整'],
    [10010, '壹万零壹拾元整'],
    [105000, '壹拾万伍仟元整'],
    [100000000, '壹亿元整'],
    [100001000, '壹亿零壹仟元整'],
    [-3.2, '负叁元贰角整'],
  ])('%d → %s', (amount, expected) => {
    expect(toChineseCapital(amount)).toBe(expected);
  });

  it('rounds to the fen and refuses non-numbers', () => {
    expect(toChineseCapital(0.999)).toBe('壹元整');
    expect(() => toChineseCapital(Number.NaN)).toThrow(RangeError);
  });
});
