import { describe, expect, it } from 'vitest';
import { emptyReturnForm, formToReturn } from './return-form';

describe('customer return form', () => {
  it('IN-4: a return is linked to a customer and has a reason', () => {
    const { issues } = formToReturn({ ...emptyReturnForm(), lines: [{ productId: 2, qty: '1' }] });
    expect(issues).toEqual([
      { path: 'customerId', message: 'stock.return.customerRequired' },
      { path: 'reason', message: 'stock.return.reasonRequired' },
    ]);
  });

  it('IN-4: reads the returned quantity for the inbound slip', () => {
    const { input, issues } = formToReturn({ customerId: 5, lines: [{ productId: 2, qty: '3' }], reason: ' 包装破损 ', condition: 'ok' });
    expect(issues).toEqual([]);
    expect(input).toEqual({ customerId: 5, lines: [{ productId: 2, qty: 3 }], reason: '包装破损' });
  });

  it('refuses a negative quantity at the field', () => {
    expect(formToReturn({ customerId: 5, lines: [{ productId: 2, qty: '-3' }], reason: 'x', condition: 'ok' }).issues).toEqual([{ path: 'lines.0.qty', message: 'stock.qty.negative' }]);
  });

  it('IN-4: goods returned with a quality problem go to faulty stock, every line of them', () => {
    const { input } = formToReturn({ customerId: 5, lines: [{ productId: 2, qty: '1' }, { productId: 3, qty: '2' }], reason: '滤芯破损', condition: 'defective' });
    expect(input.lines).toEqual([{ productId: 2, qty: 1, location: 'faulty' }, { productId: 3, qty: 2, location: 'faulty' }]);
  });
});
