import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { GridColDef } from '@mui/x-data-grid';
import type { Translate } from '@shared/i18n';
import { recipientAddress } from '@shared/shipping/shipping-list';
import { useActor, useCan } from '../../../auth';
import type { Notice } from '../../../components/notice';
import { getDb } from '../../../db/db';
import { recordShipmentChase } from '../../../db/shipments-repo';
import { useT } from '../../../i18n/context';
import { carrierName } from '../common/carrier-name';
import { when } from '../common/format';
import { ListGrid } from '../../../components/ListGrid';
import { noRefusal, refusalOf, type Refusal } from '../../../components/refusal';
import { StatusChip } from '../common/StatusChip';
import { useCarriers } from '../common/use-data';
import { useOpenTracking } from '../common/use-open-tracking';
import { ChaseDialog } from './ChaseDialog';
import { chaseInput, dayOfShipment, type ChaseValues } from './follow-forms';
import { useChaseQueue, type ShipmentView } from './use-queues';

type Row = ShipmentView & { id: number; days: number };

function columns(t: Translate, carrier: (c: string) => string, mayChase: boolean, onChase: (r: Row) => void, onTrack: (r: Row) => void): GridColDef<Row>[] {
  return [
    { field: 'shippedAt', headerName: t('shipment.field.shippedAt'), width: 140, valueGetter: (_v, r) => when(r.shipment.shippedAt) },
    { field: 'days', headerName: t('shipui.col.days'), width: 70, align: 'right', headerAlign: 'right' },
    { field: 'recipient', headerName: t('shipui.col.recipient'), width: 170, valueGetter: (_v, r) => `${r.recipient?.name ?? ''} ${r.recipient?.phone ?? ''}` },
    { field: 'address', headerName: t('shipment.field.address'), flex: 1, minWidth: 180, valueGetter: (_v, r) => (r.recipient ? recipientAddress(r.recipient) : '') },
    { field: 'tracking', headerName: t('shipment.field.trackingNo'), width: 200, valueGetter: (_v, r) => `${carrier(r.shipment.carrier)} ${r.shipment.trackingNo}` },
    { field: 'status', headerName: t('shipment.field.status'), width: 90, renderCell: ({ row }) => <StatusChip status={row.shipment.status} /> },
    {
      field: 'actions', headerName: t('shipui.col.actions'), width: 170, sortable: false,
      renderCell: ({ row }) => (
        <>
          <Button size="small" onClick={() => onTrack(row)}>{t('shipui.action.track')}</Button>
          {mayChase && <Button size="small" variant="contained" onClick={() => onChase(row)}>{t('shipui.action.chase')}</Button>}
        </>
      ),
    },
    { field: 'lastChase', headerName: t('shipui.col.lastChase'), width: 140, valueGetter: (_v, r) => when(r.shipment.chases.at(-1)?.at) },
    { field: 'slipNo', headerName: t('shipment.field.slipNo'), width: 150 },
  ];
}

/** SHP-4 待催查: parcels undelivered from their third day, the longest on the road first. */
export function ChaseTab({ onNotice }: { onNotice: (n: Notice) => void }) {
  const t = useT();
  const actor = useActor();
  const mayChase = useCan('call.write');
  const queue = useChaseQueue();
  const carriers = useCarriers();
  const openTracking = useOpenTracking(onNotice);
  const [open, setOpen] = useState<Row | null>(null);
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);
  const rows = useMemo(() => (queue?.views ?? []).map((v) => ({ ...v, id: v.shipment.id, days: dayOfShipment(v.shipment.shippedAt, queue?.now ?? v.shipment.shippedAt) })), [queue]);
  const track = (r: Row) => void openTracking(r.shipment.carrier, r.shipment.trackingNo);

  const save = async (row: Row, v: ChaseValues) => {
    setBusy(true);
    try {
      await recordShipmentChase(getDb(), actor, row.id, chaseInput(v, row.recipient, t, Date.now()));
      onNotice({ severity: 'success', text: t('shipui.chase.saved') });
      setOpen(null);
    } catch (e) {
      setRefusal(refusalOf(t, e, (p) => p.startsWith('chase.')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ flexGrow: 1, minHeight: 300, pt: 1 }}>
      <ListGrid
        aria-label={t('shipui.tab.chase')}
        emptyText={t('shipui.chase.empty')}
        rows={rows}
        loading={queue === undefined}
        columns={columns(t, (c) => carrierName(carriers, c, t), mayChase, (r) => (setRefusal(noRefusal), setOpen(r)), track)}
      />
      {open && <ChaseDialog view={open} days={open.days} busy={busy} error={refusal} onTrack={() => track(open)} onClose={() => setOpen(null)} onSave={(v) => void save(open, v)} />}
    </Box>
  );
}
