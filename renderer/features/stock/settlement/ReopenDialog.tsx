import { issue } from '@shared/stock/messages';
import { ValidationError } from '@shared/validation';
import { useActor, useApproval } from '../../../auth';
import { getDb } from '../../../db/db';
import { reopenDay } from '../../../db/settlement-repo';
import { useT } from '../../../i18n/context';
import { TextEntryDialog } from '../../../components/TextEntryDialog';

interface Props {
  day: string;
  onClose: () => void;
  onReopened: () => void;
}

/** WH-1: reopening a settled day for a correction: a reason, then the supervisor's signature. */
export function ReopenDialog({ day, onClose, onReopened }: Props) {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();

  const reopen = async (text: string) => {
    const reason = text.trim();
    // A blank reason is refused at the field before the supervisor is asked to sign anything.
    if (reason === '') throw new ValidationError([issue('reason', 'stock.settlement.reopenReasonRequired')]);
    const approval = await requestApproval({ title: t('stockui.settle.reopenTitle'), description: t('stockui.settle.reopenDescription', { day, reason }) });
    if (!approval) return false;
    await reopenDay(getDb(), actor, day, reason, approval);
    onReopened();
    return true;
  };

  return (
    <TextEntryDialog titleId="reopen-title" title={`${t('stockui.settle.reopenTitle')} ${day}`} label={t('stockui.settle.reopenReason')}
      fieldPath="reason" submitLabel={t('stockui.settle.reopen')} onSubmit={reopen} onClose={onClose} />
  );
}
