import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import type { GridColDef } from '@mui/x-data-grid';
import dayjs from 'dayjs';
import type { Translate } from '@shared/i18n';
import type { Discrepancy } from '@shared/stock/receiving';
import { useCan } from '../../../auth';
import { useT } from '../../../i18n/context';
import { ListGrid } from '../../../components/ListGrid';
import { useProductMap, type StoredProduct } from '../common/use-products';
import { useDiscrepancies } from '../receiving/use-receiving';
import type { TabProps } from '../tab-props';
import { ResolveDialog } from './ResolveDialog';

type Row = Discrepancy & { id: number };
type Products = ReadonlyMap<number, StoredProduct> | undefined;

const productText = (products: Products, id: number) => {
  const p = products?.get(id);
  return p ? `${p.code} ${p.name}` : `#${id}`;
};

function columnsFor(t: Translate, products: Products, onResolve: ((row: Row) => void) | null): GridColDef<Row>[] {
  const cols: GridColDef<Row>[] = [
    { field: 'receiptDocNo', headerName: t('stockui.disc.receipt'), width: 150 },
    { field: 'day', headerName: t('stock.field.day'), width: 100 },
    { field: 'product', headerName: t('stockui.line.product'), flex: 1, minWidth: 160, valueGetter: (_v, row) => productText(products, row.productId) },
    { field: 'noteQty', headerName: t('stock.receipt.field.noteQty'), type: 'number', width: 100 },
    { field: 'countedQty', headerName: t('stock.receipt.field.countedQty'), type: 'number', width: 100 },
    { field: 'difference', headerName: t('stock.discrepancy.field.difference'), type: 'number', width: 80 },
    {
      field: 'status', headerName: t('stockui.col.status'), width: 90,
      valueGetter: (_v, row) => t(`stock.discrepancy.status.${row.status}`),
      renderCell: ({ row }) => <Chip size="small" color={row.status === 'open' ? 'warning' : 'success'} label={t(`stock.discrepancy.status.${row.status}`)} />,
    },
    { field: 'resolution', headerName: t('stockui.disc.resolution'), flex: 1, minWidth: 140 },
    { field: 'handledByName', headerName: t('stockui.disc.handledBy'), width: 90 },
    { field: 'handledAt', headerName: t('stock.field.at'), width: 130, valueFormatter: (v?: number) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '') },
  ];
  if (onResolve) {
    cols.push({
      field: 'actions', headerName: t('stockui.col.actions'), width: 90, sortable: false,
      renderCell: ({ row }) => row.status === 'open' && <Button size="small" onClick={() => onResolve(row)}>{t('stockui.disc.resolve')}</Button>,
    });
  }
  return cols;
}

/** 差异 (IN-3): delivery discrepancies reported to the supervisor, open until handled with a note. */
export function DiscrepanciesTab({ onNotice }: TabProps) {
  const t = useT();
  const mayResolve = useCan('approve');
  const [showHandled, setShowHandled] = useState(false);
  const [resolving, setResolving] = useState<Row | null>(null);
  const rows = useDiscrepancies(showHandled);
  const products = useProductMap();
  const columns = useMemo(() => columnsFor(t, products, mayResolve ? setResolving : null), [t, products, mayResolve]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <FormControlLabel control={<Switch checked={showHandled} onChange={(e) => setShowHandled(e.target.checked)} />} label={t('stockui.disc.showHandled')} />
        {!mayResolve && <Alert severity="info" sx={{ py: 0 }}>{t('stockui.disc.supervisorOnly')}</Alert>}
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid aria-label={t('stockui.disc.list')} rows={rows ?? []} columns={columns} loading={rows === undefined} emptyText={t('stockui.disc.empty')} />
      </Box>
      {resolving && (
        <ResolveDialog
          id={resolving.id}
          description={`${resolving.receiptDocNo} · ${t('stockui.disc.detail', { product: productText(products, resolving.productId), noteQty: resolving.noteQty, countedQty: resolving.countedQty })}`}
          onClose={() => setResolving(null)}
          onResolved={() => {
            setResolving(null);
            onNotice({ severity: 'success', text: t('stockui.disc.resolved') });
          }}
        />
      )}
    </Stack>
  );
}
