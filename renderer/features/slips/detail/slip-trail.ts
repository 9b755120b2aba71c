import type { Translate } from '@shared/i18n';
import { coveringApprovals } from '@shared/slips/approval-cover';
import type { PurchaseSlip } from '@shared/slips/purchase-slip';
import { when } from '../common/format';

/** What has happened to the slip, one line per step taken (OUT-7 sign-off, OUT-1 steps, release). */
export function slipTrail(slip: PurchaseSlip, t: Translate): string[] {
  const lines: string[] = [];
  // OUT-7: a sign-off that no longer covers the lines is not shown as given (the slip asks again).
  const signOff = coveringApprovals(slip.approvals, slip.lines).signOff ?? (slip.released ? slip.approvals.signOff : undefined);
  if (signOff) lines.push(t('slipsui.detail.signOff', { name: signOff.supervisorName, time: when(signOff.at) }));
  if (slip.customerSignature) lines.push(t('slipsui.detail.signature', { name: slip.customerSignature.name, time: when(slip.customerSignature.at) }));
  if (slip.released) lines.push(t('slipsui.detail.released', { name: slip.released.name, time: when(slip.released.at) }));
  if (slip.pickupConfirmation) lines.push(t('slipsui.detail.pickupConfirmed', { name: slip.pickupConfirmation.name, time: when(slip.pickupConfirmation.at) }));
  if (slip.doneAt !== undefined) lines.push(t('slipsui.detail.doneAt', { time: when(slip.doneAt) }));
  return lines;
}
