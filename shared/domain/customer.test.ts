import { describe, expect, it } from 'vitest';
import {
  customerSearchKeys,
  customerSearchPrefix,
  isPlausiblePhone,
  phoneIssue,
  phoneProblem,
  normalizeCustomerInput,
  normalizePhone,
  validateCustomer,
} from './customer';

describe('normalizePhone', () => {
  it('keeps digits only, so formatting differences give the same phone', () => {
    expect(normalizePhone('138-0013-8000')).toBe('13800138000');
    expect(normalizePhone(' 138 0013 8000 ')).toBe('13800138000');
    expect(normalizePhone('(010) 6552-9988')).toBe('01065529988');
  });

  it('drops a +86 / 0086 country code and restores a landline trunk 0', () => {
    expect(normalizePhone('+86 138 0013 8000')).toBe('13800138000');
    expect(normalizePhone('0086-13800138000')).toBe('13800138000');
    expect(normalizePhone('+86 10 6552 9988')).toBe('01065529988');
  });
});

describe('isPlausiblePhone', () => {
  it('accepts mobiles, landlines with area code and local landlines', () => {
    for (const p of ['13800138000', '010-65529988', '0571-87654321', '65529988', '+86 13800138000']) {
      expect(isPlausiblePhone(p), p).toBe(true);
    }
  });

  it('refuses short, long and non-numeric input', () => {
    for (const p of ['12345', '1380013800', '138001380001', 'abc', '']) {
      expect(isPlausiblePhone(p), p).toBe(false);
    }
  });

  it('refuses a phone with letters in it instead of keeping its digits ("139abc45678" is not the landline 13945678)', () => {
    for (const p of ['139abc45678', '1380013800O', 'tel 13800138000', '138００138000']) expect(isPlausiblePhone(p), p).toBe(false);
    // The message every phone field gives for a character that does not belong in a phone.
    expect(validateCustomer({ name: '张伟', phones: ['139abc45678'] })).toEqual([{ path: 'phones.0', message: 'phone.error.chars' }]);
  });
});

describe('the one phone rule', () => {
  it('refuses a letter or other sign in a phone instead of dropping it (138abc00138000 is not 13800138000)', () => {
    for (const p of ['138abc00138000', '1380013800O', '138.0013.8000', '138-0013-8000 转 12', '＋8613800138000']) {
      expect(phoneProblem(p), p).toBe('chars');
      expect(isPlausiblePhone(p), p).toBe(false);
    }
  });

  it('takes digits with spaces, dashes, brackets and a leading +, and tells a wrong length apart', () => {
    for (const p of ['138 0013 8000', '+86 138-0013-8000', '(010) 6552-9988', '0571-87654321']) expect(phoneProblem(p), p).toBeNull();
    expect(phoneProblem('1380013800')).toBe('shape');
    expect(phoneProblem('138+00138000')).toBe('chars');
  });

  it('gives the shared message for a wrong character and the form\'s own for a wrong length', () => {
    expect(phoneIssue('138abc00138000', 'phone', 'x.badPhone')).toEqual({ path: 'phone', message: 'phone.error.chars' });
    expect(phoneIssue('12345', 'phone', 'x.badPhone')).toEqual({ path: 'phone', message: 'x.badPhone' });
    expect(phoneIssue('13800138000', 'phone', 'x.badPhone')).toBeNull();
  });
});

describe('validateCustomer', () => {
  it('needs a name', () => {
    expect(validateCustomer({ name: '  ', phones: [] })).toEqual([{ path: 'name', message: 'customer.error.nameRequired' }]);
  });

  it('refuses a customer phone with letters at its field', () => {
    expect(validateCustomer({ name: '张伟', phones: ['13900139000', '138abc00138000'], address: '', notes: '' })).toEqual([{ path: 'phones.1', message: 'phone.error.chars' }]);
  });

  it('points at the bad phone by index', () => {
    const issues = validateCustomer({ name: '张伟', phones: ['13800138000', '12'] });
    expect(issues).toEqual([{ path: 'phones.1', message: 'customer.error.badPhone' }]);
  });

  it('refuses an over-long name', () => {
    expect(validateCustomer({ name: '王'.repeat(101), phones: [] })[0]?.message).toBe('customer.error.nameTooLong');
  });

  it('accepts a customer without phone', () => {
    expect(validateCustomer({ name: '鑫源商贸店', phones: [] })).toEqual([]);
  });
});

describe('normalizeCustomerInput', () => {
  it('trims, normalizes and de-duplicates phones, drops blank optionals', () => {
    const out = normalizeCustomerInput({ name: ' 张伟 ', phones: ['138-0013-8000', '13800138000'], address: ' ', notes: ' 老会员 ' });
    expect(out).toEqual({ name: '张伟', phones: ['13800138000'], primaryPhone: '13800138000', type: 'ordinary', addresses: [], isKey: false, notes: '老会员' });
  });
});

describe('customer search', () => {
  it('keys are the lower-cased name and the normalized phones', () => {
    expect(customerSearchKeys({ name: 'ACME 公司', phones: ['138-0013-8000'] })).toEqual(['acme 公司', '13800138000', 'acmegongsi', 'acmegs']);
  });

  it('a phone-like query is matched by its digits, a name lower-cased', () => {
    expect(customerSearchPrefix(' 138-0013 ')).toBe('1380013');
    expect(customerSearchPrefix('ACme')).toBe('acme');
    expect(customerSearchPrefix('   ')).toBe('');
  });
});

describe('issue 4: profile fields and pinyin keys', () => {
  it('adds full pinyin, initials and member/store numbers to the search keys (张三 → zhangsan, zs)', () => {
    expect(customerSearchKeys({ name: '张三', phones: [], memberNo: 'M-01' })).toEqual(['张三', 'zhangsan', 'zs', 'm-01']);
    expect(customerSearchKeys({ name: '单田芳', phones: [] })).toContain('shantianfang');
  });

  it('a legacy input is an ordinary customer whose one-line address becomes the default address', () => {
    expect(normalizeCustomerInput({ name: '王芳', phones: ['13688886666'], address: '广州市天河区' })).toEqual({
      name: '王芳', phones: ['13688886666'], primaryPhone: '13688886666', type: 'ordinary', isKey: false,
      addresses: [{ province: '', city: '', district: '', detail: '广州市天河区', isDefault: true }], address: '广州市天河区',
    });
  });

  it('puts the primary phone first and derives the one-line address from the default one', () => {
    const out = normalizeCustomerInput({
      name: '李娜', phones: ['010-65529988', '13912345678'], primaryPhone: '139 1234 5678',
      addresses: [{ province: '北京市', city: '北京市', district: '东城区', detail: '东单 1 号', isDefault: true }],
    });
    expect(out).toMatchObject({ phones: ['13912345678', '01065529988'], primaryPhone: '13912345678', address: '北京市东城区东单 1 号' });
  });

  it('validates the profile with the form: member number, one default address, one message per phone', () => {
    expect(validateCustomer({ name: '会员', phones: [], type: 'member' })).toEqual([{ path: 'memberNo', message: 'crm.error.memberNoRequired' }]);
    const two = { province: '', city: '', district: '', detail: 'x', isDefault: true };
    expect(validateCustomer({ name: '甲', phones: [], addresses: [two, two] })).toEqual([{ path: 'addresses', message: 'crm.error.oneDefaultAddress' }]);
    expect(validateCustomer({ name: '甲', phones: ['12'], primaryPhone: '12' })).toEqual([{ path: 'phones.0', message: 'customer.error.badPhone' }]);
  });
});
