import { describe, expect, it } from 'vitest';
import { cityOptions, districtOptions, provinceOptions } from './address-options';

describe('address suggestions (offline region table)', () => {
  it('offers every province, then the cities of the chosen one, by full or short name', () => {
    expect(provinceOptions).toContain('广东省');
    expect(cityOptions('广东省')).toContain('深圳市');
    expect(cityOptions('广东')).toEqual(cityOptions('广东省'));
    expect(cityOptions('广东省')).not.toContain('杭州市');
  });

  it('treats a municipality as its own city and knows its districts', () => {
    expect(cityOptions('北京市')).toEqual(['北京市']);
    expect(districtOptions('上海市')).toContain('浦东新区');
  });

  it('suggests nothing for an unknown province or a province without a district table', () => {
    expect(cityOptions('火星')).toEqual([]);
    expect(cityOptions('')).toEqual([]);
    expect(districtOptions('浙江省')).toEqual([]);
  });
});
