import { describe, expect, it } from 'vitest';
import { validateCustomer } from '@shared/domain/customer';
import { customerToForm, emptyCustomerForm, formToInput, issuesToFormRows } from './customer-form';

describe('customer form', () => {
  it('starts empty with one phone row, prefilled when the call log opens it with a phone', () => {
    expect(emptyCustomerForm().phones).toEqual(['']);
    expect(emptyCustomerForm('13800138000').phones).toEqual(['13800138000']);
  });

  it('trims, drops blank phone rows and leaves empty address/notes out', () => {
    const { input, phoneRows } = formToInput({ name: ' 张三 ', phones: ['', ' 13800138000 ', ''], address: ' ', notes: '' });
    expect(input).toEqual({ name: '张三', phones: ['13800138000'], address: undefined, notes: undefined });
    expect(phoneRows).toEqual([1]);
  });

  it('shows a bad phone next to the row it was typed in, not its index after blanks are dropped', () => {
    const { input, phoneRows } = formToInput({ name: '李四', phones: ['', '13800138000', '12'], address: '', notes: '' });
    const issues = issuesToFormRows(validateCustomer(input), phoneRows);
    expect(issues).toEqual([{ path: 'phones.2', message: 'customer.error.badPhone' }]);
  });

  it('round-trips a stored customer', () => {
    const form = customerToForm({
      id: 1, name: '王五', phones: [], address: '北京', searchKeys: [], createdAt: 1, updatedAt: 1,
      type: 'ordinary', addresses: [], isKey: false,
    });
    expect(form).toEqual({ name: '王五', phones: [''], address: '北京', notes: '' });
  });
});
