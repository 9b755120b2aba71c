import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { closeOutstandingIssue, type StoredOutstandingIssue } from '../../../db/outstanding-repo';
import { useT } from '../../../i18n/context';
import { TextEntryDialog } from '../../../components/TextEntryDialog';

interface Props {
  issue: StoredOutstandingIssue;
  onClose: () => void;
  onSaved: () => void;
}

/** SVC-3: an outstanding issue is closed only with its resolution. */
export function CloseIssueDialog({ issue, onClose, onSaved }: Props) {
  const t = useT();
  const actor = useActor();

  const close = async (resolution: string) => {
    await closeOutstandingIssue(getDb(), actor, issue.id, resolution);
    onSaved();
    return true;
  };

  return (
    <TextEntryDialog titleId="close-issue-title" title={t('svcui.outstanding.closeTitle')} description={issue.description}
      label={t('service.outstanding.field.resolution')} fieldPath="resolution" required
      submitLabel={t('svcui.outstanding.close')} onSubmit={close} onClose={onClose} />
  );
}
