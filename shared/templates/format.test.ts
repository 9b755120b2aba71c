import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatValue } from './format';

describe('formatValue', () => {
  it('money: yuan with thousands separators and two decimals, rounded to the fen', () => {
    expect(formatMoney(1234.5)).toBe('¥1,234.50');
    expect(formatMoney(0)).toBe('¥0.00');
    expect(formatMoney(1234567.891)).toBe('¥1,234,567.89');
    expect(formatMoney('¥2,000.1')).toBe('¥2,000.10');
    expect(formatMoney(-88)).toBe('-¥88.00');
    expect(formatValue(99.999, 'money')).toBe('¥100.00');
  });

  it('大写金额: 1234.50 → 壹仟贰佰叁拾肆元伍角整, also from a money string', () => {
    expect(formatValue(1234.5, 'capital')).toBe('壹仟贰佰叁拾肆元伍角整');
    expect(formatValue('1,234.50', 'capital')).toBe('壹仟贰佰叁拾肆元伍角整');
    expect(formatValue(1234, 'capital')).toBe('壹仟贰佰叁拾肆元整');
  });

  it('dates: local YYYY-MM-DD from epoch ms or an ISO date, datetime with HH:mm', () => {
    const ms = new Date(2025, 2, 4, 9, 5).getTime();
    expect(formatDate(ms)).toBe('2025-03-04');
    expect(formatDateTime(ms)).toBe('2025-03-04 09:05');
    expect(formatValue('2025-03-14', 'date')).toBe('2025-03-14');
    expect(formatValue('2025-03-14T18:30', 'datetime')).toBe('2025-03-14 18:30');
  });

  it('prints nothing for a missing value and an unparseable one as given', () => {
    expect(formatValue(null, 'money')).toBe('');
    expect(formatValue(undefined, 'text')).toBe('');
    expect(formatValue('', 'date')).toBe('');
    expect(formatValue('面议', 'money')).toBe('面议');
    expect(formatValue('下周一', 'date')).toBe('下周一');
    expect(formatValue(2, 'text')).toBe('2');
  });
});
