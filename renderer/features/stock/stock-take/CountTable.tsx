import { alpha } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import type { StockTakeLine } from '@shared/stock/stock-take';
import { useT } from '../../../i18n/context';
import { QtyField } from '../common/QtyField';
import type { StoredProduct } from '../common/use-products';
import type { CountInput, CountInputs } from './take-form';

interface Props {
  lines: readonly StockTakeLine[];
  products: ReadonlyMap<number, StoredProduct> | undefined;
  inputs: CountInputs;
  onInput: (productId: number, change: Partial<CountInput>) => void;
  errors: Readonly<Record<string, string>>;
  /** A blind count hides the book quantity and the variance while counting. */
  hideBook: boolean;
  readOnly: boolean;
}

/** WH-2: one row per product in walking order: counted quantity, and the reason for a variance. */
export function CountTable({ lines, products, inputs, onInput, errors, hideBook, readOnly }: Props) {
  const t = useT();
  return (
    <Table size="small" stickyHeader aria-label={t('stock.take.sheetTitle')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('product.field.location')}</TableCell>
          <TableCell>{t('product.field.code')}</TableCell>
          <TableCell>{t('product.field.name')}</TableCell>
          <TableCell>{t('product.field.unit')}</TableCell>
          {!hideBook && <TableCell align="right">{t('stock.take.field.bookQty')}</TableCell>}
          <TableCell>{t('stock.take.field.countedQty')}</TableCell>
          {!hideBook && <TableCell align="right">{t('stock.take.field.variance')}</TableCell>}
          <TableCell>{t('stock.take.field.reason')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((l, i) => {
          const p = products?.get(l.productId);
          const input = inputs[l.productId] ?? { qty: '', reason: '' };
          const variance = l.countedQty === undefined ? null : l.countedQty - l.bookQty;
          return (
            <TableRow key={l.productId} sx={variance ? { bgcolor: (theme) => alpha(theme.palette.warning.main, 0.14) } : undefined}>
              <TableCell>{p?.location}</TableCell>
              <TableCell>{p?.code}</TableCell>
              <TableCell>{p?.name}</TableCell>
              <TableCell>{p?.unit}</TableCell>
              {!hideBook && <TableCell align="right">{l.bookQty}</TableCell>}
              <TableCell sx={{ py: 0.5 }}>
                {readOnly ? l.countedQty : (
                  <QtyField label={`${t('stock.take.field.countedQty')} ${p?.code ?? ''}`} value={input.qty} onChange={(qty) => onInput(l.productId, { qty })} error={errors[`lines.${i}.countedQty`]} width={110} hideLabel />
                )}
              </TableCell>
              {!hideBook && <TableCell align="right">{variance === null ? '' : variance > 0 ? `+${variance}` : variance}</TableCell>}
              <TableCell sx={{ py: 0.5 }}>
                {readOnly ? l.reason : (
                  <TextField size="small" value={input.reason} onChange={(e) => onInput(l.productId, { reason: e.target.value })}
                    error={errors[`lines.${i}.reason`] !== undefined} helperText={errors[`lines.${i}.reason`]}
                    slotProps={{ htmlInput: { 'aria-label': `${t('stock.take.field.reason')} ${p?.code ?? ''}` } }} />
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
