import { describe, expect, it } from 'vitest';
import type { Approval } from '../auth/approval';
import { recordKinds } from '../domain/retention';
import type { ExportCoverage } from './coverage';
import { canRemove, dueForRemoval, removableFrom, removalAuditEntry, type RemovalCandidate } from './retention-removal';

const now = new Date(2026, 10, 27, 10, 0).getTime();
const approval: Approval = { supervisorId: 9, supervisorName: '王主任', at: now - 60_000, note: '同意清理' };
const created = (y: number, m: number, d: number) => new Date(y, m - 1, d, 15, 0).getTime();
const card = (id: number, createdAt: number, date: string): RemovalCandidate => ({ id, createdAt, date });
/** The file written two days after its range ended, unless `createdAt` says when. */
const writtenAfterRange = (rangeTo: string) => new Date(`${rangeTo}T00:00`).getTime() + 2 * 86_400_000;
const cardExport = (id: number, rangeFrom: string, rangeTo: string, createdAt = writtenAfterRange(rangeTo)): ExportCoverage => ({ id, kind: 'serviceCards', rangeFrom, rangeTo, createdAt });

const oldCards = [card(1, created(2025, 11, 3), '2025-11-03'), card(2, created(2025, 11, 20), '2025-11-20')];
const novemberExport = cardExport(31, '2025-11-01', '2025-11-30');
const messages = (r: { ok: boolean; issues?: { message: string }[] }) => (r.ok ? [] : (r.issues ?? []).map((i) => i.message));

describe('dueForRemoval (REC-1)', () => {
  it('REC-1: a one-year record is due from the same date a year later', () => {
    expect(removableFrom(created(2025, 11, 27), { years: 1 })).toBe('2026-11-27');
    const records = [{ id: 1, createdAt: created(2025, 11, 26) }, { id: 2, createdAt: created(2025, 11, 27) }, { id: 3, createdAt: created(2025, 11, 28) }];
    expect(dueForRemoval(records, 'serviceCards', '2026-11-27').map((r) => r.id)).toEqual([1, 2]);
  });

  it('REC-1: permanent kinds are never due', () => {
    const ancient = [{ id: 1, createdAt: created(2001, 1, 1) }];
    for (const kind of recordKinds.filter((k) => k !== 'serviceCards' && k !== 'leaveSheets')) {
      expect(dueForRemoval(ancient, kind, '2026-11-27'), kind).toEqual([]);
    }
    expect(removableFrom(created(2001, 1, 1), 'permanent')).toBeNull();
  });
});

describe('canRemove (REC-1)', () => {
  it('REC-1: permanent never removable, whatever exports and approval are given', () => {
    for (const kind of ['serviceReports', 'callLogs', 'outstandingIssues', 'stockMovements'] as const) {
      const r = canRemove({ kind, records: oldCards, exports: [{ ...novemberExport, kind }], approval, now });
      expect(r.ok ? [] : r.issues, kind).toEqual([{ path: 'kind', message: 'removal.error.permanent' }]);
    }
  });

  it('REC-1: removal refused without a covering export', () => {
    const r = canRemove({ kind: 'serviceCards', records: oldCards, exports: [], approval, now });
    expect(r.ok ? [] : r.issues).toEqual([
      { path: 'records.0', message: 'removal.error.notExported' },
      { path: 'records.1', message: 'removal.error.notExported' },
    ]);
  });

  it('REC-1: an export of another kind, or a range that misses the record’s date, does not cover it', () => {
    const callExport: ExportCoverage = { ...novemberExport, kind: 'callLogs' };
    expect(messages(canRemove({ kind: 'serviceCards', records: oldCards, exports: [callExport], approval, now }))).toEqual([
      'removal.error.notExported', 'removal.error.notExported',
    ]);
    const partial = cardExport(32, '2025-11-01', '2025-11-19');
    const r = canRemove({ kind: 'serviceCards', records: oldCards, exports: [partial], approval, now });
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'records.1', message: 'removal.error.notExported' }]);
  });

  it('REC-1: a file written before a card was entered does not hold it, though its range has the card\'s date (the REC-2 truth)', () => {
    // November exported on 11-10; card 2 (dated 11-20) was entered on 11-20, after the file.
    const early = cardExport(33, '2025-11-01', '2025-11-30', created(2025, 11, 10));
    const r = canRemove({ kind: 'serviceCards', records: oldCards, exports: [early], approval, now });
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'records.1', message: 'removal.error.notExported' }]);
    expect(canRemove({ kind: 'serviceCards', records: oldCards, exports: [early, novemberExport], approval, now })).toMatchObject({ ok: true });
  });

  it('REC-1: removal refused without a supervisor approval, or with an old one', () => {
    expect(messages(canRemove({ kind: 'serviceCards', records: oldCards, exports: [novemberExport], now }))).toEqual(['removal.error.approvalRequired']);
    const stale = { ...approval, at: now - 60 * 60_000 };
    expect(messages(canRemove({ kind: 'serviceCards', records: oldCards, exports: [novemberExport], approval: stale, now }))).toEqual(['removal.error.approvalStale']);
  });

  it('REC-1: a record still inside its year is refused', () => {
    const recent = card(3, created(2026, 1, 5), '2026-01-05');
    const r = canRemove({ kind: 'serviceCards', records: [recent], exports: [cardExport(40, '2026-01-01', '2026-01-31')], approval, now });
    expect(messages(r)).toEqual(['removal.error.notDue']);
  });

  it('REC-1: covered, due and approved → allowed, naming the covering exports for the audit', () => {
    const december = card(4, created(2025, 11, 25), '2025-12-02');
    const exports = [cardExport(33, '2025-12-01', '2025-12-31'), novemberExport];
    const r = canRemove({ kind: 'serviceCards', records: [...oldCards, december], exports, approval, now });
    expect(r.ok && r.value).toEqual({ kind: 'serviceCards', recordIds: [1, 2, 4], coveringExportIds: [31, 33], approval });
    if (r.ok) {
      const entry = removalAuditEntry(r.value, { staffId: 9, name: '王主任' }, now);
      expect(entry).toMatchObject({ action: 'remove', table: 'serviceCards', recordId: '1,2,4', staffId: 9 });
      expect(entry.before).toEqual({ count: 3, recordIds: [1, 2, 4], coveringExportIds: [31, 33] });
    }
  });

  it('refuses an empty selection', () => {
    expect(messages(canRemove({ kind: 'serviceCards', records: [], exports: [novemberExport], approval, now }))).toEqual(['removal.error.nothingSelected']);
  });
});
