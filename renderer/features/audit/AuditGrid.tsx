import { useMemo } from 'react';
import dayjs from 'dayjs';
import Box from '@mui/material/Box';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { AuditEntry } from '@shared/audit/audit';
import type { Translate } from '@shared/i18n';
import { actionLabel, changesSummary, tableLabel } from '../../components/audit-text';
import { useT } from '../../i18n/context';

function columnsFor(t: Translate): GridColDef<AuditEntry>[] {
  return [
    { field: 'at', headerName: t('audit.col.at'), width: 160, valueFormatter: (v: number) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
    { field: 'staffName', headerName: t('audit.col.staff'), width: 90 },
    { field: 'action', headerName: t('audit.col.action'), width: 70, valueGetter: (_v, row) => t(actionLabel[row.action]) },
    { field: 'table', headerName: t('audit.col.table'), width: 100, valueGetter: (_v, row) => tableLabel(t, row.table) },
    { field: 'recordId', headerName: t('audit.col.recordId'), width: 90 },
    {
      field: 'changes',
      headerName: t('audit.col.changes'),
      flex: 1,
      minWidth: 280,
      sortable: false,
      valueGetter: (_v, row) => changesSummary(t, row),
      // Wrapped, with rows growing to fit (getRowHeight 'auto'): a change list is read in full.
      renderCell: ({ value }) => <Box sx={{ whiteSpace: 'normal', wordBreak: 'break-all' }}>{String(value)}</Box>,
    },
    { field: 'note', headerName: t('audit.col.note'), width: 160 },
  ];
}

/** The audit trail, newest first (the order the repository returns). */
export function AuditGrid({ entries }: { entries: AuditEntry[] | undefined }) {
  const t = useT();
  const columns = useMemo(() => columnsFor(t), [t]);
  return (
    <DataGrid
      aria-label={t('audit.list')}
      rows={entries ?? []}
      columns={columns}
      getRowId={(row) => row.id ?? `${row.at}-${row.table}-${row.recordId}`}
      loading={entries === undefined}
      getRowHeight={() => 'auto'}
      hideFooterSelectedRowCount
      sx={{ '& .MuiDataGrid-cell': { py: 0.5, alignItems: 'center' } }}
    />
  );
}
