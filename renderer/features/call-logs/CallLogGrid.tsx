import { useMemo } from 'react';
import dayjs from 'dayjs';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { CallLog } from '@shared/domain/call-log';
import type { Translate } from '@shared/i18n';
import { useT } from '../../i18n/context';
import { directionLabel, topicLabel } from './call-labels';
import type { CallsInRange } from './use-call-logs';

function columnsFor(t: Translate, data: CallsInRange | undefined): GridColDef<CallLog>[] {
  const customerName = (row: CallLog) =>
    row.customerId === undefined ? '' : (data?.customersById.get(row.customerId)?.name ?? '');
  return [
    { field: 'at', headerName: t('call.field.at'), width: 140, valueFormatter: (v: number) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { field: 'direction', headerName: t('call.field.direction'), width: 90, valueGetter: (_v, row) => t(directionLabel[row.direction]) },
    { field: 'phone', headerName: t('call.field.phone'), width: 130 },
    { field: 'customer', headerName: t('call.field.customer'), width: 110, valueGetter: (_v, row) => customerName(row) },
    { field: 'contact', headerName: t('call.field.contact'), width: 100 },
    { field: 'topic', headerName: t('call.field.topic'), width: 90, valueGetter: (_v, row) => t(topicLabel[row.topic]) },
    { field: 'content', headerName: t('call.field.content'), flex: 2, minWidth: 200 },
    { field: 'result', headerName: t('call.field.result'), flex: 1, minWidth: 140 },
    { field: 'followUpDate', headerName: t('call.field.followUpDate'), width: 120 },
  ];
}

/** The calls of the chosen range, newest first. */
export function CallLogGrid({ data }: { data: CallsInRange | undefined }) {
  const t = useT();
  const columns = useMemo(() => columnsFor(t, data), [t, data]);
  return (
    <DataGrid
      aria-label={t('calls.list')}
      rows={data?.calls ?? []}
      columns={columns}
      getRowId={(row) => row.id ?? row.createdAt}
      loading={data === undefined}
      initialState={{ sorting: { sortModel: [{ field: 'at', sort: 'desc' }] } }}
      hideFooterSelectedRowCount
    />
  );
}
