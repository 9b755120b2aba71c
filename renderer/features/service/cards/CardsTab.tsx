import { useMemo, useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import PrintIcon from '@mui/icons-material/Print';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Translate } from '@shared/i18n';
import { useCan } from '../../../auth';
import { errorText } from '../../../auth/error-text';
import { getDb } from '../../../db/db';
import { listServiceCards, type StoredServiceCard } from '../../../db/service-cards-repo';
import type { StoredProduct } from '../../../db/stock-rows';
import { useT } from '../../../i18n/context';
import { PrintPreviewDialog } from '../../../print/PrintPreviewDialog';
import type { PrintPreviewSource } from '../../../print/print-source';
import { ListGrid } from '../../../components/ListGrid';
import { useCustomersByIds, useProducts, useStaffNames } from '../common/use-names';
import type { TabProps } from '../tab-props';
import { CardFormDialog } from './CardFormDialog';
import { useCardPrint } from './use-card-print';

interface Lookups {
  customers?: Map<number, { name: string }>;
  staff: ReadonlyMap<number, string>;
  products?: Map<number, StoredProduct>;
}

function columnsFor(t: Translate, names: Lookups, onPrint: (c: StoredServiceCard) => void): GridColDef<StoredServiceCard>[] {
  return [
    { field: 'cardNo', headerName: t('service.card.field.cardNo'), width: 150 },
    { field: 'serviceDate', headerName: t('service.card.field.serviceDate'), width: 110 },
    { field: 'customer', headerName: t('service.card.field.customer'), width: 110, valueGetter: (_v, row) => names.customers?.get(row.customerId)?.name ?? '' },
    { field: 'product', headerName: t('service.card.field.product'), width: 150, valueGetter: (_v, row) => names.products?.get(row.productId)?.name ?? '' },
    { field: 'serialNo', headerName: t('service.card.field.serialNo'), width: 120 },
    { field: 'content', headerName: t('service.card.field.content'), flex: 1, minWidth: 160 },
    { field: 'technician', headerName: t('service.card.field.technician'), width: 90, valueGetter: (_v, row) => names.staff.get(row.technicianId) ?? '' },
    { field: 'nextServiceDate', headerName: t('service.card.field.nextServiceDate'), width: 110 },
    {
      field: 'print',
      headerName: '',
      width: 56,
      sortable: false,
      renderCell: ({ row }) => (
        <IconButton size="small" aria-label={t('svcui.card.print', { cardNo: row.cardNo })} onClick={() => onPrint(row)}>
          <PrintIcon fontSize="small" />
        </IconButton>
      ),
    },
  ];
}

/** 服务卡 (one year): a card per serviced product and visit, printable for the customer. */
export function CardsTab({ onNotice }: TabProps) {
  const t = useT();
  const mayWrite = useCan('service.write');
  const [creating, setCreating] = useState(false);
  const [doc, setDoc] = useState<PrintPreviewSource | null>(null);
  const rows = useLiveQuery(() => listServiceCards(getDb()), []);
  const customers = useCustomersByIds(rows?.map((r) => r.customerId) ?? []);
  const staff = useStaffNames();
  const products = useProducts();
  const makePrint = useCardPrint();
  const print = useMemo(() => (c: StoredServiceCard) => void makePrint(c).then(setDoc, (e: unknown) => onNotice({ severity: 'error', text: errorText(t, e) })), [makePrint, onNotice, t]);
  const columns = useMemo(() => columnsFor(t, { customers, staff, products }, print), [t, customers, staff, products, print]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        {mayWrite && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
            {t('svcui.card.new')}
          </Button>
        )}
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid aria-label={t('svcui.card.list')} rows={rows ?? []} columns={columns} loading={rows === undefined} emptyText={t('svcui.card.empty')} />
      </Box>
      {creating && (
        <CardFormDialog
          onClose={() => setCreating(false)}
          onSaved={(card) => {
            setCreating(false);
            onNotice({ severity: 'success', text: t('svcui.notice.cardSaved', { cardNo: card.cardNo }) });
            print(card);
          }}
        />
      )}
      <PrintPreviewDialog open={doc !== null} doc={doc} onClose={() => setDoc(null)} />
    </Stack>
  );
}
