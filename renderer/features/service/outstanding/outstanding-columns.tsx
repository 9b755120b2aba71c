import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import type { Translate } from '@shared/i18n';
import { isOutstandingOverdue } from '@shared/service/outstanding';
import type { StoredOutstandingIssue } from '../../../db/outstanding-repo';
import { formatMinute } from '../requests/request-details';
import { daysOverdue, sourceLabelKeys } from './outstanding-view';

export interface IssueActions {
  mayWrite: boolean;
  onStart: (issue: StoredOutstandingIssue) => void;
  onClose: (issue: StoredOutstandingIssue) => void;
}

export function outstandingColumns(t: Translate, staff: ReadonlyMap<number, string>, today: string, actions: IssueActions): GridColDef<StoredOutstandingIssue>[] {
  return [
    { field: 'createdAt', headerName: t('service.outstanding.field.createdAt'), width: 140, valueFormatter: (v: number) => formatMinute(v) },
    { field: 'description', headerName: t('service.outstanding.field.description'), flex: 1, minWidth: 200 },
    {
      field: 'source',
      headerName: t('service.outstanding.field.source'),
      width: 120,
      valueGetter: (_v, row) => t('service.outstanding.sourceRef', { kind: t(sourceLabelKeys[row.source.kind]), id: row.source.id }),
    },
    { field: 'owner', headerName: t('service.outstanding.field.owner'), width: 90, valueGetter: (_v, row) => staff.get(row.ownerId) ?? `#${row.ownerId}` },
    {
      field: 'dueDate',
      headerName: t('service.outstanding.field.dueDate'),
      width: 170,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
          <span>{row.dueDate}</span>
          {isOutstandingOverdue(row, today) && <Chip size="small" color="error" label={t('svcui.outstanding.overdueDays', { days: daysOverdue(row.dueDate, today) })} />}
        </Stack>
      ),
    },
    { field: 'status', headerName: t('service.outstanding.field.status'), width: 80, valueGetter: (_v, row) => t(`service.outstanding.status.${row.status}`) },
    { field: 'resolution', headerName: t('service.outstanding.field.resolution'), width: 160 },
    {
      field: 'actions',
      headerName: '',
      width: 170,
      sortable: false,
      renderCell: ({ row }) =>
        actions.mayWrite && row.status !== 'closed' ? (
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
            {row.status === 'open' && (
              <Button size="small" onClick={() => actions.onStart(row)}>
                {t('svcui.outstanding.start')}
              </Button>
            )}
            <Button size="small" onClick={() => actions.onClose(row)}>
              {t('svcui.outstanding.close')}
            </Button>
          </Stack>
        ) : null,
    },
  ];
}
