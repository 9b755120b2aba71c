import { describe, expect, it } from 'vitest';
import { parseQuantity, quantityIssue } from './quantity';

describe('quantityIssue', () => {
  it('accepts positive whole numbers', () => {
    expect(quantityIssue(1, 'qty')).toBeUndefined();
    expect(quantityIssue(250, 'qty')).toBeUndefined();
  });

  it('refuses negative, zero and non-integer quantities with a field message', () => {
    expect(quantityIssue(-1, 'lines.0.qty')).toEqual({ path: 'lines.0.qty', message: 'stock.qty.negative' });
    expect(quantityIssue(0, 'qty')?.message).toBe('stock.qty.zero');
    expect(quantityIssue(1.5, 'qty')?.message).toBe('stock.qty.notInteger');
    expect(quantityIssue(Number.NaN, 'qty')?.message).toBe('stock.qty.required');
    expect(quantityIssue(undefined, 'qty')?.message).toBe('stock.qty.required');
    expect(quantityIssue(Number.POSITIVE_INFINITY, 'qty')?.message).toBe('stock.qty.notInteger');
    expect(quantityIssue(5_000_000, 'qty')?.message).toBe('stock.qty.tooLarge');
  });

  it('accepts 0 where a count of nothing is real', () => {
    expect(quantityIssue(0, 'countedQty', 'nonNegative')).toBeUndefined();
    expect(quantityIssue(-2, 'countedQty', 'nonNegative')?.message).toBe('stock.qty.negative');
  });
});

describe('parseQuantity', () => {
  it('reads typed whole numbers, full-width digits included', () => {
    expect(parseQuantity(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseQuantity('１２')).toEqual({ ok: true, value: 12 });
    expect(parseQuantity('0', 'nonNegative')).toEqual({ ok: true, value: 0 });
  });

  it('gives the field message for what cannot be a quantity', () => {
    expect(parseQuantity('')).toEqual({ ok: false, message: 'stock.qty.required' });
    expect(parseQuantity('abc')).toEqual({ ok: false, message: 'stock.qty.notNumber' });
    expect(parseQuantity('-3')).toEqual({ ok: false, message: 'stock.qty.negative' });
    expect(parseQuantity('1.5')).toEqual({ ok: false, message: 'stock.qty.notInteger' });
    expect(parseQuantity('0')).toEqual({ ok: false, message: 'stock.qty.zero' });
  });
});
