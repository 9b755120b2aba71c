import { useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useT } from '../../../i18n/context';

/** 异常: what happened (lost, returned, refused …); the note is required. */
export function ExceptionDialog({ busy, onClose, onConfirm }: { busy: boolean; onClose: () => void; onConfirm: (note: string) => void }) {
  const t = useT();
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (note.trim()) onConfirm(note.trim());
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="exception-title">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="exception-title">{t('shipui.exception.title')}</DialogTitle>
        <DialogContent>
          <TextField label={t('shipui.exception.note')} value={note} onChange={(e) => setNote(e.target.value)} required autoFocus multiline minRows={2} fullWidth sx={{ mt: 1 }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" color="error" disabled={busy || note.trim() === ''}>
            {t('action.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
