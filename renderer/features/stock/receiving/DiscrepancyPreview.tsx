import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ReceiptDiscrepancy } from '@shared/stock/receiving';
import { useT } from '../../../i18n/context';
import type { StoredProduct } from '../common/use-products';

interface Props {
  title: string;
  lines: readonly ReceiptDiscrepancy[];
  products: ReadonlyMap<number, StoredProduct> | undefined;
  severity?: 'warning' | 'info';
}

/** IN-3: the lines whose count differs from the delivery note, short or over. */
export function DiscrepancyPreview({ title, lines, products, severity = 'warning' }: Props) {
  const t = useT();
  if (lines.length === 0) return null;
  return (
    <Alert severity={severity} role="status">
      <AlertTitle>{title}</AlertTitle>
      {lines.map((d) => {
        const p = products?.get(d.productId);
        const diff = d.difference < 0 ? t('stockui.receiving.shortBy', { qty: -d.difference }) : t('stockui.receiving.overBy', { qty: d.difference });
        return (
          <div key={d.productId}>
            {t('stockui.disc.detail', { product: p ? `${p.code} ${p.name}` : `#${d.productId}`, noteQty: d.noteQty, countedQty: d.countedQty })} · {diff}
          </div>
        );
      })}
    </Alert>
  );
}
