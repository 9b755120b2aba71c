import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { callbackInput, chaseInput, dayOfShipment, emptyCallback, emptyChase } from './follow-forms';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const recipient = { name: '王五', phone: '13700137000' };
const at = new Date(2026, 10, 30, 10, 0).getTime();

describe('SHP-4 chase', () => {
  it('logs the courier call, and the customer call once the customer was told', () => {
    const input = chaseInput({ ...emptyChase, courierContact: '顺丰张师傅', courierPhone: '13912345678', trackingStatus: '深圳转运中心滞留', cause: '暴雨停运', customerTold: true, askedPriority: true }, recipient, t, at);
    expect(input.calls).toHaveLength(2);
    expect(input.calls[0]).toMatchObject({ direction: 'out', topic: 'logistics', phone: '13912345678', contact: '顺丰张师傅', result: '深圳转运中心滞留' });
    expect(input.calls[0]?.content).toContain('暴雨停运');
    expect(input.calls[0]?.content).toContain('优先派送');
    expect(input.calls[1]).toMatchObject({ phone: '13700137000', contact: '王五' });
    expect(input.calls[1]?.content).toContain('暴雨停运');
  });

  it('a hotline that is not a phone number is named in the contact, not refused', () => {
    const input = chaseInput({ ...emptyChase, courierContact: '顺丰客服', courierPhone: '95338', trackingStatus: 'x', cause: 'y' }, recipient, t, at);
    expect(input.calls).toHaveLength(1);
    expect(input.calls[0]).toMatchObject({ phone: '', contact: '顺丰客服 95338' });
  });

  it('counts the dispatch day as day 1: due on day 3', () => {
    expect(dayOfShipment(new Date(2026, 10, 28, 23, 0).getTime(), at)).toBe(3);
    expect(dayOfShipment(at, at)).toBe(1);
  });
});

describe('SHP-5 callback', () => {
  it('is a follow-up call to the recipient recording damage and whether the box matched', () => {
    const input = callbackInput({ ...emptyCallback, damaged: true, note: '外箱压坏,滤芯破损' }, recipient, t, at);
    expect(input).toMatchObject({ reached: true, damaged: true, matchesList: true, note: '外箱压坏,滤芯破损' });
    expect(input.call).toMatchObject({ direction: 'out', topic: 'followup', phone: '13700137000', contact: '王五', result: '外箱压坏,滤芯破损' });
    expect(input.call.content).toContain('是否损坏 是');
  });

  it('not reached: recorded as such', () => {
    expect(callbackInput({ ...emptyCallback, reached: false }, recipient, t, at).call.content).toBe('未联系上客户,仍在待回访');
  });
});
