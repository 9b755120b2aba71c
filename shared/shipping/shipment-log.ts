import type { Product } from '../products/product';
import type { PurchaseSlip } from '../slips/purchase-slip';
import type { Shipment, ShipmentStatus } from './shipment';
import type { ShippingList } from './shipping-list';
import { recipientAddress } from './shipping-list';

export interface GoodsItem {
  name: string;
  qty: number;
}

/** SHP-3 发货登记: one row per parcel of the day: name, phone, address, tracking number, goods. */
export interface ShipmentLogRow {
  shipmentId?: number;
  shippedAt: number;
  slipNo: string;
  name: string;
  phone: string;
  address: string;
  carrier: string;
  trackingNo: string;
  goods: GoodsItem[];
  status: ShipmentStatus;
  /** The slip was voided after posting: the row stays (permanent log) and is marked. */
  voided: boolean;
}

/** The goods of a slip by product name (货物名称), quantities summed per product. */
export function slipGoods(slip: { lines: readonly { productId: number; qty: number }[] }, products: ReadonlyMap<number, Product>): GoodsItem[] {
  const byId = new Map<number, number>();
  for (const l of slip.lines) byId.set(l.productId, (byId.get(l.productId) ?? 0) + l.qty);
  return [...byId].map(([id, qty]) => ({ name: products.get(id)?.name ?? `#${id}`, qty }));
}

/** One cell of text for print and Excel: 名称×2、名称×1. */
export function formatGoods(goods: readonly GoodsItem[]): string {
  return goods.map((g) => `${g.name}×${g.qty}`).join('、');
}

/**
 * SHP-3: the day's shipment log (local day `day`, YYYY-MM-DD), in dispatch order. A shipment keeps
 * what was registered at dispatch (recipient, goods); for one that does not, `slips` (by slip id)
 * give the goods and `lists` (发货明细表, by slip id) the recipient.
 */
export function shipmentLogRows(
  shipments: Iterable<Shipment>,
  slips: ReadonlyMap<number, PurchaseSlip>,
  lists: ReadonlyMap<number, ShippingList>,
  products: ReadonlyMap<number, Product>,
  day: string,
): ShipmentLogRow[] {
  const rows: ShipmentLogRow[] = [];
  for (const s of shipments) {
    if (s.day !== day) continue;
    // An exchange's shipment always registered its recipient and goods at dispatch.
    const slip = s.slipId !== undefined ? slips.get(s.slipId) : undefined;
    const r = s.recipient ?? (s.slipId !== undefined ? lists.get(s.slipId)?.recipient : undefined);
    rows.push({
      ...(s.id !== undefined ? { shipmentId: s.id } : {}),
      shippedAt: s.shippedAt, slipNo: s.slipNo, carrier: s.carrier, trackingNo: s.trackingNo, status: s.status,
      name: r?.name ?? '', phone: r?.phone ?? '', address: r ? recipientAddress(r) : '',
      goods: s.goods ?? (slip ? slipGoods(slip, products) : []),
      voided: slip?.voided !== undefined || s.voided !== undefined,
    });
  }
  return rows.sort((a, b) => a.shippedAt - b.shippedAt);
}
