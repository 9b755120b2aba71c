import { describe, expect, it } from 'vitest';
import { emptyAuditFilter, isFiltered, toAuditQuery } from './audit-filter';

describe('audit viewer filter', () => {
  it('no filter asks for everything', () => {
    expect(toAuditQuery(emptyAuditFilter)).toEqual({});
    expect(isFiltered(emptyAuditFilter)).toBe(false);
  });

  it('passes staff, table and a trimmed record id', () => {
    expect(toAuditQuery({ ...emptyAuditFilter, staffId: 3, table: 'callLogs', recordId: ' 12 ' })).toEqual({
      staffId: 3,
      table: 'callLogs',
      recordId: '12',
    });
  });

  it('the date range covers whole local days, the end day included', () => {
    const q = toAuditQuery({ ...emptyAuditFilter, from: '2026-05-01', to: '2026-05-06' });
    expect(q.fromMs).toBe(new Date(2026, 4, 1).getTime());
    expect(q.toMsExclusive).toBe(new Date(2026, 4, 7).getTime());
    expect(isFiltered({ ...emptyAuditFilter, to: '2026-05-06' })).toBe(true);
  });

  it('a half-typed date is ignored instead of hiding everything', () => {
    expect(toAuditQuery({ ...emptyAuditFilter, from: '2026-05', recordId: '  ' })).toEqual({});
  });
});
