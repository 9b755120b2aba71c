import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { inputsFromTake, postingIssues, readCounts, scopeText, takeSummary } from './take-form';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const take = { lines: [{ productId: 1, bookQty: 5 }, { productId: 2, bookQty: 3, countedQty: 3 }] };

describe('stock take counts (WH-2)', () => {
  it('starts from what was counted before', () => {
    expect(inputsFromTake(take)).toEqual({ 1: { qty: '', reason: '' }, 2: { qty: '3', reason: '' } });
  });

  it('reads the typed counts; 0 is a count; blank lines stay uncounted', () => {
    const { counts, lines, issues } = readCounts(take, { 1: { qty: '0', reason: '破损报废' }, 2: { qty: '', reason: '' } });
    expect(issues).toEqual([]);
    expect(counts).toEqual([{ productId: 1, countedQty: 0, reason: '破损报废' }]);
    expect(lines[0]).toEqual({ productId: 1, bookQty: 5, countedQty: 0, reason: '破损报废' });
    expect(lines[1]).toEqual(take.lines[1]);
  });

  it('refuses a negative or non-integer count at its field', () => {
    expect(readCounts(take, { 1: { qty: '-1', reason: '' } }).issues).toEqual([{ path: 'lines.0.countedQty', message: 'stock.qty.negative' }]);
    expect(readCounts(take, { 1: { qty: '2.5', reason: '' } }).issues).toEqual([{ path: 'lines.0.countedQty', message: 'stock.qty.notInteger' }]);
  });

  it('WH-2: posting needs every line counted and a reason for each variance', () => {
    expect(postingIssues(take.lines).map((i) => i.path)).toEqual(['lines.0.countedQty']);
    const { lines } = readCounts(take, { 1: { qty: '4', reason: '' } });
    expect(postingIssues(lines)).toEqual([{ path: 'lines.0.reason', message: 'stock.take.reasonRequired' }]);
    expect(postingIssues(readCounts(take, { 1: { qty: '4', reason: '损耗' } }).lines)).toEqual([]);
  });

  it('sums up and names the scope', () => {
    expect(takeSummary(t, readCounts(take, { 1: { qty: '4', reason: '' } }).lines)).toBe('2 个产品,已盘 2 个,盈亏 1 项');
    expect(scopeText(t, { kind: 'locations', locations: ['A-01', 'B-02'] }, '、')).toBe('指定库位: A-01、B-02');
    expect(scopeText(t, { kind: 'all' }, '、')).toBe('全部产品');
  });
});
