import { describe, expect, it } from 'vitest';
import { parseAddress, type ParsedAddress } from './parse';

type Expected = Partial<Pick<ParsedAddress, 'name' | 'phone' | 'province' | 'city' | 'district' | 'detail' | 'extension' | 'postalCode' | 'phoneKind'>> & {
  flagged?: ParsedAddress['flagged'];
};

const bj = { province: '北京市', city: '北京市' };

/** Real-world-style pastes: from chat apps, shop back-offices, business cards, typed by hand. */
const cases: Array<[string, string, Expected]> = [
  ['spaces, name first', '张三 13800138000 北京市海淀区中关村大街1号', { name: '张三', phone: '13800138000', ...bj, district: '海淀区', detail: '中关村大街1号', flagged: [] }],
  ['no spaces at all', '张三13800138000北京市海淀区中关村大街1号', { name: '张三', phone: '13800138000', ...bj, district: '海淀区', detail: '中关村大街1号' }],
  ['name and phone after the address', '北京市海淀区中关村大街1号 张三 13800138000', { name: '张三', phone: '13800138000', ...bj, district: '海淀区', detail: '中关村大街1号', flagged: [] }],
  ['shop back-office labels on lines', '收货人:李四\n手机号码:139-1234-5678\n所在地区:广东省 深圳市 南山区\n详细地址:科技园南区高新南一道9号',
    { name: '李四', phone: '13912345678', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园南区高新南一道9号', flagged: [] }],
  ['+86 with spaces, full-width commas', '王五，+86 138 0013 8000，上海市浦东新区世纪大道100号', { name: '王五', phone: '13800138000', province: '上海市', city: '上海市', district: '浦东新区', detail: '世纪大道100号' }],
  ['86- prefix, 天津', '赵六 86-13700137000 天津市和平区南京路189号', { name: '赵六', phone: '13700137000', province: '天津市', city: '天津市', district: '和平区', detail: '南京路189号' }],
  ['Beijing landline, 北京 without 市', '钱七 010-62345678 北京朝阳区建国路88号SOHO现代城', { name: '钱七', phone: '01062345678', phoneKind: 'landline', ...bj, district: '朝阳区', detail: '建国路88号SOHO现代城' }],
  ['landline split by spaces', '孙八 0755 8888 6666 广东省深圳市福田区福华一路1号', { name: '孙八', phone: '075588886666', phoneKind: 'landline', city: '深圳市', district: '福田区', detail: '福华一路1号' }],
  ['landline with extension', '周九 021-64381234转8021 上海市徐汇区漕溪北路88号', { name: '周九', phone: '02164381234', extension: '8021', province: '上海市', district: '徐汇区', detail: '漕溪北路88号' }],
  ['新疆 autonomous region', '吴十 18612345678 新疆维吾尔自治区乌鲁木齐市天山区解放北路200号',
    { name: '吴十', province: '新疆维吾尔自治区', city: '乌鲁木齐市', district: '天山区', detail: '解放北路200号', flagged: [] }],
  ['广西 autonomous region', '郑一 15912345678 广西壮族自治区南宁市青秀区民族大道136号', { name: '郑一', province: '广西壮族自治区', city: '南宁市', district: '青秀区', detail: '民族大道136号' }],
  ['内蒙古 by short name', '陈二 13512345678 内蒙古呼和浩特市新城区新华大街1号', { name: '陈二', province: '内蒙古自治区', city: '呼和浩特市', district: '新城区', detail: '新华大街1号' }],
  ['重庆 short, name after', '重庆渝中区解放碑民权路28号 刘备 13312345678', { name: '刘备', phone: '13312345678', province: '重庆市', city: '重庆市', district: '渝中区', detail: '解放碑民权路28号' }],
  ['重庆 autonomous county', '关羽 13412345678 重庆市石柱土家族自治县南宾镇城南路1号', { province: '重庆市', district: '石柱土家族自治县', detail: '南宾镇城南路1号' }],
  ['city without districts (东莞)', '张飞 13612345678 广东省东莞市长安镇长青路1号', { province: '广东省', city: '东莞市', district: '', detail: '长安镇长青路1号', flagged: [] }],
  ['missing district is flagged', '赵云 13712345678 浙江省杭州市文三路90号', { province: '浙江省', city: '杭州市', district: '', detail: '文三路90号', flagged: ['district'] }],
  ['missing province inferred from the city', '黄忠 13812345678 杭州市西湖区文三路90号', { province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路90号' }],
  ['short city name, no province', '马超 13912345678 苏州工业园区星湖街328号', { province: '江苏省', city: '苏州市', district: '工业园区', detail: '星湖街328号' }],
  ['county-level city', '诸葛亮 15012345678 江苏省苏州市昆山市玉山镇前进中路1号', { name: '诸葛亮', city: '苏州市', district: '昆山市', detail: '玉山镇前进中路1号' }],
  ['county (县)', '刘禅 15112345678 河北省保定市涞水县涞水镇泉水街5号', { province: '河北省', city: '保定市', district: '涞水县', detail: '涞水镇泉水街5号' }],
  ['postal code at the end is ignored', '姜维 15212345678 四川省成都市武侯区人民南路四段1号 610041', { city: '成都市', district: '武侯区', detail: '人民南路四段1号', postalCode: '610041' }],
  ['labels with full-width punctuation and 邮编', '收件人：邓艾；电话：15312345678；地址：甘肃省兰州市城关区东岗西路1号；邮编：730000',
    { name: '邓艾', phone: '15312345678', province: '甘肃省', city: '兰州市', district: '城关区', detail: '东岗西路1号', postalCode: '730000' }],
  ['landline in brackets first', '(0571)8765-4321 许褚 浙江省杭州市上城区解放路1号', { name: '许褚', phone: '057187654321', city: '杭州市', district: '上城区', detail: '解放路1号' }],
  ['0086 and dashes inside a mobile', '典韦 0086-135-1234-5678 湖北省武汉市武昌区中南路99号', { name: '典韦', phone: '13512345678', city: '武汉市', district: '武昌区', detail: '中南路99号' }],
  ['autonomous prefecture', '甘宁 13812340000 新疆伊犁哈萨克自治州伊宁市解放路1号', { province: '新疆维吾尔自治区', city: '伊犁哈萨克自治州', district: '伊宁市', detail: '解放路1号' }],
  ['西藏 short name, 城关区', '太史慈 13812340001 西藏拉萨市城关区北京中路1号', { province: '西藏自治区', city: '拉萨市', district: '城关区', detail: '北京中路1号' }],
  ['宁夏, name after the address', '宁夏回族自治区银川市兴庆区解放西街1号 鲁肃 13812340002', { name: '鲁肃', province: '宁夏回族自治区', city: '银川市', district: '兴庆区', detail: '解放西街1号' }],
  ['吉林省吉林市', '吕蒙 13812340003 吉林省吉林市船营区北京路1号', { province: '吉林省', city: '吉林市', district: '船营区', detail: '北京路1号' }],
  ['Latin name', 'Tom 13812340004 上海市静安区南京西路1266号', { name: 'Tom', province: '上海市', district: '静安区', detail: '南京西路1266号' }],
  ['municipality written twice', '孙尚香 13812340005 北京市北京市东城区王府井大街1号', { name: '孙尚香', ...bj, district: '东城区', detail: '王府井大街1号' }],
  ['name glued after the room number', '广东省广州市天河区天河路385号3单元502室张三 13812340006',
    { name: '张三', city: '广州市', district: '天河区', detail: '天河路385号3单元502室', flagged: ['name'] }],
  ['海南 county governed by the province', '小乔 13812340007 海南省陵水黎族自治县英州镇1号', { province: '海南省', city: '陵水黎族自治县', district: '', detail: '英州镇1号', flagged: [] }],
  ['county-level city governed by the province', '大乔 13812340008 湖北省仙桃市沔城回族镇1号', { province: '湖北省', city: '仙桃市', district: '', detail: '沔城回族镇1号' }],
  ['commas and a · name, 地区', '阿卜杜·热合曼,13812340009,新疆维吾尔自治区喀什地区喀什市人民东路1号', { name: '阿卜杜·热合曼', city: '喀什地区', district: '喀什市', detail: '人民东路1号' }],
  ['newlines and 手机 label', '马云\n手机: 13812340010\n浙江省杭州市余杭区文一西路969号', { name: '马云', phone: '13812340010', city: '杭州市', district: '余杭区', detail: '文一西路969号' }],
  ['province short, 市南区', '山东青岛市市南区香港中路1号 黄盖 13812340011', { name: '黄盖', province: '山东省', city: '青岛市', district: '市南区', detail: '香港中路1号' }],
  ['all short names', '程普 13812340012 湖南长沙岳麓区麓山南路2号', { province: '湖南省', city: '长沙市', district: '岳麓区', detail: '麓山南路2号' }],
  ['阿里地区 is not a label', '韩当 13812340013 西藏阿里地区噶尔县狮泉河镇1号', { name: '韩当', province: '西藏自治区', city: '阿里地区', district: '噶尔县', detail: '狮泉河镇1号' }],
  ['English labels', 'Name: 周泰 Tel: 13812340015 Address: 江苏省南京市玄武区中山路1号', { name: '周泰', phone: '13812340015', city: '南京市', district: '玄武区', detail: '中山路1号' }],
  ['海南藏族自治州 is in 青海', '蒋钦 13812340016 海南藏族自治州共和县恰卜恰镇1号', { province: '青海省', city: '海南藏族自治州', district: '共和县', detail: '恰卜恰镇1号' }],
  ['only a Beijing district: city inferred and flagged', '凌统 13812340017 海淀区学院路30号', { ...bj, district: '海淀区', detail: '学院路30号', flagged: ['province', 'city'] }],
  ['Latin words after the address stay in it', '北京市 朝阳区 望京 SOHO T3 1001室', { name: '', ...bj, district: '朝阳区', detail: '望京SOHO T3 1001室', flagged: ['name', 'phone'] }],
  ['two phones: the mobile is kept, the other offered', '徐盛 0512-65551234 13812340018 江苏省苏州市姑苏区人民路1号', { name: '徐盛', phone: '13812340018', phoneKind: 'mobile', district: '姑苏区' }],
];

describe('parseAddress', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s', (_title, input, expected) => {
    expect(parseAddress(input)).toMatchObject(expected);
  });

  it('offers the second phone', () => {
    expect(parseAddress('徐盛 0512-65551234 13812340018 江苏省苏州市姑苏区人民路1号').otherPhones).toEqual(['051265551234']);
  });

  it('flags a missing phone and name', () => {
    const p = parseAddress('浙江省杭州市西湖区文三路90号');
    expect(p.flagged).toEqual(['name', 'phone']);
    expect(p.detail).toBe('文三路90号');
  });

  it('flags everything it cannot place when no region is found', () => {
    const p = parseAddress('张三 13800138000 中关村大街1号');
    expect(p.name).toBe('张三');
    expect(p.detail).toBe('中关村大街1号');
    expect(p.flagged).toEqual(expect.arrayContaining(['province', 'city', 'district', 'detail']));
  });

  it('returns empty parts for empty input', () => {
    const p = parseAddress('   ');
    expect(p).toMatchObject({ name: '', phone: '', province: '', city: '', district: '', detail: '' });
    expect(p.flagged).toEqual(['name', 'phone', 'province', 'city', 'district', 'detail']);
  });
});
