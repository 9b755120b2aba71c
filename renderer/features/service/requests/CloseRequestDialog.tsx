import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { closeServiceRequest, type StoredServiceRequest } from '../../../db/service-requests-repo';
import { useT } from '../../../i18n/context';
import { TextEntryDialog } from '../../../components/TextEntryDialog';

interface Props {
  request: StoredServiceRequest;
  onClose: () => void;
  onSaved: () => void;
}

/** 关闭: the end of a completed request, or giving up on an open one (then with a reason). */
export function CloseRequestDialog({ request, onClose, onSaved }: Props) {
  const t = useT();
  const actor = useActor();

  const close = async (reason: string) => {
    await closeServiceRequest(getDb(), actor, request.id, reason);
    onSaved();
    return true;
  };

  return (
    <TextEntryDialog titleId="close-request-title" title={t('svcui.close.title', { no: request.no })} label={t('service.request.field.closeReason')}
      fieldPath="closeReason" required={request.status !== 'completed'} submitLabel={t('svcui.action.close')} submitColor="warning"
      onSubmit={close} onClose={onClose} />
  );
}
