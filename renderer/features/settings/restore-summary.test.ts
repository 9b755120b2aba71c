import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { restoreSummary } from './restore-summary';

const t: Translate = (key, params) => translate('zh-CN', key, params);

describe('restore summary', () => {
  it('names the tables in Chinese, in the app’s order, and adds them up', () => {
    const summary = restoreSummary(t, { tables: { auditLog: 9, callLogs: 5, customers: 3, settings: 4, staff: 2 } });
    expect(summary.rows.map((r) => [r.label, r.rows])).toEqual([
      ['客户', 3],
      ['电话记录', 5],
      ['员工', 2],
      ['设置', 4],
      ['审计日志', 9],
    ]);
    expect(summary.total).toBe(23);
  });

  it('names every table of the database, the later ones after the first eight; an unknown one keeps its stored name, last', () => {
    const summary = restoreSummary(t, { tables: { slips: 2, shipments: 7, customers: 1 } });
    expect(summary.rows.map((r) => r.label)).toEqual(['客户', '发货登记', 'slips']);
  });
});
