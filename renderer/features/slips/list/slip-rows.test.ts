import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import type { PurchaseSlip } from '@shared/slips/purchase-slip';
import { filterSlipRows, slipRow } from './slip-rows';

const t: Translate = (key, params) => translate('zh-CN', key, params);

const slip = (over: Partial<PurchaseSlip> = {}): PurchaseSlip & { id: number } => ({
  id: 1, no: 'GX20261127-001', day: '2026-11-27', customerId: 4, orderType: 'member', delivery: 'ship', lines: [], total: 2980,
  remarks: '', attachments: [], approvals: {}, handlerId: 1, handlerName: '王丽', status: 'draft', counts: [], createdAt: 1, updatedAt: 1,
  ...over,
});

describe('the day’s slip list', () => {
  it('shows number, customer, type, delivery, total and status in words', () => {
    expect(slipRow(slip(), { name: '张三', phones: ['13800138000'] }, t)).toEqual({
      id: 1, no: 'GX20261127-001', customer: '张三', phone: '13800138000', orderType: '会员购物', delivery: '快递发货', total: 2980,
      status: '草稿', marks: [],
    });
  });

  it('marks printed, voided and replacement slips, and a pending OUT-7 sign-off until release', () => {
    const voided = { reason: '开错', at: 2, byId: 1, byName: '周主管', approval: { supervisorId: 1, supervisorName: '周主管', at: 2, note: '' } };
    expect(slipRow(slip({ printedAt: 5, replacesSlipId: 9 }), undefined, t, true).marks).toEqual(['printed', 'replacement', 'signOff']);
    expect(slipRow(slip({ printedAt: 5, voided }), undefined, t, true).marks).toEqual(['printed', 'voided']);
    expect(slipRow(slip(), undefined, t).customer).toBe('#4');
  });

  it('searches by number, customer or phone', () => {
    const rows = [slipRow(slip(), { name: '张三', phones: ['13800138000'] }, t), slipRow(slip({ id: 2, no: 'GX20261127-002' }), { name: '李四', phones: [] }, t)];
    expect(filterSlipRows(rows, '002').map((r) => r.id)).toEqual([2]);
    expect(filterSlipRows(rows, '张').map((r) => r.id)).toEqual([1]);
    expect(filterSlipRows(rows, '1380013').map((r) => r.id)).toEqual([1]);
    expect(filterSlipRows(rows, ' ')).toHaveLength(2);
  });
});
