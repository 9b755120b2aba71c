import { useMemo } from 'react';
import dayjs from 'dayjs';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { ExportRecord } from '@shared/domain/export-record';
import type { Translate } from '@shared/i18n';
import { useT } from '../../i18n/context';
import { kindLabel } from './export-view';

/** Enough of the SHA-256 to compare two files by eye; the full value is in the cell's tooltip. */
const shaShown = 12;

function columnsFor(t: Translate): GridColDef<ExportRecord>[] {
  return [
    { field: 'kind', headerName: t('exports.col.kind'), width: 100, valueGetter: (_v, row) => t(kindLabel[row.kind]) },
    {
      field: 'range',
      headerName: t('exports.col.range'),
      width: 190,
      valueGetter: (_v, row) => t('exports.rangeValue', { from: row.rangeFrom, to: row.rangeTo }),
    },
    { field: 'rowCount', headerName: t('exports.col.rows'), type: 'number', width: 80 },
    {
      field: 'createdAt',
      headerName: t('exports.col.time'),
      width: 150,
      valueFormatter: (v: number) => dayjs(v).format('YYYY-MM-DD HH:mm'),
    },
    { field: 'fileName', headerName: t('exports.col.fileName'), flex: 1, minWidth: 220 },
    {
      field: 'location',
      headerName: t('exports.col.location'),
      flex: 1,
      minWidth: 160,
      valueGetter: (_v, row) => (row.location === 'download' ? t('exports.location.download') : row.location),
    },
    {
      field: 'sha256',
      headerName: t('exports.col.sha'),
      width: 150,
      valueFormatter: (v: string) => v.slice(0, shaShown),
      renderCell: ({ row, formattedValue }) => <span title={row.sha256}>{String(formattedValue)}</span>,
    },
  ];
}

export function ExportRegistryGrid({ records }: { records: ExportRecord[] | undefined }) {
  const t = useT();
  const columns = useMemo(() => columnsFor(t), [t]);
  return (
    <DataGrid
      aria-label={t('exports.list')}
      rows={records ?? []}
      columns={columns}
      getRowId={(row) => row.id ?? row.createdAt}
      loading={records === undefined}
      hideFooterSelectedRowCount
    />
  );
}
