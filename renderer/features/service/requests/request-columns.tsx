import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import type { Translate } from '@shared/i18n';
import type { StoredServiceRequest } from '../../../db/service-requests-repo';
import { namesOf } from '../common/use-names';
import { formatMinute } from './request-details';
import { StatusChip } from './StatusChip';

/** The requests list: the most urgent first by default, then the newest. */
export function requestColumns(t: Translate, staff: ReadonlyMap<number, string>): GridColDef<StoredServiceRequest>[] {
  return [
    { field: 'no', headerName: t('service.request.field.no'), width: 140 },
    {
      field: 'priority',
      headerName: t('service.request.field.priority'),
      width: 80,
      renderCell: ({ row }) => <Chip size="small" variant="outlined" color={row.priority <= 2 ? 'error' : 'default'} label={t(`service.priority.${row.priority}`)} />,
    },
    { field: 'status', headerName: t('service.request.field.status'), width: 90, renderCell: ({ row }) => <StatusChip status={row.status} /> },
    { field: 'contact', headerName: t('service.request.field.contact'), width: 100 },
    { field: 'phone', headerName: t('service.request.field.phone'), width: 120 },
    { field: 'problem', headerName: t('service.request.field.problem'), flex: 1, minWidth: 180 },
    {
      field: 'plannedAt',
      headerName: t('service.dispatch.field.plannedAt'),
      width: 140,
      valueGetter: (_v, row) => row.dispatch?.plannedAt ?? null,
      valueFormatter: (v: number | null) => (v === null ? '' : formatMinute(v)),
    },
    { field: 'technicians', headerName: t('service.dispatch.field.technicians'), width: 120, valueGetter: (_v, row) => namesOf(row.dispatch?.technicianIds ?? [], staff, t('list.separator')) },
    { field: 'createdAt', headerName: t('svcui.col.createdAt'), width: 140, valueFormatter: (v: number) => formatMinute(v) },
  ];
}
