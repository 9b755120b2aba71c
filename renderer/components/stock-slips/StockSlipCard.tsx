import PrintIcon from '@mui/icons-material/Print';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { slipTotalQty, type StockSlipView } from '@shared/stock/stock-slip';
import type { StoredProduct } from '../../db/stock-rows';
import { useT } from '../../i18n/context';
import { slipTitleKey } from './slip-print-data';

interface Props {
  slip: StockSlipView;
  products: ReadonlyMap<number, StoredProduct>;
  onPrint: () => void;
}

/** One inbound or outbound slip as the paper says it: number, type, source, the other party, lines, who signed. */
export function StockSlipCard({ slip, products, onPrint }: Props) {
  const t = useT();
  const title = t(slipTitleKey(slip.direction));
  const facts: [string, string][] = [
    [t('stockui.slip.tpl.category'), t(`stockui.slip.category.${slip.category}`)],
    [t('stock.field.at'), dayjs(slip.at).format('YYYY-MM-DD HH:mm')],
    [t('stockui.slip.tpl.sourceNo'), slip.source.sourceNo ?? ''],
    [t(slip.direction === 'in' ? 'stockui.slip.tpl.from' : 'stockui.slip.tpl.to'), slip.source.counterparty ?? ''],
    [t('stockui.slip.tpl.handler'), slip.handlerName],
    ...slip.source.signers.map((s): [string, string] => [t(`stockui.slip.role.${s.role}`), s.name]),
    [t('stockui.slip.tpl.note'), slip.source.note ?? ''],
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2 }} role="region" aria-label={`${title} ${slip.docNo}`}>
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography variant="h3" component="h2">{`${title} ${slip.docNo}`}</Typography>
          <Stack sx={{ flexGrow: 1 }} />
          <Button variant="outlined" size="small" startIcon={<PrintIcon />} onClick={onPrint}>{t('stockui.slip.print')}</Button>
        </Stack>
        <Stack direction="row" useFlexGap spacing={3} sx={{ flexWrap: 'wrap' }}>
          {facts.filter(([, value]) => value !== '').map(([name, value]) => (
            <Typography key={name} variant="body2">
              <Typography component="span" variant="body2" color="text.secondary">{`${name}:`}</Typography>
              {value}
            </Typography>
          ))}
        </Stack>
        <Table size="small" aria-label={`${t('stockui.slip.lines')} ${slip.docNo}`}>
          <TableHead>
            <TableRow>
              <TableCell>{t('stockui.slip.col.code')}</TableCell>
              <TableCell>{t('stockui.slip.col.product')}</TableCell>
              <TableCell>{t('stockui.slip.col.spec')}</TableCell>
              <TableCell>{t('stockui.slip.col.unit')}</TableCell>
              <TableCell align="right">{t('stockui.slip.col.qty')}</TableCell>
              <TableCell>{t('stockui.slip.col.location')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {slip.lines.map((l) => {
              const p = products.get(l.productId);
              return (
                <TableRow key={`${l.productId}:${l.location}`}>
                  <TableCell>{p?.code ?? `#${l.productId}`}</TableCell>
                  <TableCell>{p?.name}</TableCell>
                  <TableCell>{p?.spec}</TableCell>
                  <TableCell>{p?.unit}</TableCell>
                  <TableCell align="right">{l.qty}</TableCell>
                  <TableCell>{t(`stock.location.${l.location}`)}</TableCell>
                </TableRow>
              );
            })}
            <TableRow sx={{ '& td': { fontWeight: 700 } }}>
              <TableCell colSpan={4}>{t('stockui.slip.tpl.total')}</TableCell>
              <TableCell align="right">{slipTotalQty(slip)}</TableCell>
              <TableCell />
            </TableRow>
          </TableBody>
        </Table>
      </Stack>
    </Paper>
  );
}
