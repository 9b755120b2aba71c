import { useMemo, useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import dayjs from 'dayjs';
import type { Translate } from '@shared/i18n';
import type { Receipt } from '@shared/stock/receiving';
import { useCan } from '../../../auth';
import { useT } from '../../../i18n/context';
import { ListGrid } from '../../../components/ListGrid';
import { StockSlipsDialog } from '../../../components/stock-slips/StockSlipsDialog';
import type { TabProps } from '../tab-props';
import { ReceiptDialog } from './ReceiptDialog';
import { useDiscrepancies, useReceipts } from './use-receiving';

type Row = Receipt & { id: number };

function columnsFor(t: Translate, onSlips: (id: number) => void): GridColDef<Row>[] {
  return [
    { field: 'docNo', headerName: t('stock.field.docNo'), width: 150 },
    { field: 'at', headerName: t('stock.field.at'), width: 140, valueFormatter: (v: number) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { field: 'deliveryNoteNo', headerName: t('stock.receipt.field.deliveryNoteNo'), width: 130 },
    { field: 'supplier', headerName: t('stock.receipt.field.supplier'), flex: 1, minWidth: 120 },
    { field: 'lines', headerName: t('stockui.col.lines'), width: 100, valueGetter: (_v, row) => t('stockui.receiving.lineCount', { count: row.lines.length }) },
    { field: 'receiverName', headerName: t('stock.receipt.field.receiver'), width: 90 },
    { field: 'keeperName', headerName: t('stock.receipt.field.keeper'), width: 90 },
    { field: 'note', headerName: t('stock.field.note'), flex: 1, minWidth: 120 },
    {
      field: 'slips', headerName: t('stockui.col.actions'), width: 110, sortable: false,
      renderCell: ({ row }) => <Button size="small" onClick={() => onSlips(row.id)}>{t('stockui.slip.open')}</Button>,
    },
  ];
}

/** 入库: the inbound slips, and 到货入库 for a new delivery (IN-2, IN-3). */
export function ReceivingTab({ onOpenTab }: TabProps) {
  const t = useT();
  // IN-2: whoever takes goods from the carrier opens 到货入库; the keeper confirms it.
  const mayReceive = useCan('stock.receiveDelivery');
  const [open, setOpen] = useState(false);
  const receipts = useReceipts();
  const discrepancies = useDiscrepancies(false);
  const [slipsOf, setSlipsOf] = useState<number | null>(null);
  const columns = useMemo(() => columnsFor(t, setSlipsOf), [t]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        {discrepancies && discrepancies.length > 0 && (
          <Alert severity="warning" sx={{ py: 0 }} action={<Button color="inherit" size="small" onClick={() => onOpenTab('discrepancies')}>{t('stockui.receiving.viewDiscrepancies')}</Button>}>
            {t('stockui.disc.openCount', { count: discrepancies.length })}
          </Alert>
        )}
        <Box sx={{ flexGrow: 1 }} />
        {mayReceive && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
            {t('stockui.receiving.new')}
          </Button>
        )}
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid aria-label={t('stockui.receiving.list')} rows={receipts ?? []} columns={columns} loading={receipts === undefined} emptyText={t('stockui.receiving.empty')} />
      </Box>
      {slipsOf !== null && <StockSlipsDialog target={{ ref: { type: 'receipt', id: slipsOf } }} onClose={() => setSlipsOf(null)} />}
      {open && (
        <ReceiptDialog
          onClose={() => setOpen(false)}
          onOpenDiscrepancies={() => {
            setOpen(false);
            onOpenTab('discrepancies');
          }}
        />
      )}
    </Stack>
  );
}
