/** 发货明细表 and 配货单 as plain A4 reports (the warehouse picks and counts on paper). */
import type { Lang, Translate } from '@shared/i18n';
import type { Product } from '@shared/products/product';
import type { Recipient, ShippingListLine } from '@shared/shipping/shipping-list';
import { recipientAddress } from '@shared/shipping/shipping-list';
import type { ShipSourceType } from '@shared/shipping/ship-doc';
import type { PrintTable } from '../../../print/table-layout';

export interface PickLine {
  productId: number;
  qty: number;
  setId?: number;
}

type Named = Pick<Product, 'code' | 'name' | 'spec' | 'location'>;

interface Context {
  /** The number of what ships: a slip's GX…, or a courier exchange's outbound CK… / HH… (EXC-2). */
  slipNo: string;
  /** Default: a slip. */
  source?: ShipSourceType;
  customer: string;
  recipient: Recipient;
  t: Translate;
  lang: Lang;
}

/** 配货单: what to take from which bin, sets opened into their contents, with boxes for the two counts (OUT-4). */
export function pickingTable(rows: readonly PickLine[], products: ReadonlyMap<number, Named>, c: Context): PrintTable {
  const { t } = c;
  return {
    title: t('shipping.pickList.title'),
    info: [t(c.source === 'exchange' ? 'shipui.pick.infoExchange' : 'shipui.pick.info', { no: c.slipNo, customer: c.customer, recipient: `${c.recipient.name} ${c.recipient.phone}` })],
    columns: [
      { label: t('shipui.pick.col.code'), widthMm: 24 },
      { label: t('shipui.pick.col.name'), widthMm: 44 },
      { label: t('shipui.pick.col.spec'), widthMm: 32 },
      { label: t('shipui.pick.col.location'), widthMm: 14, align: 'center' },
      { label: t('shipui.pick.col.qty'), widthMm: 12, align: 'right' },
      { label: t('shipui.pick.col.set'), widthMm: 28 },
      { label: t('shipui.pick.col.count1'), widthMm: 14 },
      { label: t('shipui.pick.col.count2'), widthMm: 14 },
    ],
    rows: rows.map((r) => {
      const p = products.get(r.productId);
      const set = r.setId === undefined ? '' : (products.get(r.setId)?.name ?? `#${r.setId}`);
      return [p?.code ?? `#${r.productId}`, p?.name ?? '', p?.spec ?? '', p?.location ?? '', String(r.qty), set, '', ''];
    }),
    signatures: [t('shipui.pick.sign.picker'), t('shipui.pick.sign.counter'), t('shipui.pick.sign.checker')],
    emptyText: t('shipui.list.empty'),
    fileName: `${t('shipping.pickList.title')}-${c.slipNo}`,
    lang: c.lang,
  };
}

/** 发货明细表 (OUT-2): goods category and quantity, the recipient's name, phone and address. */
export function shippingListTable(lines: readonly ShippingListLine[], c: Context): PrintTable {
  const { t } = c;
  return {
    title: t('shipping.list.title'),
    info: [
      t('shipui.list.recipientInfo', { name: c.recipient.name, phone: c.recipient.phone }),
      t(c.source === 'exchange' ? 'shipui.list.addressInfoExchange' : 'shipui.list.addressInfo', { address: recipientAddress(c.recipient), no: c.slipNo }),
    ],
    columns: [
      { label: t('shipping.field.category'), widthMm: 140 },
      { label: t('shipping.field.qty'), widthMm: 40, align: 'right' },
    ],
    rows: lines.map((l) => [l.category, String(l.qty)]),
    signatures: [t('shipui.list.sign.sender'), t('shipui.list.sign.keeper')],
    emptyText: t('shipui.list.empty'),
    fileName: `${t('shipping.list.title')}-${c.slipNo}`,
    lang: c.lang,
  };
}
