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
import type { StoredProduct } from '../../../db/stock-rows';
import { listServiceReports, type StoredServiceReport } from '../../../db/service-reports-repo';
import { useT } from '../../../i18n/context';
import { PrintPreviewDialog } from '../../../print/PrintPreviewDialog';
import type { PrintPreviewSource } from '../../../print/print-source';
import { ListGrid } from '../../../components/ListGrid';
import { namesOf, useCustomersByIds, useProducts, useStaffNames } from '../common/use-names';
import { formatMinute } from '../requests/request-details';
import type { TabProps } from '../tab-props';
import { ReportFormDialog } from './ReportFormDialog';
import { useReportPrint } from './use-report-print';

interface Lookups {
  customers?: Map<number, { name: string }>;
  staff: ReadonlyMap<number, string>;
  products?: Map<number, StoredProduct>;
}

function columnsFor(t: Translate, names: Lookups, onPrint: (r: StoredServiceReport) => void): GridColDef<StoredServiceReport>[] {
  const sep = t('list.separator');
  return [
    { field: 'arrivalAt', headerName: t('service.report.field.arrivalAt'), width: 140, valueFormatter: (v: number) => formatMinute(v) },
    { field: 'customer', headerName: t('service.report.field.customer'), width: 110, valueGetter: (_v, row) => names.customers?.get(row.customerId)?.name ?? '' },
    { field: 'technicians', headerName: t('service.report.field.technicians'), width: 120, valueGetter: (_v, row) => namesOf(row.technicianIds, names.staff, sep) },
    { field: 'workDone', headerName: t('service.report.field.workDone'), flex: 1, minWidth: 180 },
    {
      field: 'parts',
      headerName: t('service.report.field.partsUsed'),
      width: 170,
      valueGetter: (_v, row) => row.partsUsed.map((p) => t('service.report.partLine', { product: names.products?.get(p.productId)?.name ?? `#${p.productId}`, qty: p.qty })).join(sep),
    },
    { field: 'result', headerName: t('service.report.field.result'), width: 90, valueGetter: (_v, row) => (row.voided ? t('export.voidedMark') : t(`service.result.${row.result}`)) },
    {
      field: 'print',
      headerName: '',
      width: 56,
      sortable: false,
      renderCell: ({ row }) => (
        <IconButton size="small" aria-label={t('svcui.report.print', { date: formatMinute(row.arrivalAt) })} onClick={() => onPrint(row)}>
          <PrintIcon fontSize="small" />
        </IconButton>
      ),
    },
  ];
}

/** 服务报告 (permanent): every visit's report, printable as the A4 form with signature boxes. */
export function ReportsTab({ onNotice }: TabProps) {
  const t = useT();
  const mayWrite = useCan('service.write');
  const [creating, setCreating] = useState(false);
  const [doc, setDoc] = useState<PrintPreviewSource | null>(null);
  const rows = useLiveQuery(() => listServiceReports(getDb()), []);
  const customers = useCustomersByIds(rows?.map((r) => r.customerId) ?? []);
  const staff = useStaffNames();
  const products = useProducts();
  const makePrint = useReportPrint();
  const columns = useMemo(() => {
    const print = (r: StoredServiceReport) => void makePrint(r).then(setDoc, (e: unknown) => onNotice({ severity: 'error', text: errorText(t, e) }));
    return columnsFor(t, { customers, staff, products }, print);
  }, [t, customers, staff, products, makePrint, onNotice]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        {mayWrite && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
            {t('svcui.report.new')}
          </Button>
        )}
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid aria-label={t('svcui.report.list')} rows={rows ?? []} columns={columns} loading={rows === undefined} emptyText={t('svcui.report.empty')} />
      </Box>
      {creating && (
        <ReportFormDialog
          onClose={() => setCreating(false)}
          onSaved={(text) => {
            setCreating(false);
            onNotice({ severity: 'success', text });
          }}
        />
      )}
      <PrintPreviewDialog open={doc !== null} doc={doc} onClose={() => setDoc(null)} />
    </Stack>
  );
}
