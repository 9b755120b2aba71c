import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import type { Translate } from '@shared/i18n';
import { useT } from '../../../i18n/context';
import { money } from '../common/format';
import { ListGrid } from '../../../components/ListGrid';
import type { SlipMark, SlipRow } from './slip-rows';

const markColor: Record<SlipMark, 'default' | 'error' | 'info' | 'warning'> = { printed: 'default', voided: 'error', replacement: 'info', signOff: 'warning' };
const markLabel = (t: Translate, m: SlipMark) =>
  m === 'voided' ? t('slip.voided') : m === 'printed' ? t('slipsui.mark.printed') : m === 'replacement' ? t('slipsui.mark.replacement') : t('slipsui.mark.signOff');

function columns(t: Translate): GridColDef<SlipRow>[] {
  return [
    { field: 'no', headerName: t('slip.field.no'), width: 160 },
    { field: 'customer', headerName: t('slip.field.customer'), flex: 1, minWidth: 120 },
    { field: 'orderType', headerName: t('slip.field.orderType'), width: 100 },
    { field: 'delivery', headerName: t('slip.field.delivery'), width: 100 },
    { field: 'total', headerName: t('slip.field.total'), width: 120, align: 'right', headerAlign: 'right', valueFormatter: (v: number) => money(v) },
    { field: 'status', headerName: t('slip.field.status'), width: 120 },
    {
      field: 'marks',
      headerName: t('slipsui.col.marks'),
      width: 220,
      sortable: false,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
          {row.marks.map((m) => (
            <Chip key={m} size="small" color={markColor[m]} variant={m === 'printed' ? 'outlined' : 'filled'} label={markLabel(t, m)} />
          ))}
        </Stack>
      ),
    },
  ];
}

interface Props {
  rows: SlipRow[];
  loading: boolean;
  onOpen: (id: number) => void;
}

/** The day's slips; a click or Enter opens one. */
export function SlipList({ rows, loading, onOpen }: Props) {
  const t = useT();
  return (
    <ListGrid
      aria-label={t('slipsui.list')}
      emptyText={t('slipsui.empty')}
      rows={rows}
      columns={columns(t)}
      loading={loading}
      onRowClick={({ row }: { row: SlipRow }) => onOpen(row.id)}
      onCellKeyDown={({ row }: { row: SlipRow }, e) => e.key === 'Enter' && onOpen(row.id)}
      sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
    />
  );
}
