import { describe, expect, it } from 'vitest';
import type { Customer } from '@shared/domain/customer';
import {
  customerToForm,
  emptyAddressRow,
  emptyCustomerForm,
  formToInput,
  issuesToFormRows,
  lookupPhones,
  removeRow,
  validateForm,
  type CustomerFormValues,
} from './customer-form';

const form = (patch: Partial<CustomerFormValues>): CustomerFormValues => ({ ...emptyCustomerForm(), name: '张三', ...patch });
const addr = (detail: string, province = '') => ({ ...emptyAddressRow(), province, detail });
const errorsOf = (v: CustomerFormValues) => {
  const fi = formToInput(v);
  return issuesToFormRows(validateForm(fi), fi.phoneRows, fi.addressRows);
};

describe('customer form', () => {
  it('starts as an ordinary customer with one phone row (prefilled from the call log) and one address row', () => {
    const empty = emptyCustomerForm('13800138000');
    expect(empty.phones).toEqual(['13800138000']);
    expect(empty.type).toBe('ordinary');
    expect(empty.addresses).toEqual([emptyAddressRow()]);
  });

  it('trims, drops blank phone and address rows, and leaves empty optional texts out', () => {
    const { input, phoneRows, addressRows } = formToInput(
      form({ name: ' 张三 ', phones: ['', ' 13800138000 ', ''], primaryRow: 1, addresses: [addr(''), addr(' 建国路 1 号 ', '北京市')], defaultRow: 1, notes: ' ' }),
    );
    expect(input).toEqual({
      name: '张三', phones: ['13800138000'], primaryPhone: '13800138000', type: 'ordinary', isKey: false, notes: undefined,
      addresses: [{ province: '北京市', city: '', district: '', detail: '建国路 1 号', isDefault: true }],
    });
    expect(phoneRows).toEqual([1]);
    expect(addressRows).toEqual([1]);
  });

  it('takes the primary phone and the default address from the rows the clerk marked', () => {
    const { input } = formToInput(form({ phones: ['13800138000', '13912345678'], primaryRow: 1, addresses: [addr('甲'), addr('乙')], defaultRow: 1 }));
    expect(input.primaryPhone).toBe('13912345678');
    expect(input.addresses?.map((a) => a.isDefault)).toEqual([false, true]);
  });

  it('makes the first filled address the default when the marked row was left blank', () => {
    const { input } = formToInput(form({ addresses: [addr('甲'), addr('')], defaultRow: 1 }));
    expect(input.addresses).toEqual([{ province: '', city: '', district: '', detail: '甲', isDefault: true }]);
  });

  it('keeps only the number the type uses: a member its 会员编号, a store its 店铺编号', () => {
    expect(formToInput(form({ type: 'member', memberNo: ' hy-9 ', storeNo: 'DP-1' })).input).toMatchObject({ memberNo: 'hy-9' });
    expect(formToInput(form({ type: 'member', memberNo: 'HY-9', storeNo: 'DP-1' })).input.storeNo).toBeUndefined();
    expect(formToInput(form({ type: 'ordinary', memberNo: 'HY-9' })).input.memberNo).toBeUndefined();
  });

  it('refuses a member without a member number and a store without a store number, at that field', () => {
    expect(errorsOf(form({ type: 'member' }))).toEqual([{ path: 'memberNo', message: 'crm.error.memberNoRequired' }]);
    expect(errorsOf(form({ type: 'store' }))).toEqual([{ path: 'storeNo', message: 'crm.error.storeNoRequired' }]);
    expect(errorsOf(form({ type: 'store', storeNo: 'DP 1' }))).toEqual([{ path: 'storeNo', message: 'crm.error.badNumber' }]);
  });

  it('shows a bad phone next to the row it was typed in, not its index after blanks are dropped', () => {
    expect(errorsOf(form({ phones: ['', '13800138000', '12'] }))).toEqual([{ path: 'phones.2', message: 'customer.error.badPhone' }]);
  });

  it('points at the second row of a phone typed twice, however it is formatted', () => {
    expect(errorsOf(form({ phones: ['13800138000', '138-0013-8000'] }))).toEqual([{ path: 'phones.1', message: 'crm.error.duplicatePhone' }]);
  });

  it('asks for the street address of an address row that has only its province, at that row', () => {
    expect(errorsOf(form({ addresses: [addr('甲'), addr('', '广东省')] }))).toEqual([
      { path: 'addresses.1.detail', message: 'crm.error.addressDetailRequired' },
    ]);
  });

  it('refuses an empty name and a source over 50 characters', () => {
    expect(errorsOf(form({ name: ' ', source: 'x'.repeat(51) })).map((i) => i.path)).toEqual(['name', 'source']);
  });

  it('round-trips a stored customer', () => {
    const stored: Customer = {
      id: 1, name: '王五', phones: ['13912345678', '13800138000'], primaryPhone: '13912345678', searchKeys: [], createdAt: 1, updatedAt: 1,
      type: 'store', storeNo: 'DP-1', grade: 'B', isKey: true, source: '展会', notes: '老客户',
      addresses: [
        { province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 1 号', isDefault: false },
        { province: '上海市', city: '上海市', district: '徐汇区', detail: '漕溪北路 2 号', isDefault: true },
      ],
    };
    const values = customerToForm(stored);
    expect(values).toMatchObject({ primaryRow: 0, defaultRow: 1, grade: 'B', type: 'store', storeNo: 'DP-1' });
    const { input } = formToInput(values);
    expect(input).toMatchObject({
      name: '王五', phones: stored.phones, primaryPhone: '13912345678', addresses: stored.addresses,
      type: 'store', storeNo: 'DP-1', grade: 'B', isKey: true, source: '展会', notes: '老客户',
    });
  });

  it('gives a customer with no phone or address one empty row of each to type into', () => {
    const values = customerToForm({ id: 2, name: '赵六', phones: [], searchKeys: [], createdAt: 1, updatedAt: 1, type: 'ordinary', addresses: [], isKey: false });
    expect(values.phones).toEqual(['']);
    expect(values.addresses).toEqual([emptyAddressRow()]);
  });

  it('looks up only the phones actually typed', () => {
    expect(lookupPhones(form({ phones: ['', ' 13800138000 '] }))).toEqual(['13800138000']);
  });

  it('keeps the chosen row on the same entry when another row is removed', () => {
    expect(removeRow(['a', 'b', 'c'], 2, 0)).toEqual({ rows: ['b', 'c'], chosen: 1 });
    expect(removeRow(['a', 'b', 'c'], 0, 2)).toEqual({ rows: ['a', 'b'], chosen: 0 });
    // Removing the chosen row hands the choice to the first one.
    expect(removeRow(['a', 'b', 'c'], 1, 1)).toEqual({ rows: ['a', 'c'], chosen: 0 });
    expect(removeRow(['a'], 0, 0)).toEqual({ rows: [], chosen: 0 });
  });
});
