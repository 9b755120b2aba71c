import Typography from '@mui/material/Typography';
import type { StringKey } from '@shared/i18n';
import { ValidationError } from '@shared/validation';
import { useT } from '../../i18n/context';
import { TextEntryDialog } from '../TextEntryDialog';

interface Props {
  /** The request in one line the supervisor recognises. */
  subject: string;
  onClose: () => void;
  /** Declines with the trimmed note; resolves to an error to show, or null once declined. */
  onConfirm: (note: string) => Promise<string | null>;
}

const noteRequired: StringKey = 'approvals.error.noteRequired';

/** 驳回: the supervisor says why (required, refused at the field); the request is kept with the note. */
export function DeclineDialog({ subject, onClose, onConfirm }: Props) {
  const t = useT();

  const decline = async (text: string) => {
    const note = text.trim();
    if (note === '') throw new ValidationError([{ path: 'note', message: noteRequired }]);
    const failure = await onConfirm(note);
    // The failure is already in the user's words: an issue off the field shows it as is, in the alert.
    if (failure !== null) throw new ValidationError([{ path: 'decision', message: failure }]);
    onClose();
    return true;
  };

  return (
    <TextEntryDialog titleId="decline-title" title={t('apprui.declineTitle')} label={t('apprui.declineNote')} fieldPath="note" required
      description={<Typography component="span" sx={{ fontWeight: 600, color: 'text.primary' }}>{subject}</Typography>}
      submitLabel={t('apprui.decline')} submitColor="error" onSubmit={decline} onClose={onClose} />
  );
}
