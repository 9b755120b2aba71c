/**
 * The data every waybill and shipping label prints, and its mapping to the flat record templates
 * read. The shipping issue maps a shipment to `WaybillData`; templates only know the field keys.
 */
import type { TemplateRecord } from '../format';

export interface WaybillParty {
  name: string;
  phone: string;
  address: string;
}

export interface WaybillRecipient extends WaybillParty {
  province: string;
  city: string;
  district: string;
}

export interface WaybillData {
  trackingNo?: string;
  sender: WaybillParty;
  recipient: WaybillRecipient;
  goods: string;
  pieces: number | null;
  remarks: string;
  /** Local date 'YYYY-MM-DD' or epoch ms. */
  date: string | number;
}

/** The keys waybill templates use; `*.fullAddress` are derived for labels that print one address. */
export const waybillKeys = [
  'trackingNo',
  'sender.name', 'sender.phone', 'sender.address', 'sender.fullAddress',
  'recipient.name', 'recipient.phone', 'recipient.province', 'recipient.city', 'recipient.district',
  'recipient.address', 'recipient.fullAddress',
  'goods', 'pieces', 'remarks', 'date',
] as const;
export type WaybillKey = (typeof waybillKeys)[number];

/** Province, city and district before the street address, each once (a clerk often types them twice). */
export function fullAddress(parts: readonly string[], address: string): string {
  const street = address.trim();
  const prefix = parts.map((p) => p.trim()).filter((p) => p && !street.includes(p)).join('');
  return prefix + street;
}

export function waybillRecord(d: WaybillData): Record<WaybillKey, string | number | null> & TemplateRecord {
  const r = d.recipient;
  return {
    trackingNo: d.trackingNo ?? null,
    'sender.name': d.sender.name,
    'sender.phone': d.sender.phone,
    'sender.address': d.sender.address,
    'sender.fullAddress': fullAddress([], d.sender.address),
    'recipient.name': r.name,
    'recipient.phone': r.phone,
    'recipient.province': r.province,
    'recipient.city': r.city,
    'recipient.district': r.district,
    'recipient.address': r.address,
    'recipient.fullAddress': fullAddress([r.province, r.city, r.district], r.address),
    goods: d.goods,
    pieces: d.pieces,
    remarks: d.remarks,
    date: d.date,
  };
}
