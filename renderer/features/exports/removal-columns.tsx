import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import dayjs from 'dayjs';
import type { ExportRecord } from '@shared/domain/export-record';
import type { Translate } from '@shared/i18n';
import type { DueRow } from '../../db/retention-repo';

/** The due cards, each with the export that covers it (or that none does, which blocks its removal). */
export function removalColumns(t: Translate, exports: ReadonlyMap<number, ExportRecord>): GridColDef<DueRow>[] {
  return [
    { field: 'cardNo', headerName: t('service.card.field.cardNo'), width: 150, valueGetter: (_v, row) => row.record.cardNo },
    { field: 'date', headerName: t('service.card.field.serviceDate'), width: 110 },
    { field: 'createdAt', headerName: t('expui.removal.createdAt'), width: 140, valueGetter: (_v, row) => dayjs(row.record.createdAt).format('YYYY-MM-DD HH:mm') },
    { field: 'removableFrom', headerName: t('expui.removal.removableFrom'), width: 120 },
    {
      field: 'cover',
      headerName: t('expui.removal.coveredBy'),
      flex: 1,
      minWidth: 260,
      renderCell: ({ row }) => {
        const e = row.coveringExportId !== undefined ? exports.get(row.coveringExportId) : undefined;
        if (!e) return <Chip size="small" color="error" variant="outlined" label={t('expui.removal.notCovered')} />;
        return t('expui.removal.coverText', { id: e.id ?? 0, fileName: e.fileName, from: e.rangeFrom, to: e.rangeTo });
      },
    },
  ];
}
