import { useMemo, useState } from 'react';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '@shared/domain/local-date';
import type { Translate } from '@shared/i18n';
import { formatGoods, type ShipmentLogRow } from '@shared/shipping/shipment-log';
import { useActor, useCan } from '../../../auth';
import { errorText } from '../../../auth/error-text';
import type { Notice } from '../../../components/notice';
import { getDb } from '../../../db/db';
import { shipmentLog } from '../../../db/shipments-repo';
import { useLang, useT } from '../../../i18n/context';
import { getPlatform } from '../../../platform';
import { carrierName } from '../common/carrier-name';
import { DayBar } from '../../../components/DayBar';
import { when } from '../common/format';
import { ListGrid } from '../../../components/ListGrid';
import { StatusChip } from '../common/StatusChip';
import { useCarriers } from '../common/use-data';
import { ReportButton } from '../report/ReportButton';
import { exportShipmentLog } from './export-log';
import { shipmentLogTable } from './log-report';
import { ShipmentRowActions } from './ShipmentRowActions';

type Row = ShipmentLogRow & { id: number };

function columns(t: Translate, carrier: (code: string) => string, onNotice: (n: Notice) => void): GridColDef<Row>[] {
  return [
    // The day is chosen above: the time is enough here.
    { field: 'shippedAt', headerName: t('shipment.field.shippedAt'), width: 80, valueFormatter: (v: number) => when(v).slice(11) },
    { field: 'name', headerName: t('shipment.field.name'), width: 80 },
    { field: 'phone', headerName: t('shipment.field.phone'), width: 115 },
    { field: 'trackingNo', headerName: t('shipment.field.trackingNo'), width: 150 },
    { field: 'status', headerName: t('shipment.field.status'), width: 84, renderCell: ({ row }) => <StatusChip status={row.status} voided={row.voided} /> },
    { field: 'actions', headerName: t('shipui.col.actions'), width: 270, sortable: false, renderCell: ({ row }) => <ShipmentRowActions row={row} onNotice={onNotice} /> },
    { field: 'address', headerName: t('shipment.field.address'), flex: 1, minWidth: 180 },
    { field: 'goods', headerName: t('shipment.field.goods'), width: 170, valueGetter: (_v, row) => formatGoods(row.goods) },
    { field: 'carrier', headerName: t('shipment.field.carrier'), width: 70, valueFormatter: (v: string) => carrier(v) },
    { field: 'slipNo', headerName: t('shipment.field.slipNo'), width: 150 },
  ];
}

/** SHP-3 发货登记: the day's parcels on screen, printable on A4 and exportable to Excel; status moves per row. */
export function LogTab({ onNotice }: { onNotice: (n: Notice) => void }) {
  const t = useT();
  const [lang] = useLang();
  const actor = useActor();
  const mayExport = useCan('export');
  const [day, setDay] = useState(() => toIsoDate(Date.now()));
  const [error, setError] = useState<string | null>(null);
  const carriers = useCarriers();
  const log = useLiveQuery(() => shipmentLog(getDb(), day), [day]);
  const rows = useMemo(() => (log ?? []).map((r, i) => ({ ...r, id: r.shipmentId ?? -i - 1 })), [log]);
  const name = (code: string) => carrierName(carriers, code, t);

  const runExport = async () => {
    setError(null);
    try {
      const r = await exportShipmentLog(getDb(), actor, getPlatform(), day, lang);
      if (r.status === 'written') onNotice({ severity: 'success', text: t('shipui.log.exported', { location: r.record.location }) });
      else onNotice({ severity: 'info', text: r.status === 'empty' ? t('shipui.log.empty') : t('export.cancelled') });
    } catch (e) {
      setError(errorText(t, e));
    }
  };

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0, pt: 1 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <DayBar day={day} onDay={setDay} />
        <Box sx={{ flexGrow: 1 }} />
        <ReportButton label={t('shipui.log.print')} disabled={!log} make={() => [shipmentLogTable(log ?? [], day, name, t, lang)]} />
        {mayExport && (
          <Button variant="outlined" startIcon={<FileDownloadIcon />} disabled={!log || log.length === 0} onClick={() => void runExport()}>
            {t('shipui.log.export')}
          </Button>
        )}
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid aria-label={t('shipment.log.title')} emptyText={t('shipui.log.empty')} rows={rows} columns={columns(t, name, onNotice)} loading={log === undefined} />
      </Box>
    </Stack>
  );
}
