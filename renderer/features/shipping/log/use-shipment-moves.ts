import type { ShipmentStatus } from '@shared/shipping/shipment';
import { canMoveShipment } from '@shared/shipping/shipment';
import { useActor } from '../../../auth';
import type { Notice } from '../../../components/notice';
import { getDb } from '../../../db/db';
import { markShipmentException, markShipmentInTransit, markShipmentSigned } from '../../../db/shipments-repo';
import { useT } from '../../../i18n/context';
import { useStepRunner } from '../common/use-step-runner';

export type Move = 'inTransit' | 'signed' | 'exception';

/** The status buttons a shipment shows: only moves its state machine allows, never on a voided one. */
export function shipmentMoves(status: ShipmentStatus, voided: boolean): Move[] {
  if (voided) return [];
  return (['inTransit', 'signed', 'exception'] as const).filter((m) => canMoveShipment(status, m));
}

export function useShipmentMoves(onNotice: (n: Notice) => void) {
  const t = useT();
  const actor = useActor();
  const runner = useStepRunner(onNotice, true);
  const done = (status: ShipmentStatus) => t('shipui.marked', { status: t(`shipment.status.${status}`) });
  return {
    runner,
    move: (id: number, m: Move, note = '') =>
      runner.run(async () => {
        const db = getDb();
        const now = Date.now();
        if (m === 'inTransit') await markShipmentInTransit(db, actor, id, now);
        else if (m === 'signed') await markShipmentSigned(db, actor, id, now, now);
        else await markShipmentException(db, actor, id, note, now);
        return done(m);
      }),
  };
}
