import { describe, expect, it } from 'vitest';
import { customer, fields, ids, line, products, shippingList } from '../slips/test-fixtures';
import {
  contactMismatch, doubtfulOrder, goodsCategory, listMatchesSlip, recipientAddress, recipientFromCustomer, shippingListLines, validateShippingList,
} from './shipping-list';

const recipient = recipientFromCustomer(customer);

describe('shipping detail list (发货明细表)', () => {
  it('OUT-2: names goods category, quantity, recipient name, phone and address', () => {
    expect(validateShippingList(shippingList())).toEqual([]);
    const blank = { slipId: 0, lines: [{ category: ' ', qty: 0 }], recipient: { name: '', phone: '123', province: '', city: '', district: '', detail: '' } };
    expect(validateShippingList(blank).map((i) => i.path)).toEqual([
      'slipId', 'lines.0.category', 'lines.0.qty', 'recipient.name', 'recipient.phone', 'recipient.province', 'recipient.city', 'recipient.detail',
    ]);
    expect(validateShippingList({ ...shippingList(), lines: [] })).toEqual([{ path: 'lines', message: 'shipping.error.noLines' }]);
  });

  it('OUT-2: a recipient phone with letters is refused at its field, not shortened to its digits', () => {
    const r = { ...shippingList().recipient, phone: '138abc00138000' };
    expect(validateShippingList(shippingList({ recipient: r }))).toEqual([{ path: 'recipient.phone', message: 'phone.error.chars' }]);
  });

  it('accepts a landline and an address without a district', () => {
    const r = { ...shippingList().recipient, phone: '0755-88886666', district: '' };
    expect(validateShippingList(shippingList({ recipient: r }))).toEqual([]);
  });

  it('fills its lines from the slip, per goods category', () => {
    const f = fields({ lines: [line(ids.plain, 2), line(ids.partA, 1), line(ids.set, 3), line(ids.plain, 1)] });
    expect(shippingListLines(f, products)).toEqual([{ category: '耗材', qty: 3 }, { category: '设备', qty: 4 }]);
    expect(goodsCategory({ category: '', name: '无类别产品' })).toBe('无类别产品');
    expect(goodsCategory(undefined)).toBe('');
  });

  it('OUT-2: a list that differs from the slip is refused', () => {
    expect(listMatchesSlip(shippingList(), fields(), products)).toEqual([]);
    expect(listMatchesSlip(shippingList({ lines: [{ category: '耗材', qty: 1 }, { category: '设备', qty: 1 }] }), fields(), products)).toEqual([
      { path: 'lines.耗材', message: 'shipping.error.listDiffersFromSlip' },
      { path: 'lines.设备', message: 'shipping.error.listDiffersFromSlip' },
    ]);
  });

  it('starts the recipient from the customer record', () => {
    expect(recipient).toEqual({ name: '张三', phone: '13800138000', province: '北京市', city: '北京市', district: '海淀区', detail: '中关村大街1号' });
    expect(recipientAddress(recipient)).toBe('北京市海淀区中关村大街1号');
  });
});

describe('SHP-1 contact check and doubtful orders', () => {
  it('SHP-1: compares the recipient with the customer record (phone formats and spacing ignored)', () => {
    expect(contactMismatch(customer, { ...recipient, phone: '138-0013-8000', detail: '中关村大街 1号' })).toEqual([]);
    expect(contactMismatch(customer, { ...recipient, name: '李四', phone: '13900139000', detail: '学院路30号' })).toEqual(['name', 'phone', 'address']);
  });

  it('SHP-1: an ordinary order to the customer on file is not doubtful', () => {
    expect(doubtfulOrder(fields(), customer, recipient)).toEqual([]);
    expect(doubtfulOrder(fields(), customer, recipient, { previousSlips: 4 })).toEqual([]);
  });

  it('SHP-1: a different recipient, unknown phone or address is doubtful', () => {
    expect(doubtfulOrder(fields(), customer, { ...recipient, name: '李四' })).toEqual(['recipientDiffers']);
    expect(doubtfulOrder(fields(), customer, { ...recipient, phone: '13900139000' })).toEqual(['phoneNotOnFile']);
    expect(doubtfulOrder(fields(), customer, { ...recipient, detail: '学院路30号' })).toEqual(['addressNotOnFile']);
  });

  it('SHP-1: a large quantity or amount is doubtful (thresholds adjustable)', () => {
    expect(doubtfulOrder(fields({ lines: [line(ids.plain, 20)] }), customer, recipient)).toEqual(['largeQuantity']);
    expect(doubtfulOrder(fields({ lines: [line(ids.special, 4)] }), customer, recipient)).toEqual(['largeAmount']);
    expect(doubtfulOrder(fields({ lines: [line(ids.special, 4)] }), customer, recipient, { thresholds: { amount: 50_000 } })).toEqual([]);
  });

  it('SHP-1: a new customer is doubtful: by earlier slips when known, else by the record’s age', () => {
    expect(doubtfulOrder(fields(), customer, recipient, { previousSlips: 0 })).toEqual(['newCustomer']);
    const fresh = { ...customer, createdAt: new Date(2026, 10, 20).getTime() };
    expect(doubtfulOrder(fields(), fresh, recipient)).toEqual(['newCustomer']);
    expect(doubtfulOrder(fields(), fresh, recipient, { previousSlips: 2 })).toEqual([]);
  });
});
