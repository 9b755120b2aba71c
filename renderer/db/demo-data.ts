import { ValidationError } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor, StaffInput } from '@shared/auth/roles';
import type { CallLogInput } from '@shared/domain/call-log';
import type { CustomerInput } from '@shared/domain/customer';
import { toIsoDate } from '@shared/domain/local-date';
import { createCallLog } from './call-logs-repo';
import { createCustomer } from './customers-repo';
import type { AppDB } from './db';
import { hashPin, type PinHash } from './pin-hash';
import { addStaffHashed } from './staff-repo';
import { loadDemoStock } from './demo-stock';
import { stockTables } from './stock-ledger';

/** Demo staff and their PINs: public, for trying the app only. */
export const demoStaff: readonly (StaffInput & { pin: string })[] = [
  { name: '王丽', roles: ['frontdesk'], active: true, pin: '1111' },
  { name: '李强', roles: ['warehouse'], active: true, pin: '2222' },
  { name: '赵敏', roles: ['logistics'], active: true, pin: '3333' },
  { name: '陈刚', roles: ['frontdesk', 'logistics'], active: true, pin: '4444' },
];

const customers: CustomerInput[] = [
  {
    name: '张伟', phones: ['138-0013-8000'], notes: '老会员', type: 'member', memberNo: 'HY-0001', grade: 'A', isKey: true, source: '门店推荐',
    addresses: [{ province: '北京市', city: '北京市', district: '朝阳区', detail: '建国路 88 号 3 单元 502', isDefault: true }],
  },
  {
    name: '李娜', phones: ['13912345678', '010-6552-9988'], type: 'member', memberNo: 'HY-0002', grade: 'B',
    addresses: [
      { province: '上海市', city: '上海市', district: '浦东新区', detail: '张杨路 1200 号', isDefault: true },
      { province: '上海市', city: '上海市', district: '徐汇区', detail: '漕溪北路 18 号(公司)', isDefault: false },
    ],
  },
  { name: '王芳', phones: ['13688886666'], address: '广州市天河区体育西路 103 号' },
  { name: '刘洋', phones: ['15100001111'], address: '成都市武侯区人民南路四段 27 号' },
  {
    name: '鑫源商贸店', phones: ['0571-8765-4321', '13588889999'], notes: '店铺', type: 'store', storeNo: 'DP-017', grade: 'A', source: '招商会',
    addresses: [{ province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 259 号', isDefault: true }],
  },
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

async function addDemoStaff(db: AppDB, actor: Actor, hashed: readonly PinHash[], now: number): Promise<number> {
  const taken = new Set((await db.staff.toArray()).map((s) => s.name));
  let added = 0;
  for (const [i, { pin: _pin, ...input }] of demoStaff.entries()) {
    const pin = hashed[i];
    // A real account may already carry a demo name (the supervisor is 王丽): keep it, skip the demo one.
    if (!pin || taken.has(input.name)) continue;
    await addStaffHashed(db, actor, input, pin, now);
    added += 1;
  }
  return added;
}

/**
 * Loads a few staff, customers, calls, products and their opening stock for a first look at the app,
 * in one transaction, each with its audit entry under `actor` (the supervisor who chose the demo).
 * Refuses (ValidationError 'demo.error.notEmpty') when the database already holds customers, calls or products.
 */
export async function loadDemoData(
  db: AppDB,
  actor: Actor,
  now = Date.now(),
): Promise<{ staff: number; customers: number; calls: number; products: number; receipts: number }> {
  assertCan(actor.roles, 'staff.manage');
  // Hash before the transaction: awaiting WebCrypto inside it would let IndexedDB commit it early.
  const hashed = await Promise.all(demoStaff.map((s) => hashPin(s.pin)));
  return db.transaction('rw', [...stockTables(db), db.customers, db.callLogs, db.reviewQueue, db.receipts, db.discrepancies], async () => {
    if ((await db.customers.count()) > 0 || (await db.callLogs.count()) > 0 || (await db.products.count()) > 0) {
      throw new ValidationError([{ path: 'db', message: 'demo.error.notEmpty' }]);
    }
    const staff = await addDemoStaff(db, actor, hashed, now);
    const ids: number[] = [];
    for (const c of customers) ids.push(await createCustomer(db, actor, c));
    for (const { customer, daysAgo, hour, minute, followUpInDays, ...call } of calls) {
      const at = callTime(now, daysAgo, hour, minute);
      const customerId = customer === undefined ? undefined : ids[customer];
      await createCallLog(db, actor, {
        ...call,
        at,
        ...(customerId !== undefined ? { customerId } : {}),
        ...(followUpInDays !== undefined ? { followUpDate: toIsoDate(at + followUpInDays * 86_400_000) } : {}),
      });
    }
    const stock = await loadDemoStock(db, actor, now);
    return { staff, customers: customers.length, calls: calls.length, ...stock };
  });
}
