import { useMemo } from 'react';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import type { Translate } from '@shared/i18n';
import type { StoredProduct } from '../../../db/stock-rows';
import { useT } from '../../../i18n/context';
import { ListGrid } from '../../../components/ListGrid';
import { productMarks } from './product-flags';

interface Props {
  products: StoredProduct[] | undefined;
  onOpen: (product: StoredProduct) => void;
}

function columnsFor(t: Translate): GridColDef<StoredProduct>[] {
  return [
    { field: 'code', headerName: t('product.field.code'), width: 120 },
    { field: 'name', headerName: t('product.field.name'), flex: 1.5, minWidth: 160 },
    { field: 'category', headerName: t('product.field.category'), width: 100 },
    { field: 'spec', headerName: t('product.field.spec'), width: 120 },
    { field: 'unit', headerName: t('product.field.unit'), width: 60 },
    { field: 'price', headerName: t('product.field.price'), type: 'number', width: 100, valueFormatter: (v: number) => v.toFixed(2) },
    { field: 'location', headerName: t('product.field.location'), width: 90 },
    { field: 'safetyStock', headerName: t('product.field.safetyStock'), type: 'number', width: 80 },
    {
      field: 'marks',
      headerName: t('stockui.col.flags'),
      flex: 1,
      minWidth: 180,
      sortable: false,
      valueGetter: (_v, row) => productMarks(row).map((k) => t(k)).join(' '),
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
          {productMarks(row).map((k) => (
            <Chip key={k} size="small" variant="outlined" color={k === 'stockui.products.inactive' ? 'default' : 'primary'} label={t(k)} />
          ))}
        </Stack>
      ),
    },
  ];
}

/** The product list; double-click or Enter opens a product for editing. */
export function ProductGrid({ products, onOpen }: Props) {
  const t = useT();
  const columns = useMemo(() => columnsFor(t), [t]);
  return (
    <ListGrid
      aria-label={t('stockui.products.list')}
      emptyText={t('stockui.picker.noOptions')}
      rows={products ?? []}
      columns={columns}
      loading={products === undefined}
      onRowDoubleClick={({ row }) => onOpen(row)}
      onCellKeyDown={({ row }, event) => {
        if (event.key === 'Enter') onOpen(row);
      }}
      getRowClassName={({ row }) => (row.active ? '' : 'product-inactive')}
      sx={{ '& .product-inactive .MuiDataGrid-cell': { color: 'text.secondary' } }}
    />
  );
}
