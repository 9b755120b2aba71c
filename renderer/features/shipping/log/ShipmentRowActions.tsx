import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ShipmentLogRow } from '@shared/shipping/shipment-log';
import { useCan } from '../../../auth';
import type { Notice } from '../../../components/notice';
import { useT } from '../../../i18n/context';
import { useOpenTracking } from '../common/use-open-tracking';
import { ExceptionDialog } from './ExceptionDialog';
import { shipmentMoves, useShipmentMoves } from './use-shipment-moves';

/** 查询物流 and the status moves the shipment allows now (运输中 / 已签收 / 异常). */
export function ShipmentRowActions({ row, onNotice }: { row: ShipmentLogRow; onNotice: (n: Notice) => void }) {
  const t = useT();
  const mayPack = useCan('shipment.track');
  const openTracking = useOpenTracking(onNotice);
  const { runner, move } = useShipmentMoves(onNotice);
  const [exception, setException] = useState(false);
  const id = row.shipmentId;
  const moves = mayPack && id !== undefined ? shipmentMoves(row.status, row.voided) : [];
  const label = { inTransit: t('shipui.action.inTransit'), signed: t('shipui.action.signed'), exception: t('shipui.action.exception') } as const;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
      <Button size="small" sx={{ minWidth: 0 }} onClick={(e) => (e.stopPropagation(), void openTracking(row.carrier, row.trackingNo))}>
        {t('shipui.action.track')}
      </Button>
      {moves.map((m) => (
        <Button
          key={m}
          size="small"
          sx={{ minWidth: 0 }}
          color={m === 'exception' ? 'error' : 'primary'}
          disabled={runner.busy}
          onClick={(e) => {
            e.stopPropagation();
            if (m === 'exception') setException(true);
            else if (id !== undefined) void move(id, m);
          }}
        >
          {label[m]}
        </Button>
      ))}
      {exception && id !== undefined && (
        <ExceptionDialog busy={runner.busy} onClose={() => setException(false)} onConfirm={(note) => void move(id, 'exception', note).then((ok) => ok && setException(false))} />
      )}
    </Stack>
  );
}
