import { describe, expect, it } from 'vitest';
import { fillFromPaste } from './address-fill';

const empty = { name: '', phone: '', province: '', city: '', district: '', detail: '' };

describe('pasting a delivery blob into the recipient', () => {
  it('fills name, phone, province, city, district and detail, nothing flagged when sure', () => {
    const r = fillFromPaste('张三 13800138000 北京市海淀区中关村大街1号', empty);
    expect(r.recipient).toEqual({ name: '张三', phone: '13800138000', province: '北京市', city: '北京市', district: '海淀区', detail: '中关村大街1号' });
    expect(r.nothingFound).toBe(false);
    expect(r.flagged).toEqual([]);
  });

  it('flags what it is unsure of and keeps the form’s value for a part the text lacks', () => {
    const r = fillFromPaste('广东省深圳市南山区科技园18号', { ...empty, name: '李四', phone: '13900139000' });
    expect(r.recipient.name).toBe('李四');
    expect(r.recipient.phone).toBe('13900139000');
    expect(r.recipient.city).toBe('深圳市');
    expect(r.flagged).toContain('name');
    expect(r.flagged).toContain('phone');
  });

  it('a name glued on after the address is taken but flagged for the clerk', () => {
    const r = fillFromPaste('13700137000 广东省深圳市南山区科技园南区高新南七道18号4栋B座1203室王小明', empty);
    expect(r.recipient).toMatchObject({ name: '王小明', phone: '13700137000', province: '广东省', city: '深圳市', district: '南山区' });
    expect(r.recipient.detail).toBe('科技园南区高新南七道18号4栋B座1203室');
    expect(r.flagged).toEqual(['name']);
  });

  it('says when nothing is recognised', () => {
    expect(fillFromPaste('   ', empty).nothingFound).toBe(true);
  });
});
