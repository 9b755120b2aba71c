import type { CallLogInput } from '@shared/domain/call-log';
import type { SlipAttachment, SlipFields, SlipLine } from '@shared/slips/purchase-slip';
import type { Recipient } from '@shared/shipping/shipping-list';
import { createCustomer } from './customers-repo';
import type { StaffConfirmation } from './receiving-repo';
import type { SavedSlip } from './slip-store';
import { createSlip } from './slips-repo';
import { confirmSlipByPhone, handOverShippingList, recordSlipCount, saveShippingList, shippingListDraft, startSlipPicking } from './shipping-repo';
import { markWaybillsPrinted, postSlipShipment, recordSlipWaybill } from './shipping-post';
import { markSlipPrinted } from './slips-repo';
import { openStockWorld, type StockWorld } from './test-stock';

/**
 * A stocked database for the slip and shipping repository tests: the stock world's staff and clock,
 * products of every kind the rules care about (a set and its parts, a test chamber, a product that
 * needs the leader's signature), 100 of each on hand, and one customer.
 */
export interface SlipWorld extends StockWorld {
  ids: { plain: number; partA: number; partB: number; set: number; chamber: number; special: number };
  customerId: number;
  line: (productId: number, qty: number, unitPrice?: number) => SlipLine;
  fields: (overrides?: Partial<SlipFields>) => SlipFields;
  screenshot: SlipAttachment;
  call: (content?: string) => CallLogInput;
  /** Confirmation of a staff member at `at` (default t0), as the SecondPersonDialog gives it. */
  counter: (who: { staffId: number; name: string }, at?: number) => StaffConfirmation;
  /**
   * A shipping slip taken through list, SHP-1 call, hand-over and picking: ready for the counts.
   * `print`: how the slip was printed first (default: with its screenshot page, if it has one).
   */
  shipToPicking: (overrides?: Partial<SlipFields>, recipient?: Recipient, print?: 'withScreenshot' | 'plain' | 'none') => Promise<SavedSlip>;
  /** A picked slip counted twice and waybilled: ready to post. */
  countAndWaybill: (slip: SavedSlip, trackingNo?: string) => Promise<SavedSlip>;
  /** …and through both counts, the waybill and the posting. */
  shipAndPost: (overrides?: Partial<SlipFields>, trackingNo?: string, at?: number, recipient?: Recipient) => ReturnType<typeof postSlipShipment>;
}

const prices = { plain: 100, partA: 500, partB: 50, set: 580, chamber: 8000, special: 3000 };

export async function openSlipWorld(): Promise<SlipWorld> {
  const w = await openStockWorld();
  const plain = await w.product('P1', { name: '滤芯', category: '耗材', price: prices.plain });
  const partA = await w.product('A1', { name: '主机', category: '设备', price: prices.partA });
  const partB = await w.product('B1', { name: '配件', category: '配件', price: prices.partB });
  const set = await w.product('S1', { name: '净水套装', category: '设备', price: prices.set, isSet: true, components: [{ productId: partA, qty: 1 }, { productId: partB, qty: 2 }] });
  const chamber = await w.product('T1', { name: '试验箱', category: '试验箱', price: prices.chamber, isTestChamber: true, selfPickupOnly: true });
  const special = await w.product('X1', { name: '特殊仪器', category: '仪器', price: prices.special, needsLeaderSignOff: true });
  const ids = { plain, partA, partB, set, chamber, special };
  await w.receive(Object.values(ids).map((id): [number, number] => [id, 100]));
  const priceOf = new Map([[plain, prices.plain], [partA, prices.partA], [partB, prices.partB], [set, prices.set], [chamber, prices.chamber], [special, prices.special]]);
  const customerId = await createCustomer(w.db, w.clerk, {
    name: '张三', phones: ['13800138000'], addresses: [{ province: '北京市', city: '北京市', district: '海淀区', detail: '中关村大街1号', isDefault: true }],
  });
  const line = (productId: number, qty: number, unitPrice = priceOf.get(productId) ?? 0): SlipLine => ({ productId, qty, unitPrice, amount: Math.round(qty * unitPrice * 100) / 100 });
  const fields = (overrides: Partial<SlipFields> = {}): SlipFields => {
    const lines = overrides.lines ?? [line(plain, 2)];
    const total = Math.round(lines.reduce((n, l) => n + l.amount * 100, 0)) / 100;
    return { day: w.day, customerId, orderType: 'normal', delivery: 'pickup', lines, total, remarks: '', attachments: [], approvals: {}, ...overrides };
  };
  const call = (content = '确认订单'): CallLogInput => ({ direction: 'out', at: w.t0, phone: '13800138000', contact: '张三', topic: 'logistics', content, result: '已确认' });
  const counter = (who: { staffId: number; name: string }, at = w.t0): StaffConfirmation => ({ staffId: who.staffId, name: who.name, at });
  const shipToPicking = async (overrides: Partial<SlipFields> = {}, recipient?: Recipient, print: 'withScreenshot' | 'plain' | 'none' = 'withScreenshot') => {
    const slip = await createSlip(w.db, w.clerk, fields({ delivery: 'ship', ...overrides }), w.t0);
    if (print !== 'none') await markSlipPrinted(w.db, w.clerk, slip.id, w.t0, print === 'withScreenshot');
    const draft = await shippingListDraft(w.db, slip.id);
    await saveShippingList(w.db, w.clerk, slip.id, { ...draft, recipient: recipient ?? draft.recipient }, w.t0);
    await confirmSlipByPhone(w.db, w.clerk, slip.id, call(), true, w.t0);
    await handOverShippingList(w.db, w.clerk, slip.id, w.t0);
    return startSlipPicking(w.db, w.keeper, slip.id, w.t0);
  };
  const countAndWaybill = async (slip: SavedSlip, trackingNo = 'SF1234567890123') => {
    const expected = new Map<number, number>();
    for (const l of slip.lines) {
      const p = await w.db.products.get(l.productId);
      for (const c of p?.isSet ? p.components : [{ productId: l.productId, qty: 1 }]) expected.set(c.productId, (expected.get(c.productId) ?? 0) + c.qty * l.qty);
    }
    const lines = [...expected].map(([productId, qty]) => ({ productId, qty }));
    await recordSlipCount(w.db, w.keeper, slip.id, counter(w.keeper), lines, w.t0);
    await recordSlipCount(w.db, w.keeper, slip.id, counter(w.receiver), lines, w.t0);
    await markWaybillsPrinted(w.db, w.receiver, [slip.id], w.t0);
    return (await recordSlipWaybill(w.db, w.receiver, slip.id, { carrier: 'SF', trackingNo, thirdCopyFiled: true }, w.t0)).slip;
  };
  const shipAndPost = async (overrides: Partial<SlipFields> = {}, trackingNo = 'SF1234567890123', at = w.t0, recipient?: Recipient) => {
    const slip = await countAndWaybill(await shipToPicking(overrides, recipient), trackingNo);
    return postSlipShipment(w.db, w.keeper, slip.id, at);
  };
  const screenshot: SlipAttachment = { kind: 'backOfficeScreenshot', name: '后台订单.png', mime: 'image/png', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' };
  return { ...w, ids, customerId, line, fields, screenshot, call, counter, shipToPicking, countAndWaybill, shipAndPost };
}
