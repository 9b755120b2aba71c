import { describe, expect, it } from 'vitest';
import { citiesWithoutDistricts, provinceByName, provinces } from './regions';

describe('region table', () => {
  it('has the 34 provincial divisions with their kinds', () => {
    expect(provinces).toHaveLength(34);
    expect(provinces.filter((p) => p.kind === 'municipality').map((p) => p.name)).toEqual(['北京市', '天津市', '上海市', '重庆市']);
    expect(provinces.filter((p) => p.kind === 'autonomous')).toHaveLength(5);
    expect(provinces.filter((p) => p.kind === 'sar')).toHaveLength(2);
  });

  it('has every prefecture-level division (about 330) and no duplicates within a province', () => {
    const cities = provinces.flatMap((p) => p.cities);
    expect(cities.length).toBeGreaterThanOrEqual(333);
    for (const p of provinces) expect(new Set(p.cities.map((c) => c.name)).size, p.name).toBe(p.cities.length);
  });

  it('has every provincial capital', () => {
    const capitals: Array<[string, string]> = [
      ['河北省', '石家庄市'], ['山西省', '太原市'], ['内蒙古自治区', '呼和浩特市'], ['辽宁省', '沈阳市'], ['吉林省', '长春市'], ['黑龙江省', '哈尔滨市'],
      ['江苏省', '南京市'], ['浙江省', '杭州市'], ['安徽省', '合肥市'], ['福建省', '福州市'], ['江西省', '南昌市'], ['山东省', '济南市'], ['河南省', '郑州市'],
      ['湖北省', '武汉市'], ['湖南省', '长沙市'], ['广东省', '广州市'], ['广西壮族自治区', '南宁市'], ['海南省', '海口市'], ['四川省', '成都市'], ['贵州省', '贵阳市'],
      ['云南省', '昆明市'], ['西藏自治区', '拉萨市'], ['陕西省', '西安市'], ['甘肃省', '兰州市'], ['青海省', '西宁市'], ['宁夏回族自治区', '银川市'], ['新疆维吾尔自治区', '乌鲁木齐市'], ['台湾省', '台北市'],
    ];
    for (const [p, c] of capitals) expect(provinceByName.get(p)?.cities.some((x) => x.name === c), `${p} ${c}`).toBe(true);
  });

  it('has the districts of the four municipalities', () => {
    expect(provinceByName.get('北京市')?.districts).toHaveLength(16);
    expect(provinceByName.get('上海市')?.districts).toHaveLength(16);
    expect(provinceByName.get('天津市')?.districts).toHaveLength(16);
    expect(provinceByName.get('重庆市')?.districts).toHaveLength(38);
  });

  it('derives short names, and gives autonomous prefectures theirs', () => {
    const xj = provinceByName.get('新疆维吾尔自治区');
    expect(xj?.aliases).toEqual(['新疆']);
    expect(xj?.cities.find((c) => c.name === '乌鲁木齐市')?.aliases).toEqual(['乌鲁木齐']);
    expect(xj?.cities.find((c) => c.name === '伊犁哈萨克自治州')?.aliases).toEqual(['伊犁']);
    expect(provinceByName.get('内蒙古自治区')?.aliases).toEqual(['内蒙古', '内蒙']);
    expect(provinceByName.get('上海市')?.districts.find((d) => d.name === '浦东新区')?.aliases).toEqual(['浦东']);
    // One-character stems are too ambiguous to match on their own.
    expect(provinceByName.get('重庆市')?.districts.find((d) => d.name === '忠县')?.aliases).toEqual([]);
  });

  it('knows which cities have no district level', () => {
    const all = new Set(provinces.flatMap((p) => p.cities.map((c) => c.name)));
    for (const c of citiesWithoutDistricts) expect(all.has(c), c).toBe(true);
  });
});
