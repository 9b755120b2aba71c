import { useMemo } from 'react';
import dayjs from 'dayjs';
import BlockIcon from '@mui/icons-material/Block';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import Chip from '@mui/material/Chip';
import { DataGrid, GridActionsCell, GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import type { CallLog } from '@shared/domain/call-log';
import type { Translate } from '@shared/i18n';
import { useT } from '../../i18n/context';
import { directionLabel, topicLabel } from './call-labels';
import { isVoided } from './call-totals';
import type { CallsInRange } from './use-call-logs';

export interface CallRowActions {
  /** 作废 is offered only to who may void (record.void), and only on calls not voided yet. */
  canVoid: boolean;
  onDetails: (call: CallLog) => void;
  onVoid: (call: CallLog) => void;
}

function actionsColumn(t: Translate, actions: CallRowActions): GridColDef<CallLog> {
  return {
    field: 'actions',
    type: 'actions',
    headerName: t('calls.col.actions'),
    width: 90,
    renderCell: (params) => {
      const items = [
        <GridActionsCellItem
          key="details"
          icon={<InfoOutlinedIcon />}
          label={t('calls.details.open')}
          onClick={() => actions.onDetails(params.row)}
        />,
      ];
      if (actions.canVoid && !isVoided(params.row)) {
        items.push(
          <GridActionsCellItem key="void" icon={<BlockIcon />} label={t('calls.void')} onClick={() => actions.onVoid(params.row)} />,
        );
      }
      return <GridActionsCell {...params}>{items}</GridActionsCell>;
    },
  };
}

function columnsFor(t: Translate, data: CallsInRange | undefined, actions: CallRowActions): GridColDef<CallLog>[] {
  const customerName = (row: CallLog) =>
    row.customerId === undefined ? '' : (data?.customersById.get(row.customerId)?.name ?? '');
  return [
    { field: 'at', headerName: t('call.field.at'), width: 140, valueFormatter: (v: number) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    {
      field: 'status',
      headerName: t('calls.col.status'),
      width: 84,
      valueGetter: (_v, row) => (isVoided(row) ? t('calls.voided') : ''),
      renderCell: ({ row }) => isVoided(row) && <Chip size="small" color="error" variant="outlined" label={t('calls.voided')} />,
    },
    { field: 'direction', headerName: t('call.field.direction'), width: 70, valueGetter: (_v, row) => t(directionLabel[row.direction]) },
    { field: 'phone', headerName: t('call.field.phone'), width: 120 },
    { field: 'customer', headerName: t('call.field.customer'), width: 100, valueGetter: (_v, row) => customerName(row) },
    { field: 'contact', headerName: t('call.field.contact'), width: 90 },
    { field: 'topic', headerName: t('call.field.topic'), width: 70, valueGetter: (_v, row) => t(topicLabel[row.topic]) },
    { field: 'content', headerName: t('call.field.content'), flex: 2, minWidth: 180 },
    { field: 'result', headerName: t('call.field.result'), flex: 1, minWidth: 120 },
    { field: 'followUpDate', headerName: t('call.field.followUpDate'), width: 100 },
    { field: 'handlerName', headerName: t('calls.col.handler'), width: 84 },
    actionsColumn(t, actions),
  ];
}

interface Props extends CallRowActions {
  data: CallsInRange | undefined;
}

/** The calls of the chosen range, newest first; voided calls stay, struck through and marked 已作废. */
export function CallLogGrid({ data, canVoid, onDetails, onVoid }: Props) {
  const t = useT();
  const columns = useMemo(
    () => columnsFor(t, data, { canVoid, onDetails, onVoid }),
    [t, data, canVoid, onDetails, onVoid],
  );
  return (
    <DataGrid
      aria-label={t('calls.list')}
      rows={data?.calls ?? []}
      columns={columns}
      getRowId={(row) => row.id ?? row.createdAt}
      getRowClassName={({ row }) => (isVoided(row) ? 'call-voided' : '')}
      loading={data === undefined}
      initialState={{ sorting: { sortModel: [{ field: 'at', sort: 'desc' }] } }}
      onRowDoubleClick={({ row }) => onDetails(row)}
      hideFooterSelectedRowCount
      sx={{ '& .call-voided .MuiDataGrid-cell': { textDecoration: 'line-through', color: 'text.secondary' } }}
    />
  );
}
