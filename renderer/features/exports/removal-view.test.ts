import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { ValidationError } from '@shared/validation';
import type { DueRow } from '../../db/retention-repo';
import { refusalText, selectedRows, uncoveredIssue } from './removal-view';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const row = (id: number, coveringExportId?: number): DueRow => ({
  record: { id, cardNo: `FK-${id}`, customerId: 1, productId: 1, serialNo: '', serviceDate: '2025-10-02', content: 'x', technicianId: 1, createdAt: 0 },
  date: '2025-10-02',
  removableFrom: '2026-10-02',
  ...(coveringExportId !== undefined ? { coveringExportId } : {}),
});

describe('到期待清理', () => {
  it('REC-1: refuses before approval when a chosen record has no covering export', () => {
    expect(uncoveredIssue([row(1, 7), row(2)])).toBe('removal.error.notExported');
    expect(uncoveredIssue([row(1, 7)])).toBeNull();
  });

  it('reads "select all" as every row but the excluded ones', () => {
    const rows = [row(1, 7), row(2, 7), row(3)];
    expect(selectedRows(rows, { type: 'include', ids: new Set([2]) }).map((r) => r.record.id)).toEqual([2]);
    expect(selectedRows(rows, { type: 'exclude', ids: new Set([3]) }).map((r) => r.record.id)).toEqual([1, 2]);
  });

  it('says each reason once', () => {
    const e = new ValidationError([{ path: 'records.0', message: 'removal.error.notExported' }, { path: 'records.1', message: 'removal.error.notExported' }]);
    expect(refusalText(t, e)).toBe(t('removal.error.notExported'));
  });
});
