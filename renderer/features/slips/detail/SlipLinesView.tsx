import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { capitalTotal } from '@shared/slips/slip-totals';
import type { SavedSlip } from '../../../db/slips-repo';
import { useT } from '../../../i18n/context';
import { money } from '../common/format';
import type { StoredProduct } from '../common/use-products';

interface Props {
  slip: SavedSlip;
  products: ReadonlyMap<number, StoredProduct>;
  /** OUT-7: products still waiting for the leader's sign-off. */
  pending: readonly number[];
}

/** The lines as saved, with 需主管签字 beside the products that wait for a sign-off; total and 大写金额. */
export function SlipLinesView({ slip, products, pending }: Props) {
  const t = useT();
  return (
    <Table size="small" aria-label={t('slipsui.form.lines')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('slip.field.product')}</TableCell>
          <TableCell>{t('slipsui.tpl.col.spec')}</TableCell>
          <TableCell align="right">{t('slip.field.qty')}</TableCell>
          <TableCell align="right">{t('slip.field.unitPrice')}</TableCell>
          <TableCell align="right">{t('slip.field.amount')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {slip.lines.map((l, i) => {
          const p = products.get(l.productId);
          return (
            <TableRow key={i}>
              <TableCell>
                {p ? `${p.code} ${p.name}` : `#${l.productId}`}
                {pending.includes(l.productId) && <Chip size="small" color="warning" label={t('slipsui.form.needsSignOff')} sx={{ ml: 1 }} />}
              </TableCell>
              <TableCell>{p?.spec}</TableCell>
              <TableCell align="right">{`${l.qty} ${p?.unit ?? ''}`}</TableCell>
              <TableCell align="right">{money(l.unitPrice)}</TableCell>
              <TableCell align="right">{money(l.amount)}</TableCell>
            </TableRow>
          );
        })}
        <TableRow>
          <TableCell colSpan={3}>
            <Typography variant="body2">{t('slipsui.form.capitalLine', { capital: capitalTotal(slip) })}</Typography>
          </TableCell>
          <TableCell align="right">{t('slip.field.total')}</TableCell>
          <TableCell align="right" sx={{ fontWeight: 700 }}>
            {money(slip.total)}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
