import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { validateBackupPassword } from '@shared/backup/password';
import { errorText } from '../../auth/error-text';
import { useT } from '../../i18n/context';
import { issueText } from '../../i18n/issue-text';

interface Props {
  /** A password is already set: the dialog says what a change means for earlier backups. */
  changing: boolean;
  onSave: (password: string) => Promise<void>;
  onClose: () => void;
  onSaved: () => void;
}

/** The backup password, typed twice, with what to keep safe. */
export function BackupPasswordDialog({ changing, onSave, onClose, onSaved }: Props) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const issue = validateBackupPassword(password)[0];
    if (issue) return setErrors({ password: issueText(t, issue.message) });
    if (confirm !== password) return setErrors({ confirm: t('backupPassword.error.mismatch') });
    setBusy(true);
    try {
      await onSave(password);
      onSaved();
    } catch (err) {
      setFailure(errorText(t, err));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth aria-labelledby="backup-password-title">
      <form data-enter-next noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="backup-password-title">{t('backupPassword.dialogTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Alert severity="warning">{t('backupPassword.keepSafe')}</Alert>
            {changing && <Alert severity="info">{t('backupPassword.changeNote')}</Alert>}
            <TextField
              label={t('backupPassword.field')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => {
                setPassword(e.target.value);
                setErrors({});
              }}
              error={errors.password !== undefined}
              helperText={errors.password ?? t('backupPassword.hint')}
              autoFocus
              slotProps={{ htmlInput: { 'data-autofocus': true } }}
              required
            />
            <TextField
              label={t('backupPassword.confirm')}
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => {
                setConfirm(e.target.value);
                setErrors({});
              }}
              error={errors.confirm !== undefined}
              helperText={errors.confirm}
              required
            />
            {failure && <Alert severity="error">{failure}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
