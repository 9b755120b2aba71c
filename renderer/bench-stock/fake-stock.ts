import type { CustomerInput } from '@shared/domain/customer';
import { emptyProductInput, type ProductInput } from '@shared/products/product';
import { nextDocNo } from '@shared/stock/doc-no';
import type { Movement } from '@shared/stock/ledger';
import { outboundMovement } from '@shared/stock/outbound';
import { receiptMovement, type Receipt } from '@shared/stock/receiving';
import { returnMovement, type CustomerReturn } from '@shared/stock/returns';
import { pick } from '../bench/fake-data';

/** Reproducible stock benchmark data: Chinese customer names, a product catalogue, a year-like ledger. */

const surnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈单解区'];
const given = [...'伟芳娜英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华志海燕东红梅晓建国文玉秀春金'];
const shops = ['鑫源商贸店', '康宁健康馆', '百佳便利店', '华润养生堂', '福满家专卖店'];

/** A unique mobile per index (a scrambled counter), so imports never collide with seeded customers. */
export function uniqueMobile(i: number, block: number): string {
  return `1${3 + block}${String((i * 7_919 + 104_729) % 1_000_000_000).padStart(9, '0')}`;
}

export function fakeCustomers(count: number, rand: () => number, block = 0): CustomerInput[] {
  return Array.from({ length: count }, (_, i): CustomerInput => {
    const kind = rand();
    const name = i % 40 === 0 ? `${pick(rand, shops)}${i}` : pick(rand, surnames) + pick(rand, given) + (rand() < 0.6 ? pick(rand, given) : '');
    if (kind < 0.3) return { name, phones: [uniqueMobile(i, block)], type: 'member', memberNo: `HY${String(i).padStart(6, '0')}` };
    if (kind < 0.35) return { name, phones: [uniqueMobile(i, block)], type: 'store', storeNo: `DP${String(i).padStart(5, '0')}` };
    return { name, phones: [uniqueMobile(i, block)], address: `北京市朝阳区建国路${1 + (i % 300)} 号` };
  });
}

const kinds = ['滤芯', '配件', '设备', '耗材'];
const words = ['净水器', '滤芯', '水龙头', '管件', '控制器', '加热器', '试验箱', '传感器', '电源', '外壳'];

export function fakeProducts(count: number, rand: () => number): ProductInput[] {
  return Array.from({ length: count }, (_, i) => ({
    ...emptyProductInput(),
    code: `P${String(i).padStart(5, '0')}`,
    name: `${pick(rand, words)} ${i}`,
    category: pick(rand, kinds),
    unit: '个',
    price: 10 + Math.floor(rand() * 1000),
    location: `${String.fromCharCode(65 + (i % 20))}-${String(i % 50).padStart(2, '0')}`,
    safetyStock: Math.floor(rand() * 10),
  }));
}

const isoDay = (start: Date, offset: number) => {
  const d = new Date(start.getFullYear(), start.getMonth(), start.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export interface LedgerPlan {
  productIds: number[];
  customerIds: number[];
  movements: number;
  days: number;
  endMs: number;
}

/** The day's documents: receipts (40 %), returns (10 %), purchase-slip issues (50 %), each 1–3 lines. */
export function fakeLedger(plan: LedgerPlan, rand: () => number) {
  const start = new Date(plan.endMs - plan.days * 86_400_000);
  const perDay = Math.ceil(plan.movements / plan.days);
  const receipts: Receipt[] = [];
  const returns: CustomerReturn[] = [];
  const issues: Array<Omit<Movement, 'ref'> & { slip: number }> = [];
  const lines = () => [...new Set([pick(rand, plan.productIds), pick(rand, plan.productIds), pick(rand, plan.productIds)].slice(0, 1 + Math.floor(rand() * 3)))];
  let slip = 0;
  for (let d = 0; d < plan.days && receipts.length + returns.length + issues.length < plan.movements; d += 1) {
    const day = isoDay(start, d);
    const at = new Date(start.getFullYear(), start.getMonth(), start.getDate() + d, 9).getTime();
    const stamp = { at, day, handlerId: 1, handlerName: 'bench' };
    let rk = 0;
    let ck = 0;
    for (let i = 0; i < perDay; i += 1) {
      const r = rand();
      if (r < 0.4) {
        const ls = lines().map((productId) => ({ productId, noteQty: 20, countedQty: 20 }));
        receipts.push({ ...stamp, docNo: nextDocNo('RK', day, rk++), deliveryNoteNo: `SN${d}-${i}`, receiverId: 2, receiverName: '赵敏', keeperId: 3, keeperName: '李强', lines: ls });
      } else if (r < 0.5) {
        returns.push({ ...stamp, docNo: nextDocNo('RK', day, rk++), customerId: pick(rand, plan.customerIds), lines: lines().map((productId) => ({ productId, qty: 1 })), reason: '退货' });
      } else {
        issues.push({ ...stamp, docNo: nextDocNo('CK', day, ck++), kind: 'issue', lines: lines().map((productId) => ({ productId, qty: -1 })), slip: ++slip });
      }
    }
  }
  return { receipts, returns, issues };
}

/** The movements of saved records and slips (ids known), with the shared builders. */
export function ledgerMovements(
  receipts: Array<Receipt & { id: number }>,
  returns: Array<CustomerReturn & { id: number }>,
  issues: Array<Omit<Movement, 'ref'> & { slip: number }>,
): Movement[] {
  const out: Movement[] = [];
  for (const r of receipts) {
    const m = receiptMovement(r);
    if (m) out.push(m);
  }
  for (const r of returns) out.push(returnMovement(r));
  for (const { slip, docNo, at, day, handlerId, handlerName, lines } of issues) {
    out.push(outboundMovement(lines.map((l) => ({ productId: l.productId, qty: -l.qty })), { docNo, at, day, handlerId, handlerName }, { type: 'slip', id: slip }));
  }
  return out.sort((a, b) => a.at - b.at);
}
