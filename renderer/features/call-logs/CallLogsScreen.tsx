import { useCallback, useState, type ComponentType } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CallLog } from '@shared/domain/call-log';
import { validateDateRange } from '@shared/domain/local-date';
import { useCan } from '../../auth';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { useNewRequest } from '../../components/use-new-request';
import { useT } from '../../i18n/context';
import { CallDetailsDrawer } from './CallDetailsDrawer';
import { CallEntryDialog } from './CallEntryDialog';
import { CallLogGrid } from './CallLogGrid';
import { CallLogsToolbar } from './CallLogsToolbar';
import { CallRegisterPreview } from './CallRegisterPreview';
import { CallTotalsLine } from './CallTotalsLine';
import { CallVoidDialog } from './CallVoidDialog';
import type { CreateCustomerDialogProps } from './create-customer-slot';
import { thisMonth, type DayRange } from './date-range';
import { useCallExport, type Notice } from './use-call-export';
import { useCallLogs } from './use-call-logs';

interface Props {
  /** The customers feature's create dialog, passed in by the app (see create-customer-slot.ts). */
  CreateCustomerDialog: ComponentType<CreateCustomerDialogProps>;
  /** Actions other modules offer on a call (e.g. 登记服务需求), shown in its details. */
  CallActions?: ComponentType<{ call: CallLog }>;
}

/** 电话记录: quick entry, the list for a date range, the printed register and the Excel export. */
export function CallLogsScreen({ CreateCustomerDialog, CallActions }: Props) {
  const t = useT();
  const [range, setRange] = useState<DayRange>(() => thisMonth(Date.now()));
  const [entryOpen, setEntryOpen] = useState(false);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Ids, not rows: the drawer and the dialog show the live row (a void appears at once).
  const [detailsId, setDetailsId] = useState<number | null>(null);
  const [voidingId, setVoidingId] = useState<number | null>(null);
  const canVoid = useCan('record.void');
  // F2 anywhere comes here as `#/calls?new=1`: the quick-entry form opens.
  useNewRequest(() => setEntryOpen(true), useCan('call.write'));
  const data = useCallLogs(range);
  const byId = (id: number | null) => data?.calls.find((c) => c.id === id) ?? null;
  const voiding = byId(voidingId);
  const openDetails = useCallback((call: CallLog) => setDetailsId(call.id ?? null), []);
  const openVoid = useCallback((call: CallLog) => setVoidingId(call.id ?? null), []);
  const exporter = useCallExport();
  const rangeOk = validateDateRange(range.from, range.to).length === 0;

  const exportRange = async () => setNotice(await exporter.run(range));

  return (
    <Stack spacing={1.5} sx={{ height: '100%' }} component="section" aria-label={t('nav.calls')}>
      <CallLogsToolbar
        range={range}
        onRangeChange={setRange}
        onNew={() => setEntryOpen(true)}
        onPrintPreview={() => setPreviewOpen(true)}
        onExport={() => void exportRange()}
        canPrint={rangeOk && data !== undefined}
        canExport={rangeOk && exporter.progress === null}
      />
      {exporter.progress !== null && (
        <Box role="status" aria-live="polite">
          <Typography variant="body2">{exporter.progress}</Typography>
          <LinearProgress
            variant={exporter.percent === null ? 'indeterminate' : 'determinate'}
            value={exporter.percent ?? undefined}
            aria-label={t('calls.exporting')}
          />
        </Box>
      )}
      <CallTotalsLine calls={data?.calls} />
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <CallLogGrid data={data} canVoid={canVoid} onDetails={openDetails} onVoid={openVoid} />
      </Box>
      {entryOpen && (
        <CallEntryDialog
          onClose={() => setEntryOpen(false)}
          onSaved={() => {
            setEntryOpen(false);
            setNotice({ severity: 'success', text: t('calls.saved') });
          }}
          CreateCustomerDialog={CreateCustomerDialog}
        />
      )}
      {voiding && (
        <CallVoidDialog
          call={voiding}
          onClose={() => setVoidingId(null)}
          onVoided={() => {
            setVoidingId(null);
            setNotice({ severity: 'success', text: t('calls.void.done') });
          }}
        />
      )}
      <CallDetailsDrawer call={byId(detailsId)} customersById={data?.customersById ?? new Map()} onClose={() => setDetailsId(null)} CallActions={CallActions} />
      {previewOpen && data && <CallRegisterPreview data={data} range={range} onClose={() => setPreviewOpen(false)} />}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
