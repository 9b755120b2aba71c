import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { printIssuesBeforePost } from '@shared/slips/ship-flow';
import { pendingSignOff } from '@shared/slips/validate-slip';
import { ActionButton, useActor, useApproval } from '../../../auth';
import { getDb } from '../../../db/db';
import { recordSlipSignOff } from '../../../db/slips-repo';
import { useT } from '../../../i18n/context';
import { carrierName } from '../common/carrier-name';
import { useCarriers, type StoredProduct } from '../common/use-data';
import { issueText } from '../../../i18n/issue-text';
import type { StepRunner } from '../common/use-step-runner';
import { shipApi } from './ship-api';
import type { ShipWork } from './use-ship-work';

interface Props {
  work: ShipWork;
  products: ReadonlyMap<number, StoredProduct>;
  runner: StepRunner;
}

/**
 * 发货过账: the outbound movement, the slip and the shipment (the log entry) in one transaction. OUT-7:
 * a product that needs the leader's signature asks the supervisor's approval first.
 */
export function PostSection({ work, products, runner }: Props) {
  const t = useT();
  const actor = useActor();
  const approve = useApproval();
  const carriers = useCarriers();
  const { doc, slip, shipment } = work;
  if (shipment) {
    return <Typography>{t('shipui.work.posted', { carrier: carrierName(carriers, shipment.carrier, t), trackingNo: shipment.trackingNo })}</Typography>;
  }
  if (doc.status !== 'waybilled') return null;
  // OUT-2: the slip's yellow copy (with the back-office screenshot where it needs one) is printed first; an exchange has no slip to print.
  const waits = slip ? printIssuesBeforePost(slip) : [];
  return (
    <Stack spacing={1}>
    {waits.map((w) => <Alert key={w.message} severity="warning">{issueText(t, w.message)}</Alert>)}
    <ActionButton
      needs="outbound.release"
      variant="contained"
      color="success"
      sx={{ alignSelf: 'flex-start' }}
      disabled={runner.busy || waits.length > 0}
      onClick={() =>
        void runner.run(async () => {
          // OUT-7 is a slip's; an exchange's own rules were checked when it was recorded.
          const pending = slip ? pendingSignOff(slip, products) : [];
          if (slip && pending.length > 0) {
            const names = pending.map((id) => products.get(id)?.name ?? `#${id}`).join(t('list.separator'));
            const approval = await approve({ title: t('slipsui.signOff.title'), description: t('slipsui.signOff.description', { no: slip.no, products: names }) });
            if (!approval) return null;
            await recordSlipSignOff(getDb(), actor, slip.id, approval);
          }
          return t('shipui.post.done', { docNo: await shipApi(doc.source).post(getDb(), actor) });
        })
      }
    >
      {t('shipui.post.button')}
    </ActionButton>
    </Stack>
  );
}
