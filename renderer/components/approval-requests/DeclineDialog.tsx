import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/context';

interface Props {
  /** The request in one line the supervisor recognises. */
  subject: string;
  onClose: () => void;
  /** Declines with the trimmed note; resolves to an error to show, or null once declined. */
  onConfirm: (note: string) => Promise<string | null>;
}

/** 驳回: the supervisor says why (required, refused at the field); the request is kept with the note. */
export function DeclineDialog({ subject, onClose, onConfirm }: Props) {
  const t = useT();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (note.trim() === '') return setNoteError(t('approvals.error.noteRequired'));
    setBusy(true);
    const error = await onConfirm(note.trim());
    setBusy(false);
    if (error === null) onClose();
    else setFailure(error);
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="decline-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="decline-title">{t('apprui.declineTitle')}</DialogTitle>
        <DialogContent>
          <Typography sx={{ fontWeight: 600, mb: 1.5 }}>{subject}</Typography>
          <TextField fullWidth autoFocus multiline minRows={2} required label={t('apprui.declineNote')} value={note}
            onChange={(e) => (setNote(e.target.value), setNoteError(null), setFailure(null))}
            error={noteError !== null} helperText={noteError} />
          {failure && <Alert severity="error" sx={{ mt: 2 }}>{failure}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" color="error" disabled={busy}>{t('apprui.decline')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
