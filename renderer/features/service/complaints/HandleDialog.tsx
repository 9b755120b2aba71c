import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { handleEscalation } from '../../../db/escalations-repo';
import { useT } from '../../../i18n/context';
import { TextEntryDialog } from '../../../components/TextEntryDialog';
import type { QueuedComplaint } from './complaint-data';
import { callLine } from './complaint-text';

interface Props {
  item: QueuedComplaint;
  onClose: () => void;
  onSaved: () => void;
}

/** SVC-4: the supervisor records how the complaint was handled; only then does it leave the queue. */
export function HandleDialog({ item, onClose, onSaved }: Props) {
  const t = useT();
  const actor = useActor();

  const handle = async (how: string) => {
    await handleEscalation(getDb(), actor, item.escalation.id, how);
    onSaved();
    return true;
  };

  return (
    <TextEntryDialog titleId="handle-title" title={t('svcui.complaint.handleTitle')} description={item.call ? callLine(item.call) : undefined}
      label={t('service.complaint.field.handledHow')} fieldPath="handled.how" required minRows={3}
      submitLabel={t('svcui.complaint.handle')} onSubmit={handle} onClose={onClose} />
  );
}
