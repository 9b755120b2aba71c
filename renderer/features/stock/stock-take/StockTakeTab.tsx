import { useMemo, useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import dayjs from 'dayjs';
import type { Translate } from '@shared/i18n';
import type { StockTake } from '@shared/stock/stock-take';
import { useCan } from '../../../auth';
import { useT } from '../../../i18n/context';
import { ListGrid } from '../../../components/ListGrid';
import type { TabProps } from '../tab-props';
import { CreateTakeDialog } from './CreateTakeDialog';
import { scopeText, takeSummary } from './take-form';
import { TakeDetail } from './TakeDetail';
import { useStockTake, useStockTakes } from './use-takes';

type Row = StockTake & { id: number };

function columnsFor(t: Translate, onOpen: (id: number) => void): GridColDef<Row>[] {
  return [
    { field: 'docNo', headerName: t('stock.field.docNo'), width: 150 },
    { field: 'createdAt', headerName: t('stock.field.at'), width: 140, valueFormatter: (v: number) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { field: 'scope', headerName: t('stockui.take.scope'), flex: 1, minWidth: 160, valueGetter: (_v, row) => scopeText(t, row.scope, t('list.separator')) },
    { field: 'blind', headerName: t('stockui.take.blindTag'), width: 70, valueGetter: (_v, row) => (row.blind ? t('import.value.yes') : t('import.value.no')) },
    { field: 'summary', headerName: t('stockui.col.lines'), flex: 1, minWidth: 200, valueGetter: (_v, row) => takeSummary(t, row.lines) },
    { field: 'status', headerName: t('stockui.col.status'), width: 90, valueGetter: (_v, row) => t(`stockui.take.status.${row.status}`) },
    { field: 'createdByName', headerName: t('stock.field.handler'), width: 90 },
    {
      field: 'actions', headerName: t('stockui.col.actions'), width: 90, sortable: false,
      renderCell: ({ row }) => <Button size="small" onClick={() => onOpen(row.id)}>{t('stockui.take.open')}</Button>,
    },
  ];
}

function OpenTake({ id, onBack, onNotice }: { id: number; onBack: () => void; onNotice: TabProps['onNotice'] }) {
  const take = useStockTake(id);
  // Keyed by status: after posting, the table shows the take as posted, not the inputs.
  return take ? <TakeDetail key={take.status} take={take} onBack={onBack} onNotice={onNotice} /> : null;
}

/** 盘点 (WH-2): the stock takes; open one to print its sheet, enter counts and post. */
export function StockTakeTab({ onNotice }: TabProps) {
  const t = useT();
  const mayCount = useCan('stock.receive');
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const takes = useStockTakes();
  const columns = useMemo(() => columnsFor(t, setOpenId), [t]);

  if (openId !== null) return <OpenTake id={openId} onBack={() => setOpenId(null)} onNotice={onNotice} />;
  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        {mayCount && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
            {t('stockui.take.new')}
          </Button>
        )}
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid aria-label={t('stockui.take.list')} rows={takes ?? []} columns={columns} loading={takes === undefined}
          onRowDoubleClick={({ row }) => setOpenId(row.id)} emptyText={t('stockui.take.empty')} />
      </Box>
      {creating && (
        <CreateTakeDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setOpenId(id);
          }}
        />
      )}
    </Stack>
  );
}
