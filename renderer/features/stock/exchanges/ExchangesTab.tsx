import { useMemo, useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@shared/domain/customer';
import type { Translate } from '@shared/i18n';
import type { Exchange } from '@shared/stock/exchange';
import { useCan } from '../../../auth';
import { getDb } from '../../../db/db';
import { listExchanges } from '../../../db/exchanges-repo';
import { useT } from '../../../i18n/context';
import { ListGrid } from '../../../components/ListGrid';
import { StockSlipsDialog } from '../../../components/stock-slips/StockSlipsDialog';
import { linesText } from '../common/line-text';
import { useCustomersByIds } from '../common/use-customer-names';
import { useProductMap, type StoredProduct } from '../common/use-products';
import type { TabProps } from '../tab-props';
import { ExchangeDialog } from './ExchangeDialog';

type Row = Exchange & { id: number };

function columnsFor(t: Translate, onSlips: (id: number) => void, products?: Map<number, StoredProduct>, customers?: Map<number, Customer>): GridColDef<Row>[] {
  const sep = t('list.separator');
  return [
    { field: 'docs', headerName: t('stockui.exch.docs'), width: 240, valueGetter: (_v, row) => (row.inDocNo === row.outDocNo ? row.inDocNo : `${row.inDocNo} / ${row.outDocNo}`) },
    { field: 'at', headerName: t('stock.field.at'), width: 140, valueFormatter: (v: number) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { field: 'kind', headerName: t('stockui.exch.kind'), width: 90, valueGetter: (_v, row) => t(`stock.exchange.kind.${row.kind}`) },
    { field: 'customer', headerName: t('stockui.col.customer'), width: 100, valueGetter: (_v, row) => (row.customerId === undefined ? '' : (customers?.get(row.customerId)?.name ?? '')) },
    { field: 'returned', headerName: t('stockui.exch.returned'), flex: 1, minWidth: 150, valueGetter: (_v, row) => linesText([row.returned], products, sep) },
    { field: 'inspection', headerName: t('stockui.exch.inspection'), width: 100, valueGetter: (_v, row) => t(`stock.exchange.inspection.${row.inspection.result}`) },
    { field: 'delivery', headerName: t('stockui.exch.delivery'), width: 90, valueGetter: (_v, row) => t(`stock.delivery.${row.delivery ?? 'pickup'}`) },
    { field: 'replacement', headerName: t('stockui.exch.replacement'), flex: 1, minWidth: 150, valueGetter: (_v, row) => linesText([row.replacement], products, sep) },
    { field: 'handlerName', headerName: t('stock.field.handler'), width: 90 },
    {
      field: 'slips', headerName: t('stockui.col.actions'), width: 110, sortable: false,
      renderCell: ({ row }) => <Button size="small" onClick={() => onSlips(row.id)}>{t('stockui.slip.open')}</Button>,
    },
  ];
}

/** 换货 (EXC-1, EXC-2, OUT-6): exchanges, each with its inbound and outbound slips. */
export function ExchangesTab({ onNotice }: TabProps) {
  const t = useT();
  const mayReceive = useCan('stock.receive');
  const mayRelease = useCan('outbound.release');
  const mayExchange = mayReceive && mayRelease;
  const [open, setOpen] = useState(false);
  const rows = useLiveQuery(() => listExchanges(getDb()), []);
  const products = useProductMap();
  const customers = useCustomersByIds(rows?.flatMap((r) => (r.customerId === undefined ? [] : [r.customerId])) ?? []);
  const [slipsOf, setSlipsOf] = useState<number | null>(null);
  const columns = useMemo(() => columnsFor(t, setSlipsOf, products, customers), [t, products, customers]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        {mayExchange && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
            {t('stockui.exch.new')}
          </Button>
        )}
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid aria-label={t('stockui.exch.list')} rows={rows ?? []} columns={columns} loading={rows === undefined} emptyText={t('stockui.exch.empty')} />
      </Box>
      {slipsOf !== null && <StockSlipsDialog target={{ ref: { type: 'exchange', id: slipsOf } }} onClose={() => setSlipsOf(null)} />}
      {open && (
        <ExchangeDialog
          onClose={() => setOpen(false)}
          onPosted={({ exchange }) => {
            setOpen(false);
            onNotice({ severity: 'success', text: t('stockui.exch.posted', { inDocNo: exchange.inDocNo, outDocNo: exchange.outDocNo }) });
          }}
        />
      )}
    </Stack>
  );
}
