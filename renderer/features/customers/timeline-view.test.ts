import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import type { CallLog } from '@shared/domain/call-log';
import type { TimelineEntry } from '../../db/customers-repo';
import { timelineItem } from './timeline-view';

const t: Translate = (key, params) => translate('zh-CN', key, params);

const call: CallLog = {
  id: 7, direction: 'in', at: Date.UTC(2026, 0, 5, 2, 0), phone: '13800138000', customerId: 1, contact: '张三',
  topic: 'repair', content: '净水器漏水', result: '已预约上门', createdAt: 1, handlerName: '王丽',
};

/** A kind this screen does not know: what a later issue adds to customerTimeline (a cast, as the union does not have it yet). */
const future = (entry: Record<string, unknown>) => entry as unknown as TimelineEntry;

describe('customer timeline entries', () => {
  it('shows a call by direction and topic, with its content, result and handler', () => {
    expect(timelineItem(t, { kind: 'call', at: call.at, id: 7, call })).toEqual({
      key: 'call-7', at: call.at, kindLabel: '电话记录', title: '来电 · 报修',
      lines: ['净水器漏水', '处理结果:已预约上门'], handler: '王丽', voided: false,
    });
  });

  it('marks a voided call', () => {
    const voided = { ...call, voided: { at: 2, byId: 1, byName: '周主管', reason: '重复', approval: { supervisorId: 1, supervisorName: '周主管', at: 2, note: '' } } };
    expect(timelineItem(t, { kind: 'call', at: call.at, id: 7, call: voided }).voided).toBe(true);
  });

  it('shows a customer return by its slip number, quantity and reason', () => {
    const ret = { customerId: 1, lines: [{ productId: 1, qty: 2 }, { productId: 2, qty: 1 }], reason: '质量问题', docNo: 'RK20260105-001', at: 5, day: '2026-01-05', handlerId: 2, handlerName: '李强' };
    const item = timelineItem(t, { kind: 'return', at: 5, id: 3, ret });
    expect(item).toMatchObject({ kindLabel: '客户退货', title: 'RK20260105-001', lines: ['2 个品种,共 3 件', '质量问题'], handler: '李强' });
  });

  it('shows a kind added later by its own label and summary, without a UI change', () => {
    const item = timelineItem(t, future({ kind: 'serviceRecord', at: 9, id: 4, label: '服务记录', summary: 'FW-001 上门维修', record: { status: '已完成', handlerName: '陈刚' } }));
    expect(item).toEqual({ key: 'serviceRecord-4', at: 9, kindLabel: '服务记录', title: 'FW-001 上门维修', lines: ['已完成'], handler: '陈刚', voided: false });
  });

  it('falls back to the record\'s number and text, and to the raw kind, when a new kind brings no label', () => {
    const item = timelineItem(t, future({ kind: 'parcel', at: 9, id: 5, parcel: { docNo: 'FH-9', note: '顺丰 SF123', voided: { at: 1 } } }));
    expect(item).toMatchObject({ kindLabel: 'parcel', title: 'FH-9', lines: ['顺丰 SF123'], voided: true });
  });

  it('shows slips and shipments by their number, status in words, carrier and tracking number', () => {
    const slip = timelineItem(t, future({ kind: 'slip', at: 9, id: 6, slip: { no: 'GX20260105-001', status: 'posted', handlerName: '王丽' } }));
    expect(slip).toMatchObject({ kindLabel: '购销单', title: 'GX20260105-001', lines: ['已发货'], handler: '王丽' });
    const shipment = timelineItem(t, future({ kind: 'shipment', at: 9, id: 7, shipment: { slipNo: 'GX20260105-001', status: 'shipped', carrier: '顺丰', trackingNo: 'SF123' } }));
    expect(shipment).toMatchObject({ kindLabel: '发货', title: 'GX20260105-001', lines: ['已发货', '顺丰', 'SF123'] });
  });

  it('translates a label given as a dictionary key', () => {
    expect(timelineItem(t, future({ kind: 'x', at: 1, id: 1, label: 'nav.slips', x: {} })).kindLabel).toBe('购销单');
  });
});
