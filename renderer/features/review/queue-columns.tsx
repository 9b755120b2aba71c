import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import dayjs from 'dayjs';
import type { Translate } from '@shared/i18n';
import { recordKindLabelKeys } from '@shared/i18n/records';
import type { QueueRow } from './queue-rows';

export function queueColumns(t: Translate): GridColDef<QueueRow>[] {
  return [
    {
      field: 'overdue',
      headerName: '',
      width: 130,
      renderCell: ({ row }) => (row.overdue ? <Chip size="small" color="error" label={t('review.overdue')} /> : null),
    },
    { field: 'kind', headerName: t('revui.col.kind'), width: 110, valueGetter: (_v, row) => t(recordKindLabelKeys[row.kind]) },
    { field: 'createdAt', headerName: t('revui.col.createdAt'), width: 140, valueFormatter: (v: number) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { field: 'subject', headerName: t('review.pack.col.subject'), width: 220 },
    { field: 'detail', headerName: t('review.pack.col.detail'), flex: 1, minWidth: 240 },
  ];
}
