/** A shipping slip (or a courier exchange) → the data its courier waybill prints (shared/templates waybillRecord), and which form. */
import type { Product } from '@shared/products/product';
import type { PurchaseSlip } from '@shared/slips/purchase-slip';
import type { MovementLine } from '@shared/stock/ledger';
import { formatGoods, slipGoods } from '@shared/shipping/shipment-log';
import type { ShippingList } from '@shared/shipping/shipping-list';
import type { WaybillData, WaybillParty } from '@shared/templates/builtin/waybill-data';

/** 预印快递单 (230×127, the carrier's own layout) or a thermal label roll. */
export const waybillForms = ['preprinted', 'thermal-100x150', 'thermal-100x180', 'thermal-76x130'] as const;
export type WaybillForm = (typeof waybillForms)[number];

/** Carrier codes (carriers.ts) → the built-in pre-printed waybill laid out like that carrier's form. */
const preprinted: Readonly<Record<string, string>> = {
  SF: 'waybill-sf',
  ZTO: 'waybill-zto',
  YTO: 'waybill-yto',
  STO: 'waybill-sto',
  YD: 'waybill-yunda',
  EMS: 'waybill-ems',
};

export function waybillTemplateId(carrierCode: string, form: WaybillForm): string {
  if (form !== 'preprinted') return form;
  return preprinted[carrierCode] ?? 'waybill-generic';
}

interface Source {
  /** A slip or a courier exchange (EXC-2): what it ships, its remarks, its waybill. */
  slip: Pick<PurchaseSlip, 'remarks' | 'waybill'> & { lines: readonly MovementLine[] };
  list: Pick<ShippingList, 'recipient'>;
  products: ReadonlyMap<number, Product>;
  sender: WaybillParty;
  /** Local 'YYYY-MM-DD' of printing. */
  date: string;
}

/** The recipient comes from the shipping list (may differ from the customer); goods from the slip. */
export function waybillData({ slip, list, products, sender, date }: Source): WaybillData {
  const r = list.recipient;
  return {
    ...(slip.waybill?.trackingNo ? { trackingNo: slip.waybill.trackingNo } : {}),
    sender,
    recipient: { name: r.name, phone: r.phone, province: r.province, city: r.city, district: r.district, address: r.detail },
    goods: formatGoods(slipGoods(slip, products)),
    // One slip ships as one parcel under one tracking number.
    pieces: 1,
    remarks: slip.remarks,
    date,
  };
}
