import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import dayjs from 'dayjs';
import type { Translate } from '@shared/i18n';
import { recordKindLabelKeys } from '@shared/i18n/records';
import type { QueueRow } from './queue-rows';

/** The queue's columns; a week's list adds whether each record was reviewed and its comment (as the pack prints it). */
export function queueColumns(t: Translate, week = false): GridColDef<QueueRow>[] {
  const columns: GridColDef<QueueRow>[] = [
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
  if (!week) return columns;
  return [
    ...columns,
    { field: 'pending', headerName: t('revui.col.state'), width: 90, valueGetter: (_v, row) => t(row.pending ? 'revui.state.pending' : 'revui.state.reviewed') },
    { field: 'comment', headerName: t('review.pack.col.comment'), width: 200 },
  ];
}
