import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '@shared/domain/local-date';
import type { Translate } from '@shared/i18n';
import { DayBar } from '../../../components/DayBar';
import { ListGrid } from '../../../components/ListGrid';
import { ProductPicker } from '../../../components/pickers/ProductPicker';
import { StockSlipsDialog } from '../../../components/stock-slips/StockSlipsDialog';
import { getDb } from '../../../db/db';
import { listMovements } from '../../../db/stock-repo';
import { useT } from '../../../i18n/context';
import { useProductMap } from '../common/use-products';
import type { TabProps } from '../tab-props';
import { ledgerRows, type LedgerRow } from './ledger-rows';

function columnsFor(t: Translate, onOpen: (docNo: string) => void): GridColDef<LedgerRow>[] {
  return [
    { field: 'docNo', headerName: t('stock.field.docNo'), width: 150 },
    { field: 'at', headerName: t('stock.field.at'), width: 140, valueFormatter: (v: number) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { field: 'kind', headerName: t('stock.field.kind'), width: 100 },
    { field: 'lines', headerName: t('stockui.col.lines'), flex: 2, minWidth: 240 },
    { field: 'handlerName', headerName: t('stock.field.handler'), width: 90 },
    { field: 'note', headerName: t('stock.field.note'), flex: 1, minWidth: 120 },
    {
      field: 'actions', headerName: t('stockui.col.actions'), width: 110, sortable: false,
      renderCell: ({ row }) => <Button size="small" onClick={() => onOpen(row.docNo)}>{t('stockui.slip.open')}</Button>,
    },
  ];
}

/**
 * 出入库台账: every movement of a day, or one product's card over all days; each opens its inbound or
 * outbound slip (detail and print).
 */
export function LedgerTab(_props: TabProps) {
  const t = useT();
  const [day, setDay] = useState(() => toIsoDate(Date.now()));
  const [productId, setProductId] = useState<number | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const products = useProductMap();
  const movements = useLiveQuery(() => listMovements(getDb(), productId === null ? { day } : { productId }), [day, productId]);
  const rows = useMemo(() => ledgerRows(movements ?? [], products, t), [movements, products, t]);
  const columns = useMemo(() => columnsFor(t, setOpen), [t]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        {productId === null ? <DayBar day={day} onDay={setDay} /> : <Typography variant="body2">{t('stockui.ledger.productCard')}</Typography>}
        <ProductPicker label={t('stockui.ledger.product')} value={productId} onChange={setProductId} activeOnly={false} />
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid aria-label={t('stockui.ledger.list')} rows={rows} columns={columns} loading={movements === undefined}
          onRowDoubleClick={({ row }) => setOpen(row.docNo)} emptyText={t('stockui.ledger.empty')} />
      </Box>
      {open !== null && <StockSlipsDialog target={{ docNo: open }} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
