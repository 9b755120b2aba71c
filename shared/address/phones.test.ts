import { describe, expect, it } from 'vitest';
import { cutSpans, findPhones } from './phones';

describe('findPhones', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['86-13800138000', '13800138000'],
    ['0086 138-0013-8000', '13800138000'],
  ])('reads the mobile %s', (text, phone) => {
    expect(findPhones(text)).toMatchObject([{ phone, kind: 'mobile' }]);
  });

  it.each([
    ['010-12345678', '01012345678', undefined],
    ['0755 8888 6666', '075588886666', undefined],
    ['(021)6234-5678', '02162345678', undefined],
    ['021-64381234转8021', '02164381234', '8021'],
    ['010-12345678-123', '01012345678', '123'],
  ])('reads the landline %s', (text, phone, extension) => {
    const [found] = findPhones(text);
    expect(found).toMatchObject({ phone, kind: 'landline' });
    expect(found?.extension).toBe(extension);
  });

  it('does not take a mobile out of a longer number, nor house numbers', () => {
    expect(findPhones('订单号 213800138000123')).toEqual([]);
    expect(findPhones('中关村大街1号 3单元502室')).toEqual([]);
  });

  it('finds several, in text order, with their spans', () => {
    const text = '0512-65551234 张三 13812340018';
    const found = findPhones(text);
    expect(found.map((f) => f.phone)).toEqual(['051265551234', '13812340018']);
    expect(cutSpans(text, found)).toBe('\n 张三 \n');
  });
});
