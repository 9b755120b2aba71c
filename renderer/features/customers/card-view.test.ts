import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import type { Customer } from '@shared/domain/customer';
import { detailRows } from './card-view';

const t: Translate = (key, params) => translate('zh-CN', key, params);

const base: Customer = {
  id: 1, name: '鑫源商贸店', phones: ['13588889999', '057187654321'], primaryPhone: '13588889999', searchKeys: [], createdAt: Date.UTC(2026, 0, 5, 2, 0), updatedAt: 1,
  type: 'store', storeNo: 'DP-017', grade: 'A', isKey: true, source: '招商会', address: '浙江省杭州市西湖区文三路 259 号',
  addresses: [
    { province: '上海市', city: '上海市', district: '徐汇区', detail: '漕溪北路 18 号', isDefault: false },
    { province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 259 号', isDefault: true },
  ],
};

describe('customer card details', () => {
  it('lists the profile: type, the number its type uses, primary and other phones, default and other addresses, grade, key flag, source', () => {
    const rows = Object.fromEntries(detailRows(t, base));
    expect(rows).toMatchObject({
      客户类型: '店铺', 店铺编号: 'DP-017', 主要电话: '13588889999', 其他电话: '057187654321',
      默认地址: '浙江省杭州市西湖区文三路 259 号', 其他地址: '上海市徐汇区漕溪北路 18 号', 客户等级: 'A', 重点客户: '是', 客户来源: '招商会',
    });
  });

  it('leaves out what is empty', () => {
    const plain: Customer = { ...base, type: 'ordinary', storeNo: undefined, phones: ['13800138000'], primaryPhone: '13800138000', addresses: [], address: undefined, grade: undefined, isKey: false, source: undefined };
    expect(detailRows(t, plain).map(([label]) => label)).toEqual(['客户类型', '主要电话', '建档时间']);
  });
});
