import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import type { PurchaseSlip } from '@shared/slips/purchase-slip';
import { slipTrail } from './slip-trail';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const at = new Date(2026, 10, 27, 10, 5).getTime();
const base: PurchaseSlip = {
  no: 'GX20261127-001', day: '2026-11-27', customerId: 1, orderType: 'normal', delivery: 'pickup', lines: [], total: 0, remarks: '', attachments: [],
  approvals: {}, handlerId: 1, handlerName: '王丽', status: 'draft', counts: [], createdAt: at, updatedAt: at,
};

describe('the slip’s trail', () => {
  it('OUT-1 and OUT-7: sign-off, signature, release, confirmation and done, in that order, with names and times', () => {
    const slip: PurchaseSlip = {
      ...base, status: 'done', approvals: { signOff: { supervisorId: 9, supervisorName: '周主管', at, note: '' } },
      customerSignature: { name: '张三', at }, released: { staffId: 2, name: '李强', at }, pickupConfirmation: { name: '张三', at }, doneAt: at,
    };
    expect(slipTrail(slip, t)).toEqual([
      '领导签字:周主管 2026-11-27 10:05',
      '客户签字:张三 2026-11-27 10:05',
      '出库:李强 2026-11-27 10:05',
      '客户确认数量:张三 2026-11-27 10:05',
      '已完成 2026-11-27 10:05',
    ]);
    expect(slipTrail(base, t)).toEqual([]);
  });

  it('OUT-7: a sign-off that no longer covers the slip’s lines is not shown as given', () => {
    const lines = [{ productId: 6, qty: 4, unitPrice: 3000, amount: 12000 }];
    const stale = { supervisorId: 9, supervisorName: '周主管', at, note: '', covers: '6x1@300000' };
    expect(slipTrail({ ...base, lines, approvals: { signOff: stale } }, t)).toEqual([]);
    expect(slipTrail({ ...base, lines, approvals: { signOff: { ...stale, covers: '6x4@300000' } } }, t)).toEqual(['领导签字:周主管 2026-11-27 10:05']);
  });
});
