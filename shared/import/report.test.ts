import { describe, expect, it } from 'vitest';
import { canImport } from './report';

describe('canImport', () => {
  it('is true only with valid rows and an empty report: any entry means nothing is written', () => {
    expect(canImport({ valid: [{ row: 2, value: 1 }], report: [] })).toBe(true);
    expect(canImport({ valid: [{ row: 2, value: 1 }], report: [{ row: 3, column: '电话', reason: 'import.error.required' }] })).toBe(false);
    expect(canImport({ valid: [], report: [] })).toBe(false);
  });
});
