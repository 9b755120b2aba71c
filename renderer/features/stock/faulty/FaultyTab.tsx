import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import dayjs from 'dayjs';
import type { Translate } from '@shared/i18n';
import type { Scrap } from '@shared/stock/scrap';
import { useCan } from '../../../auth';
import type { FaultyLevel } from '../../../db/faulty-stock-repo';
import { useT } from '../../../i18n/context';
import { ListGrid } from '../../../components/ListGrid';
import { StockSlipsDialog } from '../../../components/stock-slips/StockSlipsDialog';
import { linesText } from '../common/line-text';
import { useProductMap, type StoredProduct } from '../common/use-products';
import type { TabProps } from '../tab-props';
import { ScrapDialog } from './ScrapDialog';
import { useFaultyStock, useScraps } from './use-faulty';

type LevelRow = FaultyLevel & { id: number };
type ScrapRow = Scrap & { id: number };

function levelColumns(t: Translate, onScrap: ((id: number) => void) | null): GridColDef<LevelRow>[] {
  const cols: GridColDef<LevelRow>[] = [
    { field: 'code', headerName: t('product.field.code'), width: 120, valueGetter: (_v, row) => row.product.code },
    { field: 'name', headerName: t('product.field.name'), flex: 1.5, minWidth: 160, valueGetter: (_v, row) => row.product.name },
    { field: 'spec', headerName: t('product.field.spec'), width: 140, valueGetter: (_v, row) => row.product.spec },
    { field: 'faulty', headerName: t('stock.field.faulty'), type: 'number', width: 90 },
    { field: 'unit', headerName: t('product.field.unit'), width: 60, valueGetter: (_v, row) => row.product.unit },
  ];
  if (onScrap) {
    cols.push({
      field: 'actions', headerName: t('stockui.col.actions'), width: 90, sortable: false,
      renderCell: ({ row }) => <Button size="small" color="error" onClick={() => onScrap(row.id)}>{t('stockui.faulty.scrap')}</Button>,
    });
  }
  return cols;
}

function scrapColumns(t: Translate, products: ReadonlyMap<number, StoredProduct> | undefined, onSlips: (id: number) => void): GridColDef<ScrapRow>[] {
  return [
    { field: 'docNo', headerName: t('stock.field.docNo'), width: 150 },
    { field: 'at', headerName: t('stock.field.at'), width: 140, valueFormatter: (v: number) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { field: 'lines', headerName: t('stockui.col.lines'), flex: 1.5, minWidth: 180, valueGetter: (_v, row) => linesText(row.lines, products, t('list.separator')) },
    { field: 'reason', headerName: t('stockui.faulty.reason'), flex: 1, minWidth: 140 },
    { field: 'approver', headerName: t('stockui.faulty.approver'), width: 90, valueGetter: (_v, row) => row.approval.supervisorName },
    { field: 'handlerName', headerName: t('stock.field.handler'), width: 90 },
    {
      field: 'slips', headerName: t('stockui.col.actions'), width: 110, sortable: false,
      renderCell: ({ row }) => <Button size="small" onClick={() => onSlips(row.id)}>{t('stockui.slip.open')}</Button>,
    },
  ];
}

/**
 * 不良品: goods with a quality problem (a customer return, an exchange's returned item), kept apart
 * from sellable stock; from here they are scrapped (报废, supervisor's approval). The maker's return
 * list (返厂单) will take them from here too.
 */
export function FaultyTab({ onNotice }: TabProps) {
  const t = useT();
  const mayScrap = useCan('stock.receive');
  const levels = useFaultyStock();
  const scraps = useScraps();
  const products = useProductMap();
  const [scrapping, setScrapping] = useState<number | null | undefined>(undefined);
  const rows = useMemo(() => (levels ?? []).map((l) => ({ ...l, id: l.product.id })), [levels]);
  const levelCols = useMemo(() => levelColumns(t, mayScrap ? setScrapping : null), [t, mayScrap]);
  const [slipsOf, setSlipsOf] = useState<number | null>(null);
  const scrapCols = useMemo(() => scrapColumns(t, products, setSlipsOf), [t, products]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary">{t('stockui.faulty.intro')}</Typography>
        <Box sx={{ flexGrow: 1 }} />
        {mayScrap && (
          <Button variant="outlined" color="error" disabled={rows.length === 0} onClick={() => setScrapping(null)}>
            {t('stockui.faulty.scrap')}
          </Button>
        )}
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 200 }}>
        <ListGrid aria-label={t('stockui.faulty.list')} rows={rows} columns={levelCols} loading={levels === undefined} emptyText={t('stockui.faulty.empty')} />
      </Box>
      <Typography variant="subtitle1" component="h2">{t('stockui.faulty.scraps')}</Typography>
      <Box sx={{ flexGrow: 1, minHeight: 200 }}>
        <ListGrid aria-label={t('stockui.faulty.scraps')} rows={scraps ?? []} columns={scrapCols} loading={scraps === undefined} emptyText={t('stockui.faulty.noScraps')} />
      </Box>
      {slipsOf !== null && <StockSlipsDialog target={{ ref: { type: 'scrap', id: slipsOf } }} onClose={() => setSlipsOf(null)} />}
      {scrapping !== undefined && (
        <ScrapDialog levels={levels ?? []} initialProductId={scrapping} onClose={() => setScrapping(undefined)}
          onPosted={(docNo) => (setScrapping(undefined), onNotice({ severity: 'success', text: t('stockui.faulty.posted', { docNo }) }))} />
      )}
    </Stack>
  );
}
