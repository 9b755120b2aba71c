import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { alpha } from '@mui/material/styles';
import type { Translate } from '@shared/i18n';
import { useLang, useT } from '../../../i18n/context';
import { ListGrid } from '../../../components/ListGrid';
import { ReportButtons } from '../common/ReportButtons';
import type { TabProps } from '../tab-props';
import { levelRows, type LevelRow } from './level-rows';
import { reorderExportTable, reorderPrintTable } from './reorder-report';
import { useReorderList, useStockLevels } from './use-levels';

function columnsFor(t: Translate): GridColDef<LevelRow>[] {
  return [
    { field: 'code', headerName: t('product.field.code'), width: 120 },
    { field: 'name', headerName: t('product.field.name'), flex: 1.5, minWidth: 160 },
    { field: 'spec', headerName: t('product.field.spec'), width: 120 },
    { field: 'location', headerName: t('product.field.location'), width: 100 },
    { field: 'onHand', headerName: t('stock.field.sellable'), type: 'number', width: 90 },
    {
      field: 'faulty', headerName: t('stock.field.faulty'), type: 'number', width: 80,
      renderCell: ({ row }) => (row.faulty === 0 ? '' : <Chip size="small" color="error" variant="outlined" label={row.faulty} />),
    },
    { field: 'unit', headerName: t('product.field.unit'), width: 60 },
    { field: 'safetyStock', headerName: t('product.field.safetyStock'), type: 'number', width: 90 },
    {
      field: 'low',
      headerName: t('stockui.col.status'),
      width: 100,
      valueGetter: (_v, row) => (row.low ? t('stockui.stock.low') : ''),
      renderCell: ({ row }) => row.low && <Chip size="small" color="warning" label={t('stockui.stock.low')} />,
    },
  ];
}

/** 库存: sellable stock per product with its faulty stock (不良品) beside it, its location and safety level; the reorder list (IN-1). */
export function StockLevelsTab({ onNotice }: TabProps) {
  const t = useT();
  const [lang] = useLang();
  const [lowOnly, setLowOnly] = useState(false);
  const levels = useStockLevels();
  const reorder = useReorderList();
  const rows = useMemo(() => levelRows(levels ?? [], lowOnly), [levels, lowOnly]);
  const columns = useMemo(() => columnsFor(t), [t]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <FormControlLabel control={<Switch checked={lowOnly} onChange={(e) => setLowOnly(e.target.checked)} />} label={t('stockui.stock.lowOnly')} />
        <Typography variant="body2" color={reorder?.length ? 'warning.main' : 'text.secondary'} data-testid="reorder-count">
          {reorder?.length ? t('stockui.stock.reorderInfo', { count: reorder.length }) : t('stockui.stock.reorderEmpty')}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <ReportButtons
          printLabel={t('stockui.stock.printReorder')}
          exportLabel={t('stockui.stock.exportReorder')}
          makePrint={() => reorderPrintTable(reorder ?? [], lang, Date.now())}
          makeExport={() => reorderExportTable(reorder ?? [], lang, Date.now())}
          onNotice={onNotice}
          disabled={reorder === undefined}
        />
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid
          aria-label={t('stockui.stock.list')}
          emptyText={t(lowOnly ? 'stockui.stock.reorderEmpty' : 'stockui.picker.noOptions')}
          rows={rows}
          columns={columns}
          loading={levels === undefined}
          getRowClassName={({ row }) => (row.low ? 'stock-low' : '')}
          sx={{ '& .stock-low, & .stock-low:hover': { bgcolor: (theme) => alpha(theme.palette.warning.main, 0.14) } }}
        />
      </Box>
    </Stack>
  );
}
