import { describe, expect, it } from 'vitest';
import { normalizeCardInput, serviceCardNo, validateCard, type ServiceCardInput } from './card';

const card: ServiceCardInput = {
  cardNo: 'FK20261127-001', customerId: 7, productId: 11, serialNo: 'SN-001', serviceDate: '2026-11-27',
  content: '更换加热管', technicianId: 3, nextServiceDate: '2027-05-27',
};

describe('service card', () => {
  it('accepts a complete card', () => {
    expect(validateCard(card)).toEqual([]);
  });

  it('refuses a card without a product at the field', () => {
    expect(validateCard({ ...card, productId: 0 })).toEqual([{ path: 'productId', message: 'service.card.error.productRequired' }]);
    expect(validateCard(JSON.parse(JSON.stringify({ ...card, productId: undefined }))).map((i) => i.path)).toEqual(['productId']);
  });

  it('needs number, customer, a real date, content and technician', () => {
    const issues = validateCard({ ...card, cardNo: ' ', customerId: -1, serviceDate: '2026-13-01', content: '', technicianId: 0 });
    expect(issues.map((i) => i.path)).toEqual(['cardNo', 'customerId', 'serviceDate', 'content', 'technicianId']);
  });

  it('the next service date comes after this one', () => {
    expect(validateCard({ ...card, nextServiceDate: '2026-11-27' }).map((i) => i.message)).toEqual(['service.card.error.nextDateBad']);
    expect(validateCard({ ...card, nextServiceDate: '' })).toEqual([]);
  });

  it('numbers FK + date + sequence and stores trimmed text without a blank next date', () => {
    expect(serviceCardNo('2026-11-27', 2)).toBe('FK20261127-003');
    expect(normalizeCardInput({ ...card, cardNo: ' A-17 ', nextServiceDate: ' ' })).not.toHaveProperty('nextServiceDate');
    expect(normalizeCardInput({ ...card, cardNo: ' A-17 ' }).cardNo).toBe('A-17');
  });
});
