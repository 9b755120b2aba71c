import { describe, expect, it } from 'vitest';
import {
  blankLine, chooseProduct, emptySlipForm, formTotals, issuesAtRows, isFormField, parsePrice, readSlipForm, rowAmount, slipToForm, withTrailingBlank,
  type SlipFormValues,
} from './slip-form';

const filled = (lines: SlipFormValues['lines']): SlipFormValues => ({ ...emptySlipForm(), customerId: 7, lines });

describe('purchase slip form', () => {
  it('fills the list price when a product is chosen, keeps one blank row at the end', () => {
    const v = chooseProduct(emptySlipForm(), 0, { id: 3, price: 38 });
    expect(v.lines).toEqual([{ productId: 3, qty: '1', unitPrice: '38' }, blankLine()]);
    // A price typed for the same product is kept when the product is chosen again.
    const typed = { ...v, lines: [{ productId: 3, qty: '2', unitPrice: '35.5' }, blankLine()] };
    expect(chooseProduct(typed, 0, { id: 3, price: 38 }).lines[0]).toEqual({ productId: 3, qty: '2', unitPrice: '35.5' });
    expect(chooseProduct(typed, 0, { id: 4, price: 12.8 }).lines[0]).toEqual({ productId: 4, qty: '2', unitPrice: '12.80' });
    expect(withTrailingBlank([blankLine(), blankLine()])).toEqual([blankLine()]);
  });

  it('computes each amount and the total to the fen, with 大写金额', () => {
    const v = filled([{ productId: 1, qty: '3', unitPrice: '0.1' }, { productId: 2, qty: '1', unitPrice: '0.2' }, blankLine()]);
    expect(rowAmount(v.lines[0]!)).toBe(0.3);
    expect(formTotals(v)).toEqual({ qty: 4, total: 0.5, capital: '伍角整' });
    expect(formTotals(filled([{ productId: 1, qty: '2', unitPrice: '1490' }])).capital).toBe('贰仟玖佰捌拾元整');
  });

  it('reads prices typed in full width or with ¥, refuses words', () => {
    expect(parsePrice('１２．５')).toBe(12.5);
    expect(parsePrice('¥38')).toBe(38);
    expect(parsePrice('abc')).toBeNaN();
    expect(parsePrice('-1')).toBeNaN();
  });

  it('reads the form into slip fields, leaving blank rows out and mapping lines back to rows', () => {
    const v = filled([blankLine(), { productId: 5, qty: '2', unitPrice: '58' }, blankLine()]);
    const r = readSlipForm(v, '2026-11-27');
    expect(r.issues).toEqual([]);
    expect(r.fields).toMatchObject({ day: '2026-11-27', customerId: 7, lines: [{ productId: 5, qty: 2, unitPrice: 58, amount: 116 }], total: 116 });
    expect(r.rowOfLine).toEqual([1]);
    expect(issuesAtRows([{ path: 'lines.0.productId', message: 'stock.out.testChamberPickupOnly' }, { path: 'attachments', message: 'x' }], r.rowOfLine)).toEqual([
      { path: 'lines.1.productId', message: 'stock.out.testChamberPickupOnly' },
      { path: 'attachments', message: 'x' },
    ]);
  });

  it('reports a row without product, a bad quantity or price at its field', () => {
    const r = readSlipForm(filled([{ productId: null, qty: '1', unitPrice: '5' }, { productId: 2, qty: '1.5', unitPrice: 'x' }]), '2026-11-27');
    expect(r.issues).toEqual([
      { path: 'lines.0.productId', message: 'stockui.line.productRequired' },
      { path: 'lines.1.qty', message: 'stock.qty.notInteger' },
      { path: 'lines.1.unitPrice', message: 'slip.error.priceRequired' },
    ]);
    expect(r.fields.lines).toEqual([]);
  });

  it('a saved slip comes back into the form as typed text with a blank row', () => {
    const v = slipToForm({ customerId: 2, orderType: 'member', delivery: 'ship', lines: [{ productId: 1, qty: 2, unitPrice: 12.5, amount: 25 }], remarks: 'r', attachments: [] });
    expect(v.lines).toEqual([{ productId: 1, qty: '2', unitPrice: '12.50' }, blankLine()]);
    expect(v.customerId).toBe(2);
  });

  it('knows which issues it shows beside a field', () => {
    expect(isFormField('lines.3.qty')).toBe(true);
    expect(isFormField('attachments')).toBe(true);
    expect(isFormField('approvals.signOff')).toBe(false);
  });
});
