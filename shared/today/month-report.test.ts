import { describe, expect, it } from 'vitest';
import { monthLabel, monthReportRows, monthSheetSpec } from './month-report';
import type { MonthSummary } from './month-summary';

const summary: MonthSummary = {
  calls: 120,
  serviceRequests: 8,
  slips: 30,
  amount: 12345.5,
  shipments: 20,
  delivered: 18,
  avgDeliveryDays: 2.3,
  callbacks: { onTime: 15, total: 18 },
  reviews: { onTime: 0, total: 0 },
};
const november = { from: '2026-11-01', to: '2026-11-30' };

describe('month report rows', () => {
  it('lists the month in report order, in Chinese, with ratios as done / total (percent)', () => {
    const rows = monthReportRows(summary, 'zh-CN');
    expect(rows.map((r) => [r.label, r.text])).toEqual([
      ['电话记录', '120'],
      ['服务需求', '8'],
      ['购销单', '30'],
      ['购销金额(元)', '12,345.50'],
      ['发货', '20'],
      ['平均到货天数', '2.3'],
      ['按时回访', '15 / 18(83%)'],
      ['按时审阅', '—'],
    ]);
    expect(rows[6]?.note).toBe('签收后次日内回访,共 18 件');
  });

  it('keeps numbers as numbers for Excel, a ratio as its percentage, nothing due as empty', () => {
    const spec = monthSheetSpec(summary, november, 'zh-CN');
    expect(spec.headers).toEqual(['项目', '数值', '说明']);
    expect(spec.rows[0]).toEqual(['统计期间:2026-11-01 至 2026-11-30', null, null]);
    expect(spec.rows.slice(1).map((r) => r[1])).toEqual([120, 8, 30, 12345.5, 20, 2.3, 83, null]);
    expect(spec.sheetName).toBe('月度汇总');
  });

  it('names the month YYYY-MM', () => {
    expect(monthLabel(november)).toBe('2026-11');
  });
});
