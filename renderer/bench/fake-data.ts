import { callTopics, type CallLogInput, type CallTopic } from '@shared/domain/call-log';
import type { CustomerInput } from '@shared/domain/customer';
import { toIsoDate } from '@shared/domain/local-date';

/** Realistic, reproducible benchmark data: Chinese names, addresses and call notes. */

/** mulberry32: a tiny seeded PRNG, so every bench run measures the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const surnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'];
const givenNames = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '志强', '海燕', '晓东', '红梅'];
const cities = ['北京市朝阳区', '上海市浦东新区', '广州市天河区', '深圳市南山区', '成都市武侯区', '杭州市西湖区', '武汉市洪山区', '西安市雁塔区', '南京市鼓楼区', '郑州市金水区'];
const roads = ['建国路', '人民南路', '解放大道', '中山路', '文三路', '长安街', '珞喻路', '体育西路', '科技园南路', '花园路'];
const models = ['JS-200', 'JS-350', 'KQ-8', 'SYX-1000 试验箱', 'LX-60 滤芯', 'RO-75'];
const shops = ['鑫源商贸店', '康宁健康馆', '百佳便利店', '华润养生堂', '福满家专卖店'];

const contents: Record<CallTopic, string[]> = {
  consult: ['咨询滤芯更换周期和价格', '询问产品保修政策', '咨询套装内包含哪些配件', '询问会员购物的优惠办法'],
  repair: ['设备开机后不加热,指示灯闪烁', '净水器漏水,地面有积水', '试验箱温度显示异常', '机器运行时噪音很大'],
  complaint: ['收到的包装箱破损,配件缺少一个', '上门服务人员迟到两个小时', '发错了型号,要求换货'],
  followup: ['签收后回访:外箱与出库单是否一致', '回访上门维修后的使用情况', '回访投诉处理结果是否满意'],
  logistics: ['询问订单发货进度', '快递显示已签收但本人未收到', '要求修改收货地址'],
  other: ['询问售后服务中心地址和营业时间', '咨询发票开具事宜', '打错电话'],
};
const results: Record<CallTopic, string[]> = {
  consult: ['已详细解答', '已告知价格并发送资料'],
  repair: ['已安排上门检修', '电话指导后问题解决', '已登记,等待配件'],
  complaint: ['已登记并上报主管', '已道歉并安排补发'],
  followup: ['客户表示满意', '货物完好,数量一致', '客户反映仍有问题,已转维修'],
  logistics: ['已联系快递,预计明天送达', '已更新收货地址', '已催件'],
  other: ['已告知', '无需处理'],
};

/** One item of `list`, chosen by `rand`. */
export function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function mobile(rand: () => number): string {
  return `1${pick(rand, ['3', '5', '8', '9'])}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`;
}

export function fakeCustomers(count: number, rand: () => number): CustomerInput[] {
  return Array.from({ length: count }, (_, i) => ({
    name: i % 40 === 0 ? `${pick(rand, shops)}${i}` : pick(rand, surnames) + pick(rand, givenNames),
    phones: [mobile(rand)],
    address: `${pick(rand, cities)}${pick(rand, roads)}${1 + Math.floor(rand() * 300)} 号`,
  }));
}

/**
 * `count` calls spread evenly over `days` days ending at `endMs`, in office hours, oldest first.
 * 80 % come from known customers; the rest from unknown numbers.
 */
export function fakeCalls(
  count: number,
  customers: readonly { id: number; name: string; phone: string }[],
  endMs: number,
  days: number,
  rand: () => number,
): CallLogInput[] {
  const dayMs = 86_400_000;
  const startDay = new Date(endMs - days * dayMs);
  startDay.setHours(0, 0, 0, 0);
  const calls: CallLogInput[] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor((i / count) * days);
    const at = new Date(startDay.getFullYear(), startDay.getMonth(), startDay.getDate() + day, 8, 0).getTime() + Math.floor(rand() * 10 * 3600_000);
    const topic = pick(rand, callTopics);
    const known = rand() < 0.8 ? pick(rand, customers) : undefined;
    calls.push({
      direction: topic === 'followup' || rand() < 0.15 ? 'out' : 'in',
      at,
      phone: known?.phone ?? mobile(rand),
      ...(known ? { customerId: known.id } : {}),
      contact: known?.name ?? `${pick(rand, surnames)}${rand() < 0.5 ? '先生' : '女士'}`,
      topic,
      // Real notes are unique per call: add the kind of detail a clerk writes (model, order number).
      content: `${pick(rand, contents[topic])},型号 ${pick(rand, models)},订单号 ${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
      result: pick(rand, results[topic]),
      ...(rand() < 0.2 ? { followUpDate: toIsoDate(at + (1 + Math.floor(rand() * 7)) * dayMs) } : {}),
    });
  }
  return calls.sort((a, b) => a.at - b.at);
}
