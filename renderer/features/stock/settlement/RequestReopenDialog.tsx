import { useActor } from '../../../auth';
import { requestDayReopen } from '../../../db/approval-requests-repo';
import { getDb } from '../../../db/db';
import { useT } from '../../../i18n/context';
import { TextEntryDialog } from '../../../components/TextEntryDialog';

interface Props {
  day: string;
  onClose: () => void;
  onSubmitted: () => void;
}

/** WH-1, supervisor away: the keeper asks for the reopen with a reason; it waits on the supervisor's board. */
export function RequestReopenDialog({ day, onClose, onSubmitted }: Props) {
  const t = useT();
  const actor = useActor();

  const request = async (reason: string) => {
    await requestDayReopen(getDb(), actor, day, reason);
    onSubmitted();
    return true;
  };

  return (
    <TextEntryDialog titleId="reopen-request-title" title={t('apprui.reopen.requestTitle', { day })} description={t('apprui.reopen.hint')}
      label={t('stockui.settle.reopenReason')} fieldPath="reason" required submitLabel={t('apprui.reopen.request')} onSubmit={request} onClose={onClose} />
  );
}
