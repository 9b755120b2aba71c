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
import type { Customer } from '@shared/domain/customer';
import type { Translate } from '@shared/i18n';
import { useCan } from '../../../auth';
import { ListGrid } from '../../../components/ListGrid';
import type { StoredPartsRelease } from '../../../db/parts-releases-repo';
import { useT } from '../../../i18n/context';
import { linesText } from '../common/line-text';
import { useCustomersByIds } from '../common/use-customer-names';
import { useProductMap, type StoredProduct } from '../common/use-products';
import type { TabProps } from '../tab-props';
import { useConfirmRelease, usePartsReleases } from './use-parts-releases';

interface Lookups {
  products: ReadonlyMap<number, StoredProduct> | undefined;
  customers: ReadonlyMap<number, Customer> | undefined;
}

const time = (ms: number | undefined) => (ms === undefined ? '' : dayjs(ms).format('YYYY-MM-DD HH:mm'));
const statusColor = { waiting: 'warning', released: 'success', cancelled: 'default' } as const;

function columnsFor(t: Translate, names: Lookups, action: ((r: StoredPartsRelease) => void) | null, busyId: number | null): GridColDef<StoredPartsRelease>[] {
  const cols: GridColDef<StoredPartsRelease>[] = [
    { field: 'createdAt', headerName: t('partsui.col.createdAt'), width: 140, valueFormatter: (v: number) => time(v) },
    { field: 'customer', headerName: t('partsui.col.customer'), width: 120, valueGetter: (_v, row) => names.customers?.get(row.customerId)?.name ?? '' },
    { field: 'parts', headerName: t('partsui.col.parts'), flex: 1, minWidth: 200, valueGetter: (_v, row) => linesText(row.lines, names.products, t('list.separator')) },
    { field: 'createdByName', headerName: t('partsui.col.createdBy'), width: 90 },
    {
      field: 'status', headerName: t('stockui.col.status'), width: 130,
      valueGetter: (_v, row) => t(`parts.status.${row.status}`),
      renderCell: ({ row }) => <Chip size="small" color={statusColor[row.status]} label={row.cancelReason ? t(`parts.cancel.${row.cancelReason}`) : t(`parts.status.${row.status}`)} />,
    },
    { field: 'docNo', headerName: t('partsui.col.docNo'), width: 150 },
    { field: 'released', headerName: t('partsui.col.released'), width: 170, valueGetter: (_v, row) => (row.releasedByName ? t('partsui.releasedBy', { name: row.releasedByName, time: time(row.releasedAt) }) : '') },
  ];
  if (action) {
    cols.push({
      field: 'actions', headerName: t('stockui.col.actions'), width: 110, sortable: false,
      renderCell: ({ row }) => row.status === 'waiting' && <Button size="small" variant="contained" disabled={busyId !== null} onClick={() => action(row)}>{t('partsui.confirm')}</Button>,
    });
  }
  return cols;
}

/** 备件出库 (SVC-3): the parts service reports used, waiting for the keeper to release them (出库单 CK…). */
export function PartsReleasesTab({ onNotice }: TabProps) {
  const t = useT();
  const mayRelease = useCan('outbound.release');
  const [showDone, setShowDone] = useState(false);
  const rows = usePartsReleases(showDone);
  const products = useProductMap();
  const customers = useCustomersByIds((rows ?? []).map((r) => r.customerId));
  const { busyId, confirm } = useConfirmRelease(onNotice);
  const columns = useMemo(() => columnsFor(t, { products, customers }, mayRelease ? (r) => void confirm(r) : null, busyId), [t, products, customers, mayRelease, confirm, busyId]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <FormControlLabel control={<Switch checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />} label={t('partsui.showDone')} />
        <Alert severity="info" sx={{ py: 0 }}>{mayRelease ? t('partsui.hint') : t('partsui.keeperOnly')}</Alert>
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid aria-label={t('partsui.list')} rows={rows ?? []} columns={columns} loading={rows === undefined} emptyText={t('partsui.empty')} />
      </Box>
    </Stack>
  );
}
