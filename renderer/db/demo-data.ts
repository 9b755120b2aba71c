import { ValidationError } from '@shared/validation';
import type { CallLogInput } from '@shared/domain/call-log';
import type { CustomerInput } from '@shared/domain/customer';
import { toIsoDate } from '@shared/domain/local-date';
import { createCallLog } from './call-logs-repo';
import { createCustomer } from './customers-repo';
import type { AppDB } from './db';

const customers: CustomerInput[] = [
  { name: '张伟', phones: ['138-0013-8000'], address: '北京市朝阳区建国路 88 号 3 单元 502', notes: '老会员' },
  { name: '李娜', phones: ['13912345678', '010-6552-9988'], address: '上海市浦东新区张杨路 1200 号' },
  { name: '王芳', phones: ['13688886666'], address: '广州市天河区体育西路 103 号' },
  { name: '刘洋', phones: ['15100001111'], address: '成都市武侯区人民南路四段 27 号' },
  { name: '鑫源商贸店', phones: ['0571-8765-4321'], address: '杭州市西湖区文三路 259 号', notes: '店铺' },
  { name: '陈静', phones: ['18822223333'], address: '武汉市洪山区珞喻路 152 号' },
];

type DemoCall = Omit<CallLogInput, 'at' | 'customerId' | 'followUpDate'> & {
  customer?: number;
  daysAgo: number;
  hour: number;
  minute: number;
  followUpInDays?: number;
};

const calls: DemoCall[] = [
  { customer: 0, phone: '13800138000', direction: 'in', contact: '张伟', topic: 'repair', content: '设备开机后不加热,指示灯闪烁', result: '已安排上门检修', daysAgo: 9, hour: 9, minute: 12, followUpInDays: 2 },
  { customer: 1, phone: '13912345678', direction: 'in', contact: '李娜', topic: 'consult', content: '咨询滤芯更换周期和价格', result: '已告知每六个月更换一次', daysAgo: 8, hour: 10, minute: 40 },
  { customer: 2, phone: '13688886666', direction: 'in', contact: '王芳', topic: 'logistics', content: '询问订单发货进度', result: '已查询物流,预计明天送达', daysAgo: 7, hour: 14, minute: 5 },
  { customer: 0, phone: '13800138000', direction: 'out', contact: '张伟', topic: 'followup', content: '回访上门维修情况', result: '客户表示设备已正常使用', daysAgo: 6, hour: 16, minute: 20 },
  { customer: 4, phone: '057187654321', direction: 'in', contact: '赵店长', topic: 'consult', content: '店铺进货,询问套装库存', result: '已转销售登记购销单', daysAgo: 5, hour: 11, minute: 0 },
  { customer: 3, phone: '15100001111', direction: 'in', contact: '刘洋', topic: 'complaint', content: '收到的包装箱破损,配件缺少一个', result: '已登记,补发配件并上报主管', daysAgo: 4, hour: 9, minute: 35, followUpInDays: 3 },
  { phone: '13566667777', direction: 'in', contact: '孙先生', topic: 'consult', content: '咨询产品保修政策', result: '已说明整机保修一年', daysAgo: 4, hour: 15, minute: 50 },
  { customer: 5, phone: '18822223333', direction: 'in', contact: '陈静', topic: 'repair', content: '试验箱温度显示异常', result: '电话指导校准,问题解决', daysAgo: 3, hour: 10, minute: 15 },
  { customer: 2, phone: '13688886666', direction: 'out', contact: '王芳', topic: 'followup', content: '签收后回访:外箱与出库单是否一致', result: '货物完好,数量一致', daysAgo: 2, hour: 14, minute: 30 },
  { customer: 1, phone: '01065529988', direction: 'in', contact: '李娜', topic: 'repair', content: '净水器漏水', result: '已预约周五上门', daysAgo: 1, hour: 9, minute: 5, followUpInDays: 4 },
  { phone: '02087654321', direction: 'in', contact: '周女士', topic: 'other', content: '询问售后服务中心地址和营业时间', result: '已告知', daysAgo: 1, hour: 16, minute: 45 },
  { customer: 3, phone: '15100001111', direction: 'out', contact: '刘洋', topic: 'logistics', content: '通知补发配件的快递单号', result: '客户已记录单号', daysAgo: 0, hour: 8, minute: 30 },
];

/** When `daysAgo` days before `now` at hh:mm local time, kept before `now` so no call lies in the future. */
function callTime(now: number, daysAgo: number, hour: number, minute: number): number {
  const d = new Date(now);
  const at = new Date(d.getFullYear(), d.getMonth(), d.getDate() - daysAgo, hour, minute).getTime();
  return Math.min(at, now - 60_000);
}

/**
 * Loads a few customers and calls for a first look at the app, in one transaction. Refuses
 * (ValidationError 'demo.error.notEmpty') when the database already holds customers or calls.
 */
export async function loadDemoData(db: AppDB, now = Date.now()): Promise<{ customers: number; calls: number }> {
  return db.transaction('rw', db.customers, db.callLogs, async () => {
    if ((await db.customers.count()) > 0 || (await db.callLogs.count()) > 0) {
      throw new ValidationError([{ path: 'db', message: 'demo.error.notEmpty' }]);
    }
    const ids: number[] = [];
    for (const c of customers) ids.push(await createCustomer(db, c));
    for (const { customer, daysAgo, hour, minute, followUpInDays, ...call } of calls) {
      const at = callTime(now, daysAgo, hour, minute);
      const customerId = customer === undefined ? undefined : ids[customer];
      await createCallLog(db, {
        ...call,
        at,
        ...(customerId !== undefined ? { customerId } : {}),
        ...(followUpInDays !== undefined ? { followUpDate: toIsoDate(at + followUpInDays * 86_400_000) } : {}),
      });
    }
    return { customers: customers.length, calls: calls.length };
  });
}
