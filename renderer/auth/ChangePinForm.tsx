import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Role } from '@shared/auth/roles';
import { getDb } from '../db/db';
import { changeOwnPin } from '../db/staff-repo';
import { useT } from '../i18n/context';
import { errorText } from './error-text';
import { NewPinFields, useNewPin } from './NewPinFields';

interface Props {
  staffId: number;
  name: string;
  roles: readonly Role[];
  /** The PIN just accepted at sign-in: it proves the change, so it is not asked for again. */
  currentPin: string;
  /** After the new PIN is saved: signs in with it. */
  onChanged: (newPin: string) => Promise<void>;
  onCancel: () => void;
}

/** A supervisor still on a PIN shorter than six digits sets a longer one before the app opens. */
export function ChangePinForm({ staffId, name, roles, currentPin, onChanged, onCancel }: Props) {
  const t = useT();
  const newPin = useNewPin(roles);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !newPin.check()) return;
    setBusy(true);
    setFailure(null);
    try {
      await changeOwnPin(getDb(), staffId, currentPin, newPin.pin);
      await onChanged(newPin.pin);
    } catch (err) {
      setFailure(errorText(t, err));
      setBusy(false);
    }
  };

  return (
    <form data-enter-next noValidate onSubmit={(e) => void submit(e)} aria-label={t('session.changePin.title')}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">
          {t('session.changePin.title')}
        </Typography>
        <Typography color="text.secondary">{t('session.changePin.body', { name })}</Typography>
        <NewPinFields state={newPin} labelKey="staffScreen.newPin" autoFocus forSupervisor />
        {failure && (
          <Alert severity="error" role="alert">
            {failure}
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between' }}>
          <Button onClick={onCancel}>{t('session.signIn.otherUser')}</Button>
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            {t('session.changePin.submit')}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
