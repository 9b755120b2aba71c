import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { varianceList } from '@shared/stock/stock-take';
import { varianceApprovalDetails } from './variance-approval';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const products = new Map([
  [1, { code: 'LX-PP', name: 'PP棉滤芯', unit: '支', price: 38 }],
  [2, { code: 'LX-RO', name: 'RO膜滤芯', unit: '支', price: 268 }],
  [3, { code: 'PJ-GJ', name: '快接管件包', unit: '包', price: 25 }],
]);
const take = {
  lines: [
    { productId: 1, bookQty: 60, countedQty: 57, reason: '损耗' },
    { productId: 2, bookQty: 10, countedQty: 10 },
    { productId: 3, bookQty: 30, countedQty: 31, reason: '上次少记' },
  ],
};

describe('stock-take approval list (WH-2)', () => {
  it('WH-2: the supervisor reads every product that differs — book, counted, difference, value, reason — not just a count', () => {
    const details = varianceApprovalDetails(varianceList(take, products), t);
    expect(details.columns.map((c) => c.label)).toEqual(['产品编码', '产品名称', '账面数量', '实盘数量', '盈亏', '金额(元)', '原因']);
    expect(details.rows).toEqual([
      ['LX-PP', 'PP棉滤芯', '60 支', '57 支', '-3', '-114.00', '损耗'],
      ['PJ-GJ', '快接管件包', '30 包', '31 包', '+1', '+25.00', '上次少记'],
    ]);
    expect(details.footer?.[5]).toBe('-89.00');
  });
});
