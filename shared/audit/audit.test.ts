import { describe, expect, it } from 'vitest';
import { changedFields } from './audit';

describe('audit changed fields', () => {
  it('keeps only the fields that changed', () => {
    const d = changedFields({ name: '张三', phones: ['1'], notes: 'a' }, { name: '张三', phones: ['1', '2'], notes: 'a' });
    expect(d).toEqual({ before: { phones: ['1'] }, after: { phones: ['1', '2'] } });
  });

  it('records added and removed fields', () => {
    const d = changedFields({ a: 1 }, { b: 2 });
    expect(d).toEqual({ before: { a: 1 }, after: { b: 2 } });
  });

  it('a create has only after, a removal only before', () => {
    expect(changedFields(undefined, { a: 1 })).toEqual({ after: { a: 1 } });
    expect(changedFields({ a: 1 }, undefined)).toEqual({ before: { a: 1 } });
  });
});
