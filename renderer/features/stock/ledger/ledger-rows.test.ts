import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { movement } from '@shared/stock/test-fixtures';
import { ledgerRows } from './ledger-rows';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const products = new Map([[1, { code: 'LX-PP', name: 'PP棉滤芯' }], [2, { code: 'JSQ', name: '净水器' }]]);

describe('stock ledger rows', () => {
  it('shows each movement with its slip number, kind and signed lines; faulty stock is marked', () => {
    const rows = ledgerRows([{ ...movement({ kind: 'return', docNo: 'RK20261127-002', lines: [{ productId: 1, qty: 2 }, { productId: 2, qty: 1, location: 'faulty' }] }), id: 4 }], products, t);
    expect(rows).toEqual([{ id: 4, docNo: 'RK20261127-002', at: 1_700_000_000_000, kind: '退货入库', lines: 'LX-PP PP棉滤芯 +2、JSQ 净水器 +1(不良品)', handlerName: '李库管', note: '' }]);
  });
});
