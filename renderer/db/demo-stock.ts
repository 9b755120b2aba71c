import { can } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { emptyProductInput, type ProductInput } from '@shared/products/product';
import type { AppDB } from './db';
import { createProduct } from './products-repo';
import { postReceipt, type StaffConfirmation } from './receiving-repo';

type DemoProduct = Partial<ProductInput> & Pick<ProductInput, 'code' | 'name'> & {
  /** Codes of the components (a set), one each unless `qty` says otherwise. */
  parts?: Array<[code: string, qty: number]>;
  /** Opening stock: delivery-note quantity and counted quantity. */
  opening?: [note: number, counted: number];
};

const filter = { category: '滤芯', unit: '支', location: 'B-01' } as const;

/** The demo catalogue: water purifiers and their filters, test chambers, a special product, parts. */
export const demoProducts: readonly DemoProduct[] = [
  { code: 'JSQ-ZJ', name: '净水器主机', category: '设备', spec: 'RO-400G', unit: '台', price: 1980, location: 'A-01', safetyStock: 3, serialTracked: true, opening: [12, 12] },
  { ...filter, code: 'LX-PP', name: 'PP棉滤芯', spec: '10 寸 5 微米', price: 38, safetyStock: 20, opening: [60, 60] },
  { ...filter, code: 'LX-HXT', name: '活性炭滤芯', spec: '10 寸 CTO', price: 58, safetyStock: 15, opening: [18, 16] },
  { ...filter, code: 'LX-RO', name: 'RO膜滤芯', spec: '400G', price: 268, location: 'B-02', safetyStock: 10, opening: [10, 10] },
  { code: 'JSQ-TZ', name: '净水器 套装', category: '设备', spec: '主机 + 三级滤芯', unit: '套', price: 2980, location: 'A-02', safetyStock: 2, isSet: true,
    parts: [['JSQ-ZJ', 1], ['LX-PP', 1], ['LX-HXT', 1], ['LX-RO', 1]], opening: [6, 6] },
  { code: 'LX-TZ', name: '滤芯 套装', category: '滤芯', spec: 'PP棉 + 活性炭 + RO膜', unit: '套', price: 328, location: 'B-03', safetyStock: 5, isSet: true,
    parts: [['LX-PP', 1], ['LX-HXT', 1], ['LX-RO', 1]], opening: [8, 8] },
  { code: 'SYX-A', name: '试验箱 A 型', category: '设备', spec: 'TC-100 恒温恒湿', unit: '台', price: 12800, location: 'C-01', safetyStock: 1, isTestChamber: true, serialTracked: true, opening: [3, 3] },
  { code: 'SYX-B', name: '试验箱 B 型', category: '设备', spec: 'TC-200 高低温', unit: '台', price: 18600, location: 'C-02', isTestChamber: true, serialTracked: true, opening: [2, 2] },
  { code: 'TS-KZQ', name: '专用控制器(需领导签字)', category: '配件', spec: 'KZ-9', unit: '个', price: 3600, location: 'D-01', needsLeaderSignOff: true, opening: [4, 4] },
  { code: 'PJ-SLT', name: '鹅颈水龙头', category: '配件', spec: '304 不锈钢', unit: '个', price: 88, location: 'D-02', safetyStock: 5, opening: [20, 20] },
  { code: 'PJ-GJ', name: '快接管件包', category: '配件', spec: '2 分管 10 件', unit: '包', price: 25, location: 'D-03', safetyStock: 10, opening: [30, 30] },
  { code: 'PJ-JRQ', name: '加热器模块', category: '配件', spec: '220V 1500W', unit: '个', price: 420, location: 'D-04', safetyStock: 2, opening: [3, 3] },
];

/** The two people who count a delivery (IN-2): the warehouse keeper and someone else. */
function counters(actor: Actor, staff: ReadonlyArray<{ id?: number; name: string; roles: Actor['roles']; active: boolean }>): [Actor, Actor] | undefined {
  const active = staff.flatMap((s) => (s.id !== undefined && s.active ? [{ staffId: s.id, name: s.name, roles: s.roles }] : []));
  const keeper = active.find((s) => s.name === '李强' && can(s.roles, 'stock.receive')) ?? active.find((s) => s.staffId === actor.staffId) ?? actor;
  const receiver = active.find((s) => s.name === '赵敏' && s.staffId !== keeper.staffId) ?? active.find((s) => s.staffId !== keeper.staffId);
  return receiver ? [receiver, keeper] : undefined;
}

/**
 * The demo products and their opening stock, received ten days before `now` by two demo staff
 * (活性炭 counted short: one open discrepancy; RO膜 at its safety level: one stock alert). Runs inside
 * loadDemoData's transaction.
 */
export async function loadDemoStock(db: AppDB, actor: Actor, now: number): Promise<{ products: number; receipts: number }> {
  const ids = new Map<string, number>();
  for (const { parts, opening: _o, ...p } of demoProducts) {
    const components = (parts ?? []).map(([code, qty]) => ({ productId: ids.get(code) ?? -1, qty }));
    ids.set(p.code, await createProduct(db, actor, { ...emptyProductInput(), ...p, components }, now));
  }
  const pair = counters(actor, await db.staff.toArray());
  if (!pair) return { products: ids.size, receipts: 0 };
  const at = now - 10 * 86_400_000;
  const confirm = (who: Actor, when: number): StaffConfirmation => ({ staffId: who.staffId, name: who.name, at: when });
  const lines = demoProducts.flatMap((p) => (p.opening ? [{ productId: ids.get(p.code) ?? -1, noteQty: p.opening[0], countedQty: p.opening[1] }] : []));
  const [receiver, keeper] = pair;
  await postReceipt(db, actor, { deliveryNoteNo: 'GYS-20261', supplier: '华清净水设备厂', lines: lines.slice(0, 6) }, confirm(receiver, at), confirm(keeper, at), at);
  await postReceipt(db, actor, { deliveryNoteNo: 'GYS-20262', supplier: '精工试验设备公司', lines: lines.slice(6) }, confirm(receiver, at + 3_600_000), confirm(keeper, at + 3_600_000), at + 3_600_000);
  return { products: ids.size, receipts: 2 };
}
