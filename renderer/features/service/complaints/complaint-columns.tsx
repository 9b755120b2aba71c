import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import type { Translate } from '@shared/i18n';
import { formatMinute } from '../requests/request-details';
import type { ComplaintCall, QueuedComplaint } from './complaint-data';

export function queueColumns(t: Translate, mayHandle: boolean, onHandle: (q: QueuedComplaint) => void): GridColDef<QueuedComplaint & { id: number }>[] {
  return [
    { field: 'at', headerName: t('svcui.complaint.col.escalatedAt'), width: 140, valueGetter: (_v, row) => formatMinute(row.escalation.at) },
    {
      field: 'major',
      headerName: t('svcui.complaint.col.level'),
      width: 100,
      renderCell: ({ row }) => <Chip size="small" color={row.escalation.majorIncident ? 'error' : 'warning'} label={t(row.escalation.majorIncident ? 'service.complaint.majorIncident' : 'service.complaint.serious')} />,
    },
    { field: 'who', headerName: t('call.field.contact'), width: 150, valueGetter: (_v, row) => (row.call ? [row.call.contact, row.call.phone].filter(Boolean).join(' ') : '') },
    { field: 'content', headerName: t('call.field.content'), flex: 1, minWidth: 200, valueGetter: (_v, row) => row.call?.content ?? '' },
    { field: 'note', headerName: t('svcui.complaint.note'), width: 160, valueGetter: (_v, row) => row.escalation.note },
    { field: 'by', headerName: t('svcui.complaint.col.markedBy'), width: 90, valueGetter: (_v, row) => row.escalation.markedByName },
    {
      field: 'actions',
      headerName: '',
      width: 100,
      sortable: false,
      renderCell: ({ row }) =>
        mayHandle ? (
          <Button size="small" variant="outlined" onClick={() => onHandle(row)}>
            {t('svcui.complaint.handle')}
          </Button>
        ) : null,
    },
  ];
}

function statusChip(t: Translate, row: ComplaintCall) {
  const e = row.escalation;
  if (!e) return <Chip size="small" variant="outlined" label={t('svcui.complaint.status.none')} />;
  if (e.handled) return <Chip size="small" color="success" label={t('svcui.complaint.status.handled')} title={e.handled.how} />;
  return <Chip size="small" color={e.majorIncident ? 'error' : 'warning'} label={t('svcui.complaint.status.queued')} />;
}

export function callColumns(t: Translate, mayEscalate: boolean, onEscalate: (c: ComplaintCall) => void): GridColDef<ComplaintCall & { id: number }>[] {
  return [
    { field: 'at', headerName: t('call.field.at'), width: 140, valueGetter: (_v, row) => formatMinute(row.call.at) },
    { field: 'who', headerName: t('call.field.contact'), width: 150, valueGetter: (_v, row) => [row.call.contact, row.call.phone].filter(Boolean).join(' ') },
    { field: 'content', headerName: t('call.field.content'), flex: 1, minWidth: 200, valueGetter: (_v, row) => row.call.content },
    { field: 'result', headerName: t('call.field.result'), width: 160, valueGetter: (_v, row) => row.call.result },
    { field: 'status', headerName: t('svcui.complaint.col.status'), width: 110, renderCell: ({ row }) => statusChip(t, row) },
    {
      field: 'handled',
      headerName: t('service.complaint.field.handledHow'),
      width: 160,
      valueGetter: (_v, row) => (row.escalation?.handled ? `${row.escalation.handled.byName}:${row.escalation.handled.how}` : ''),
    },
    {
      field: 'actions',
      headerName: '',
      width: 130,
      sortable: false,
      renderCell: ({ row }) =>
        mayEscalate && !row.escalation ? (
          <Button size="small" color="error" variant="outlined" onClick={() => onEscalate(row)}>
            {t('svcui.complaint.escalate')}
          </Button>
        ) : null,
    },
  ];
}
