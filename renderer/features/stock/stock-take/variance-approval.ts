import type { Translate } from '@shared/i18n';
import type { VarianceList } from '@shared/stock/stock-take';
import type { ApprovalDetails } from '../../../auth/approval-context';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const money = (yuan: number) => `${yuan > 0 ? '+' : ''}${yuan.toFixed(2)}`;

/** WH-2: the list the supervisor signs: product, book, counted, difference, value, reason; the value summed. */
export function varianceApprovalDetails(list: VarianceList, t: Translate): ApprovalDetails {
  return {
    caption: t('stockui.take.approveList'),
    columns: [
      { label: t('product.field.code') },
      { label: t('product.field.name') },
      { label: t('stock.take.field.bookQty'), align: 'right' },
      { label: t('stock.take.field.countedQty'), align: 'right' },
      { label: t('stock.take.field.variance'), align: 'right' },
      { label: t('stockui.take.value'), align: 'right' },
      { label: t('stock.take.field.reason') },
    ],
    rows: list.rows.map((r) => [r.code, r.name, `${r.bookQty} ${r.unit}`.trim(), `${r.countedQty} ${r.unit}`.trim(), signed(r.variance), money(r.value), r.reason ?? '']),
    footer: ['', t('stockui.settle.sum'), '', '', '', money(list.totalValue), ''],
  };
}
