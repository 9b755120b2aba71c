import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useT } from '../i18n/context';

interface Props {
  title: string;
  /** The record being voided, in one line the supervisor can recognise. */
  subject: string;
  onClose: () => void;
  /**
   * Called with the trimmed reason once one is given: asks the approval and voids. Resolves to an
   * error to show in the dialog, or null when the record was voided (the caller closes the dialog).
   */
  onConfirm: (reason: string) => Promise<string | null>;
}

/**
 * 作废: a permanent record is never deleted, only voided with a reason (required, refused at the field)
 * and a supervisor's approval. Mount it only while open, so every opening starts with an empty reason.
 */
export function VoidDialog({ title, subject, onClose, onConfirm }: Props) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) return setReasonError(t('voidDialog.reasonRequired'));
    setBusy(true);
    setFailure(null);
    try {
      setFailure(await onConfirm(trimmed));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="void-dialog-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="void-dialog-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={1.5}>
            <Typography sx={{ fontWeight: 600, wordBreak: 'break-all' }}>{subject}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t('voidDialog.hint')}
            </Typography>
            <TextField
              label={t('voidDialog.reason')}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(null);
              }}
              error={reasonError !== null}
              helperText={reasonError}
              required
              autoFocus
              multiline
              minRows={2}
            />
            {failure && <Alert severity="error">{failure}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" variant="contained" color="error" disabled={busy}>
            {t('voidDialog.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
