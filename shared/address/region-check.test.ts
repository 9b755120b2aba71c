import { describe, expect, it } from 'vitest';
import { regionProblem } from './region-check';

const at = (province: string, city = '', district = '') => regionProblem({ province, city, district });

describe('region cells of an imported address', () => {
  it('accepts real provinces, cities and districts, in full or short form, and blanks', () => {
    expect(at('广东省', '深圳市', '南山区')).toBeNull();
    expect(at('广东', '深圳', '南山区')).toBeNull();
    expect(at('北京市', '北京市', '海淀区')).toBeNull();
    expect(at('上海', '市辖区', '浦东新区')).toBeNull();
    expect(at('内蒙古自治区', '鄂尔多斯市', '达拉特旗')).toBeNull();
    expect(at('江苏省', '苏州市', '昆山市')).toBeNull();
    expect(at('香港特别行政区')).toBeNull();
    expect(at('', '', '')).toBeNull();
  });

  it('refuses 火星省, 44 and the traditional 廣東省 as provinces', () => {
    for (const p of ['火星省', '44', '廣東省', 'Guangdong']) expect(at(p, '深圳市'), p).toEqual({ field: 'province', reason: 'import.error.unknownProvince' });
  });

  it('refuses a city of another province, a made-up district, and a city without its province', () => {
    expect(at('广东省', '杭州市')).toEqual({ field: 'city', reason: 'import.error.unknownCity' });
    expect(at('北京市', '北京市', '火星区')).toEqual({ field: 'district', reason: 'import.error.badDistrict' });
    expect(at('广东省', '深圳市', '44')).toEqual({ field: 'district', reason: 'import.error.badDistrict' });
    expect(at('', '深圳市')).toEqual({ field: 'province', reason: 'import.error.provinceRequired' });
  });
});
