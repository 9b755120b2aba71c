import { describe, expect, it } from 'vitest';
import type { CallLog } from '../domain/call-log';
import { callRegisterModel, registerLayout, type RegisterRange } from './call-register';
import { textWidthMm } from './text-fit';

const range: RegisterRange = { from: '2025-03-01', to: '2025-03-31' };
const printedAt = new Date(2025, 3, 2, 8, 5).getTime();

function call(i: number, extra: Partial<CallLog> = {}): CallLog {
  return {
    id: i + 1,
    direction: 'in',
    at: new Date(2025, 2, 1 + (i % 28), 9, 30).getTime() + i * 60_000,
    phone: '13912345678',
    contact: '',
    topic: 'consult',
    content: `第${i + 1}次来电`,
    result: '',
    createdAt: 0,
    ...extra,
  };
}

const calls = (n: number) => Array.from({ length: n }, (_, i) => call(i));
const model = (list: CallLog[], lang: 'zh-CN' | 'en' = 'zh-CN') =>
  callRegisterModel(list, new Map([[7, { name: '张三丰' }]]), range, lang, { now: printedAt });

describe('callRegisterModel', () => {
  it('labels the form in Chinese from the dictionary', () => {
    const m = model(calls(1));
    expect(m.title).toBe('电话记录表');
    expect(m.columns.map((c) => c.label)).toEqual(['时间', '方向', '电话', '客户/联系人', '主题', '内容', '处理结果', '回访']);
    expect(m.rangeText).toBe('日期范围:2025-03-01 至 2025-03-31');
    expect(m.printedAtText).toBe('打印时间:2025-04-02 08:05');
    expect(m.signature).toEqual({ recorder: '记录人:', reviewer: '审阅:' });
    expect(m.pages[0]?.label).toBe('第 1 页 / 共 1 页');
  });

  it('switches every label to English', () => {
    const m = model(calls(1), 'en');
    expect(m.title).toBe('Call Register');
    expect(m.pages[0]?.rows[0]?.cells.direction.lines).toEqual(['In']);
  });

  it('fills one A4 page with exactly rowsPerPage calls and starts a second on the next one', () => {
    const perPage = registerLayout.rowsPerPage;
    expect(model(calls(perPage)).pages).toHaveLength(1);
    const two = model(calls(perPage + 1));
    expect(two.pages.map((p) => p.rows.length)).toEqual([perPage, 1]);
    expect(two.pages.map((p) => p.label)).toEqual(['第 1 页 / 共 2 页', '第 2 页 / 共 2 页']);
    expect(model(calls(perPage * 3)).pages).toHaveLength(3);
  });

  it('prints calls in time order whatever order they come in', () => {
    const [a, b] = [call(0, { content: '早' }), call(1, { content: '晚' })];
    const rows = model([b, a]).pages[0]?.rows ?? [];
    expect(rows.map((r) => r.cells.content.lines[0])).toEqual(['早', '晚']);
  });

  it('gives an empty range one page that says there are no calls', () => {
    const m = model([]);
    expect(m.pages).toHaveLength(1);
    expect(m.pages[0]?.rows).toEqual([]);
    expect(m.emptyText).toBe('此日期范围内没有电话记录。');
    expect(m.countText).toBe('共 0 条');
  });

  it('fills the cells: date over time, direction, topic, customer over contact, follow-up', () => {
    const at = new Date(2025, 2, 5, 14, 7).getTime();
    const c = call(0, { at, direction: 'out', topic: 'repair', customerId: 7, contact: '张夫人', followUpDate: '2025-03-12' });
    const cells = model([c]).pages[0]?.rows[0]?.cells;
    expect(cells?.time.lines).toEqual(['2025-03-05', '14:07']);
    expect(cells?.direction.lines).toEqual(['去电']);
    expect(cells?.topic.lines).toEqual(['报修']);
    expect(cells?.party.lines).toEqual(['张三丰', '张夫人']);
    expect(cells?.followUp.lines).toEqual(['2025-03-12']);
    expect(cells?.phone.lines).toEqual(['13912345678']);
  });

  it('shows the contact alone when the customer is unknown, and accepts a plain object lookup', () => {
    const c = call(0, { customerId: 99, contact: '李四' });
    const m = callRegisterModel([c], { 7: { name: '张三丰' } }, range, 'zh-CN', { now: printedAt });
    expect(m.pages[0]?.rows[0]?.cells.party.lines).toEqual(['李四']);
  });

  it('keeps long content inside its cell: at most 3 lines, each narrower than the cell, cut with …', () => {
    const long = '客户反映净水器出水量明显变小并伴有异响,'.repeat(10);
    const cell = model([call(0, { content: long })]).pages[0]?.rows[0]?.cells.content;
    const { columnWidthsMm, row } = registerLayout;
    expect(cell?.truncated).toBe(true);
    expect(cell?.lines).toHaveLength(row.maxLines);
    expect(cell?.lines.at(-1)?.endsWith('…')).toBe(true);
    for (const l of cell?.lines ?? []) {
      expect(textWidthMm(l, row.sizePt)).toBeLessThanOrEqual(columnWidthsMm.content - 2 * row.padXMm);
    }
  });

  it('lays the columns edge to edge across the page between the margins', () => {
    const cols = model([]).columns;
    const last = cols.at(-1);
    expect(cols[0]?.xMm).toBe(registerLayout.marginXMm);
    expect((last?.xMm ?? 0) + (last?.widthMm ?? 0)).toBe(210 - registerLayout.marginXMm);
  });
});

describe('call register cells that must stay on one line', () => {
  it('keeps a landline with area code and the date of a follow-up on a single line', () => {
    const c = call(0, { phone: '0571-88886666', followUpDate: '2025-03-12' });
    const cells = model([c]).pages[0]?.rows[0]?.cells;
    expect(cells?.phone.lines).toEqual(['0571-88886666']);
    expect(cells?.followUp.lines).toEqual(['2025-03-12']);
  });
});
