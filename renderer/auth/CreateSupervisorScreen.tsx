import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Actor } from '@shared/auth/roles';
import { getDb } from '../db/db';
import { createFirstSupervisor } from '../db/staff-repo';
import { useT } from '../i18n/context';
import { AuthLayout } from './AuthLayout';
import { errorText } from './error-text';
import { NewPinFields, useNewPin } from './NewPinFields';

/** First start (no staff yet): the supervisor's account comes before anything else. */
export function CreateSupervisorScreen({ onCreated }: { onCreated: (actor: Actor) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState(false);
  const newPin = useNewPin(['supervisor']);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    setNameError(trimmed === '');
    if (!newPin.check() || trimmed === '') return;
    setBusy(true);
    setFailure(null);
    try {
      onCreated(await createFirstSupervisor(getDb(), trimmed, newPin.pin));
    } catch (err) {
      setFailure(errorText(t, err));
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={t('session.setup.title')}>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('session.setup.body')}
      </Typography>
      <form data-enter-next noValidate onSubmit={(e) => void submit(e)}>
        <Stack spacing={2}>
          <TextField
            label={t('session.field.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={nameError}
            helperText={nameError ? t('error.required') : undefined}
            autoFocus
            required
          />
          <NewPinFields state={newPin} forSupervisor />
          {failure && <Alert severity="error">{failure}</Alert>}
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            {t('session.setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
