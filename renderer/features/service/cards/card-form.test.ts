import { describe, expect, it } from 'vitest';
import { serviceCardRecord } from '@shared/templates/builtin/service-data';
import { blankCardForm, cardFormIssues, cardPrintData, formToCardWrite } from './card-form';

describe('service card form', () => {
  it('a card without a product is refused at the product field; a blank number is left to the app', () => {
    const v = { ...blankCardForm('2026-11-27'), customerId: 3, technicianId: 2, content: '更换滤芯' };
    const write = formToCardWrite(v);
    expect(write).not.toHaveProperty('cardNo');
    expect(cardFormIssues(write).map((i) => i.path)).toEqual(['productId']);
    expect(cardFormIssues(formToCardWrite({ ...v, productId: 5 }))).toEqual([]);
  });

  it('refuses a next service date that is not after the service date', () => {
    const v = { ...blankCardForm('2026-11-27'), customerId: 3, productId: 5, technicianId: 2, content: 'x', nextServiceDate: '2026-11-01' };
    expect(cardFormIssues(formToCardWrite(v)).map((i) => i.path)).toEqual(['nextServiceDate']);
  });

  it('prints the card with the customer, product and technician by name', () => {
    const card = { cardNo: 'FK20261127-001', customerId: 3, productId: 5, serialNo: 'SN-9', serviceDate: '2026-11-27', content: '清洗', technicianId: 2, createdAt: 0 };
    const record = serviceCardRecord(cardPrintData(card, { customer: { name: '张伟', phones: ['13800138000'], address: '北京' }, product: { name: '净水器主机' }, technician: '王丽' }));
    expect(record).toMatchObject({ cardNo: 'FK20261127-001', customer: '张伟', phone: '13800138000', product: '净水器主机', technician: '王丽', nextServiceDate: '' });
  });
});
