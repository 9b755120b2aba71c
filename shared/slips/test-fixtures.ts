import type { Customer } from '../domain/customer';
import type { Product } from '../products/product';
import type { ShippingList } from '../shipping/shipping-list';
import { product, productMap } from '../stock/test-fixtures';
import { newSlip, type PurchaseSlip, type SlipAttachment, type SlipFields } from './purchase-slip';
import type { SlipContext } from './validate-slip';

/** Builders for the slip and shipping tests (pure data; not used by the app). */

export { supervisorApproval } from '../stock/test-fixtures';

/** 2026-11-27 10:00 local time: every test runs on the same clock. */
export const NOW = new Date(2026, 10, 27, 10, 0, 0).getTime();
export const clerk = { staffId: 1, name: '王丽' };
export const keeper = { staffId: 2, name: '李强' };
export const logistics = { staffId: 3, name: '赵敏' };

export const ids = { plain: 1, partA: 2, partB: 3, set: 4, chamber: 5, special: 6 } as const;

export const products: Map<number, Product> = productMap(
  product(ids.plain, { name: '滤芯', category: '耗材', price: 100 }),
  product(ids.partA, { name: '主机', category: '设备', price: 500 }),
  product(ids.partB, { name: '配件', category: '配件', price: 50 }),
  product(ids.set, { name: '套装', category: '设备', price: 580, isSet: true, components: [{ productId: ids.partA, qty: 1 }, { productId: ids.partB, qty: 2 }] }),
  product(ids.chamber, { name: '试验箱', category: '试验箱', price: 8000, isTestChamber: true, selfPickupOnly: true }),
  product(ids.special, { name: '特殊仪器', category: '仪器', price: 3000, needsLeaderSignOff: true }),
);

export const ctx: SlipContext = { products, balances: new Map([...products.keys()].map((id) => [id, 100])) };

export const screenshot: SlipAttachment = { kind: 'backOfficeScreenshot', name: '后台订单.png', mime: 'image/png', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' };

/** A line with its amount worked out. */
export function line(productId: number, qty: number, unitPrice = products.get(productId)?.price ?? 0) {
  return { productId, qty, unitPrice, amount: Math.round(qty * unitPrice * 100) / 100 };
}

export function fields(overrides: Partial<SlipFields> = {}): SlipFields {
  const lines = overrides.lines ?? [line(ids.plain, 2)];
  const total = Math.round(lines.reduce((n, l) => n + l.amount * 100, 0)) / 100;
  return { day: '2026-11-27', customerId: 7, orderType: 'normal', delivery: 'pickup', lines, total, remarks: '', attachments: [], approvals: {}, ...overrides };
}

export function slip(overrides: Partial<SlipFields> = {}, id = 11): PurchaseSlip & { id: number } {
  return { ...newSlip(fields(overrides), 'GX20261127-001', clerk, NOW), id };
}

export const customer: Customer = {
  id: 7,
  name: '张三',
  phones: ['13800138000'],
  primaryPhone: '13800138000',
  type: 'ordinary',
  isKey: false,
  addresses: [{ province: '北京市', city: '北京市', district: '海淀区', detail: '中关村大街1号', isDefault: true }],
  searchKeys: [],
  createdAt: new Date(2025, 0, 1).getTime(),
  updatedAt: new Date(2025, 0, 1).getTime(),
};

export function shippingList(overrides: Partial<ShippingList> = {}): ShippingList & { id: number } {
  return {
    id: 21,
    slipId: 11,
    lines: [{ category: '耗材', qty: 2 }],
    recipient: { name: '张三', phone: '13800138000', province: '北京市', city: '北京市', district: '海淀区', detail: '中关村大街1号' },
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}
