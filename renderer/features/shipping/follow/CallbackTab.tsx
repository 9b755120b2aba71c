import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Translate } from '@shared/i18n';
import { formatGoods, slipGoods } from '@shared/shipping/shipment-log';
import { useActor, useCan } from '../../../auth';
import type { Notice } from '../../../components/notice';
import { getDb } from '../../../db/db';
import { recordShipmentCallback } from '../../../db/shipments-repo';
import { getSlip } from '../../../db/slips-repo';
import { useT } from '../../../i18n/context';
import { carrierName } from '../common/carrier-name';
import { when } from '../common/format';
import { ListGrid } from '../../../components/ListGrid';
import { noRefusal, refusalOf, type Refusal } from '../../../components/refusal';
import { StatusChip } from '../common/StatusChip';
import { useCarriers, useProductMap } from '../common/use-data';
import { CallbackDialog } from './CallbackDialog';
import { callbackInput, type CallbackValues } from './follow-forms';
import { useCallbackQueue, type ShipmentView } from './use-queues';

type Row = ShipmentView & { id: number };

function columns(t: Translate, carrier: (c: string) => string, mayCall: boolean, onCall: (r: Row) => void): GridColDef<Row>[] {
  return [
    { field: 'signedAt', headerName: t('shipment.field.signedAt'), width: 140, valueGetter: (_v, r) => when(r.shipment.signedAt) },
    { field: 'slipNo', headerName: t('shipment.field.slipNo'), width: 150 },
    { field: 'recipient', headerName: t('shipui.col.recipient'), width: 180, valueGetter: (_v, r) => `${r.recipient?.name ?? ''} ${r.recipient?.phone ?? ''}` },
    { field: 'tracking', headerName: t('shipment.field.trackingNo'), flex: 1, minWidth: 200, valueGetter: (_v, r) => `${carrier(r.shipment.carrier)} ${r.shipment.trackingNo}` },
    { field: 'callbacks', headerName: t('shipment.callback.note'), width: 180, valueGetter: (_v, r) => r.shipment.callbacks.at(-1)?.note ?? '' },
    { field: 'status', headerName: t('shipment.field.status'), width: 90, renderCell: ({ row }) => <StatusChip status={row.shipment.status} /> },
    {
      field: 'actions', headerName: t('shipui.col.actions'), width: 100, sortable: false,
      renderCell: ({ row }) => mayCall && <Button size="small" variant="contained" onClick={() => onCall(row)}>{t('shipui.action.callback')}</Button>,
    },
  ];
}

/** SHP-5 待回访: signed-for parcels whose customer has not yet been called back. */
export function CallbackTab({ onNotice }: { onNotice: (n: Notice) => void }) {
  const t = useT();
  const actor = useActor();
  const mayCall = useCan('call.write');
  const queue = useCallbackQueue();
  const carriers = useCarriers();
  const products = useProductMap();
  const [open, setOpen] = useState<Row | null>(null);
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);
  const rows = useMemo(() => (queue ?? []).map((v) => ({ ...v, id: v.shipment.id })), [queue]);
  const slipId = open?.shipment.slipId;
  const slip = useLiveQuery(() => (slipId !== undefined ? getSlip(getDb(), slipId) : undefined), [slipId]);
  // What the box should hold: as registered at dispatch (every exchange's shipment), else from the slip.
  const registered = open?.shipment.goods;
  const goods = registered ? formatGoods(registered) : slip && products ? formatGoods(slipGoods(slip, products)) : '';

  const save = async (row: Row, v: CallbackValues) => {
    setBusy(true);
    try {
      const r = await recordShipmentCallback(getDb(), actor, row.id, callbackInput(v, row.recipient, t, Date.now()));
      const text = r.needsOutstandingIssue ? t('shipui.callback.problem') : v.reached ? t('shipui.callback.saved') : t('shipui.callback.notReached');
      onNotice({ severity: r.needsOutstandingIssue ? 'warning' : 'success', text });
      setOpen(null);
    } catch (e) {
      setRefusal(refusalOf(t, e, (p) => p.startsWith('callback.')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ flexGrow: 1, minHeight: 300, pt: 1 }}>
      <ListGrid
        aria-label={t('shipui.tab.callback')}
        emptyText={t('shipui.callback.empty')}
        rows={rows}
        loading={queue === undefined}
        columns={columns(t, (c) => carrierName(carriers, c, t), mayCall, (r) => (setRefusal(noRefusal), setOpen(r)))}
      />
      {open && <CallbackDialog view={open} goods={goods} busy={busy} error={refusal} onClose={() => setOpen(null)} onSave={(v) => void save(open, v)} />}
    </Box>
  );
}
