import type { CallLog } from '@shared/domain/call-log';
import { VoidDialog } from '../../components/VoidDialog';
import { useT } from '../../i18n/context';
import { callSubject, useVoidCall } from './use-void-call';

interface Props {
  call: CallLog;
  onClose: () => void;
  onVoided: () => void;
}

/** 作废 one call: reason → supervisor approval → voidCallLog. A cancelled approval keeps the dialog open. */
export function CallVoidDialog({ call, onClose, onVoided }: Props) {
  const t = useT();
  const voidCall = useVoidCall();
  return (
    <VoidDialog
      title={t('calls.void.title')}
      subject={callSubject(t, call)}
      onClose={onClose}
      onConfirm={async (reason) => {
        const outcome = await voidCall(call, reason);
        if (outcome.kind === 'voided') onVoided();
        // A cancelled approval keeps the dialog open, reason kept, with nothing to report.
        return outcome.kind === 'failed' ? outcome.message : null;
      }}
    />
  );
}
