import type { Lang, Translate } from '@shared/i18n';
import { formatGoods, type ShipmentLogRow } from '@shared/shipping/shipment-log';
import { formatDateTime } from '@shared/templates/format';
import type { PrintTable } from '../../../print/table-layout';

/** SHP-3 发货登记 on A4: name, phone, address, tracking number and goods, in dispatch order; voided ones marked. */
export function shipmentLogTable(rows: readonly ShipmentLogRow[], day: string, carrier: (code: string) => string, t: Translate, lang: Lang): PrintTable {
  return {
    title: t('shipment.log.title'),
    info: [t('shipui.log.info', { day, count: rows.length })],
    columns: [
      { label: t('shipment.field.shippedAt'), widthMm: 11, align: 'center' },
      { label: t('shipment.field.name'), widthMm: 14 },
      { label: t('shipment.field.phone'), widthMm: 22 },
      { label: t('shipment.field.address'), widthMm: 52 },
      { label: t('shipment.field.carrier'), widthMm: 10 },
      { label: t('shipment.field.trackingNo'), widthMm: 28 },
      { label: t('shipment.field.goods'), widthMm: 40 },
      { label: t('shipment.field.status'), widthMm: 12, align: 'center' },
    ],
    rows: rows.map((r) => [
      formatDateTime(r.shippedAt).slice(11),
      r.name,
      r.phone,
      r.address,
      carrier(r.carrier),
      r.trackingNo,
      formatGoods(r.goods),
      r.voided ? `${t(`shipment.status.${r.status}`)}${t('shipui.log.voided')}` : t(`shipment.status.${r.status}`),
    ]),
    signatures: [t('shipui.log.sign.preparedBy')],
    emptyText: t('shipui.log.empty'),
    fileName: `${t('shipment.log.title')}-${day}`,
    lang,
  };
}
