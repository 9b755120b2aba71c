import { describe, expect, it } from 'vitest';
import { exportKinds } from '@shared/domain/export-record';
import { translate, type Translate } from '@shared/i18n';
import { exportableKinds } from '@shared/records/export-schedule';
import { countsText, duePeriodText, kindLabel, progressPercent, thisAndLastMonth } from './export-view';

const t: Translate = (key, params) => translate('zh-CN', key, params);

describe('exports screen texts', () => {
  it('names every kind the registry and the export know', () => {
    for (const k of [...exportKinds, ...exportableKinds]) expect(t(kindLabel[k])).not.toBe('');
  });

  it('REC-2: says which period is due and with which kinds', () => {
    expect(duePeriodText(t, { from: '2026-10-01', to: '2026-10-31', kinds: ['serviceCards', 'callLogs'] })).toBe('2026-10-01 至 2026-10-31:服务卡、电话记录');
    expect(countsText(t, [{ kind: 'serviceCards', count: 3 }, { kind: 'callLogs', count: 0 }])).toBe('服务卡 3 条、电话记录 0 条');
  });

  it('offers this month and the one before, across a year end', () => {
    expect(thisAndLastMonth('2026-01-15')).toEqual({ thisMonth: { from: '2026-01-01', to: '2026-01-31' }, lastMonth: { from: '2025-12-01', to: '2025-12-31' } });
    expect(progressPercent({ phase: 'cells', done: 1, total: 4 })).toBe(25);
    expect(progressPercent({ phase: 'zip', done: 0, total: 1 })).toBeNull();
  });
});
