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
import type { CustomerReturn } from '@shared/stock/returns';
import { useCan } from '../../../auth';
import { getDb } from '../../../db/db';
import { listReturns } from '../../../db/returns-repo';
import { useT } from '../../../i18n/context';
import { ListGrid } from '../../../components/ListGrid';
import { StockSlipsDialog } from '../../../components/stock-slips/StockSlipsDialog';
import { linesText } from '../common/line-text';
import { useCustomersByIds } from '../common/use-customer-names';
import { useProductMap, type StoredProduct } from '../common/use-products';
import type { TabProps } from '../tab-props';
import { ReturnDialog } from './ReturnDialog';

type Row = CustomerReturn & { id: number };

function columnsFor(t: Translate, onSlips: (id: number) => void, products?: Map<number, StoredProduct>, customers?: Map<number, Customer>): GridColDef<Row>[] {
  return [
    { field: 'docNo', headerName: t('stock.field.docNo'), width: 150 },
    { field: 'at', headerName: t('stock.field.at'), width: 140, valueFormatter: (v: number) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { field: 'customer', headerName: t('stockui.col.customer'), width: 120, valueGetter: (_v, row) => customers?.get(row.customerId)?.name ?? '' },
    { field: 'lines', headerName: t('stockui.col.lines'), flex: 1.5, minWidth: 200, valueGetter: (_v, row) => linesText(row.lines, products, t('list.separator')) },
    { field: 'reason', headerName: t('stockui.returns.reason'), flex: 1, minWidth: 140 },
    { field: 'handlerName', headerName: t('stock.field.handler'), width: 90 },
    {
      field: 'slips', headerName: t('stockui.col.actions'), width: 110, sortable: false,
      renderCell: ({ row }) => <Button size="small" onClick={() => onSlips(row.id)}>{t('stockui.slip.open')}</Button>,
    },
  ];
}

/** 退货 (IN-4): customer returns received on inbound slips. */
export function ReturnsTab({ onNotice }: TabProps) {
  const t = useT();
  const mayReceive = useCan('stock.receive');
  const [open, setOpen] = useState(false);
  const rows = useLiveQuery(() => listReturns(getDb()), []);
  const products = useProductMap();
  const customers = useCustomersByIds(rows?.map((r) => r.customerId) ?? []);
  const [slipsOf, setSlipsOf] = useState<number | null>(null);
  const columns = useMemo(() => columnsFor(t, setSlipsOf, products, customers), [t, products, customers]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        {mayReceive && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
            {t('stockui.returns.new')}
          </Button>
        )}
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid aria-label={t('stockui.returns.list')} rows={rows ?? []} columns={columns} loading={rows === undefined} emptyText={t('stockui.returns.empty')} />
      </Box>
      {slipsOf !== null && <StockSlipsDialog target={{ ref: { type: 'return', id: slipsOf } }} onClose={() => setSlipsOf(null)} />}
      {open && (
        <ReturnDialog
          onClose={() => setOpen(false)}
          onPosted={(docNo) => {
            setOpen(false);
            onNotice({ severity: 'success', text: t('stockui.returns.posted', { docNo }) });
          }}
        />
      )}
    </Stack>
  );
}
