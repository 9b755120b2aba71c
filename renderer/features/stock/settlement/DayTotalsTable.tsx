import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/context';
import { settlementTotals, type SettlementRow } from './settlement-view';

/** WH-1: the day's inbound and outbound per product, with the sums. */
export function DayTotalsTable({ rows }: { rows: readonly SettlementRow[] }) {
  const t = useT();
  if (rows.length === 0) return <Typography color="text.secondary">{t('stockui.settle.noMovements')}</Typography>;
  const sum = settlementTotals(rows);
  return (
    <Table size="small" aria-label={t('stockui.settle.totals')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('product.field.code')}</TableCell>
          <TableCell>{t('product.field.name')}</TableCell>
          <TableCell>{t('product.field.unit')}</TableCell>
          <TableCell align="right">{t('stock.settlement.field.inbound')}</TableCell>
          <TableCell align="right">{t('stock.settlement.field.outbound')}</TableCell>
          <TableCell align="right">{t('stock.settlement.field.net')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.productId}>
            <TableCell>{r.code}</TableCell>
            <TableCell>{r.name}</TableCell>
            <TableCell>{r.unit}</TableCell>
            <TableCell align="right">{r.inbound}</TableCell>
            <TableCell align="right">{r.outbound}</TableCell>
            <TableCell align="right">{r.net}</TableCell>
          </TableRow>
        ))}
        <TableRow sx={{ '& td': { fontWeight: 700 } }}>
          <TableCell />
          <TableCell>{t('stockui.settle.sum')}</TableCell>
          <TableCell />
          <TableCell align="right">{sum.inbound}</TableCell>
          <TableCell align="right">{sum.outbound}</TableCell>
          <TableCell align="right">{sum.net}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
