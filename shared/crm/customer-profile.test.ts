import { describe, expect, it } from 'vitest';
import type { ProfileInput } from './customer-profile';
import {
  defaultAddress, defaultCustomerProfile, formatAddress, normalizeProfileInput, profileSearchKeys, validateCustomerProfile,
} from './customer-profile';

const home = { province: '北京市', city: '北京市', district: '海淀区', detail: '中关村大街1号', isDefault: true };
const shop = { province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 8 号', isDefault: false };
const profile = (overrides: Partial<ProfileInput> = {}): ProfileInput => ({
  type: 'ordinary', phones: ['13800138000', '01065529988'], primaryPhone: '13800138000', addresses: [home, shop], isKey: false, ...overrides,
});
const messages = (p: ProfileInput) => validateCustomerProfile(p).map((i) => `${i.path}:${i.message}`);

describe('validateCustomerProfile', () => {
  it('accepts an ordinary customer with a primary phone and one default address', () => {
    expect(validateCustomerProfile(profile({ grade: 'A', isKey: true, source: '老客户介绍' }))).toEqual([]);
    expect(validateCustomerProfile(profile({ phones: [], primaryPhone: undefined, addresses: [] }))).toEqual([]);
  });

  it('requires a member number for a member and a store number for a store', () => {
    expect(messages(profile({ type: 'member' }))).toEqual(['memberNo:crm.error.memberNoRequired']);
    expect(messages(profile({ type: 'store', storeNo: '  ' }))).toEqual(['storeNo:crm.error.storeNoRequired']);
    expect(messages(profile({ type: 'member', memberNo: 'M 001' }))).toEqual(['memberNo:crm.error.badNumber']);
    expect(messages(profile({ type: 'member', memberNo: 'M-001' }))).toEqual([]);
  });

  it('needs the primary phone to be one of the phones; refuses bad and repeated phones', () => {
    expect(messages(profile({ primaryPhone: '13900139000' }))).toEqual(['primaryPhone:crm.error.primaryPhoneRequired']);
    expect(messages(profile({ primaryPhone: undefined }))).toEqual(['primaryPhone:crm.error.primaryPhoneRequired']);
    expect(messages(profile({ phones: ['13800138000', '138-0013-8000', '12'] }))).toEqual([
      'phones.1:crm.error.duplicatePhone', 'phones.2:crm.error.badPhone',
    ]);
  });

  it('needs exactly one default address and a detail on each', () => {
    expect(messages(profile({ addresses: [{ ...home, isDefault: false }, shop] }))).toEqual(['addresses:crm.error.oneDefaultAddress']);
    expect(messages(profile({ addresses: [home, { ...shop, isDefault: true }] }))).toEqual(['addresses:crm.error.oneDefaultAddress']);
    expect(messages(profile({ addresses: [{ ...home, detail: ' ' }] }))).toEqual(['addresses.0.detail:crm.error.addressDetailRequired']);
  });

  it('refuses a grade outside A–D, an unknown type and an over-long source', () => {
    const bad = profile({ grade: JSON.parse('"E"'), type: JSON.parse('"vip"'), source: '来'.repeat(51) });
    expect(messages(bad)).toEqual(['type:crm.error.typeRequired', 'grade:crm.error.badGrade', 'source:crm.error.sourceTooLong']);
  });
});

describe('normalizeProfileInput', () => {
  it('puts the primary phone first, defaults the primary and the default address', () => {
    const n = normalizeProfileInput(profile({ phones: ['010-6552 9988', '138 0013 8000'], primaryPhone: '13800138000', addresses: [{ ...home, isDefault: false }, shop] }));
    expect(n.phones).toEqual(['13800138000', '01065529988']);
    expect(n.primaryPhone).toBe('13800138000');
    expect(n.addresses.map((a) => a.isDefault)).toEqual([true, false]);
    expect(normalizeProfileInput(profile({ primaryPhone: undefined })).primaryPhone).toBe('13800138000');
  });

  it('upper-cases numbers and drops blanks', () => {
    const n = normalizeProfileInput(profile({ type: 'member', memberNo: ' m-01 ', storeNo: ' ', source: ' ' }));
    expect(n.memberNo).toBe('M-01');
    expect('storeNo' in n || 'source' in n).toBe(false);
  });
});

describe('merging into Customer', () => {
  it('gives a version-1 customer an ordinary profile with its phone primary and its address default', () => {
    expect(defaultCustomerProfile({ phones: ['13800138000'], address: ' 北京市海淀区中关村大街1号 ' })).toEqual({
      type: 'ordinary', isKey: false, primaryPhone: '13800138000',
      addresses: [{ province: '', city: '', district: '', detail: '北京市海淀区中关村大街1号', isDefault: true }],
    });
    expect(defaultCustomerProfile({ phones: [] })).toEqual({ type: 'ordinary', isKey: false, addresses: [] });
  });

  it('adds name pinyin and member/store numbers to the search keys', () => {
    expect(profileSearchKeys({ name: '曾小贤', memberNo: 'M-0088' })).toEqual(['zengxiaoxian', 'zxx', 'm-0088']);
  });

  it('formats an address on one line without repeating a municipality', () => {
    expect(formatAddress(home)).toBe('北京市海淀区中关村大街1号');
    expect(formatAddress(shop)).toBe('浙江省杭州市西湖区文三路 8 号');
    expect(defaultAddress({ addresses: [shop, home] })).toBe(home);
  });
});
