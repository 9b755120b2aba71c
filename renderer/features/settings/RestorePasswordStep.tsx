import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import dayjs from 'dayjs';
import type { SealedOrigin } from '../../db/backup/backup';
import { useT } from '../../i18n/context';

interface Props {
  origin: SealedOrigin;
  wrong: boolean;
  busy: boolean;
  onUnlock: (password: string) => void;
}

/** A backup from another PC: says so, and asks for the backup password it was made with. */
export function RestorePasswordStep({ origin, wrong, busy, onUnlock }: Props) {
  const t = useT();
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password !== '' && !busy) onUnlock(password);
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack spacing={1.5}>
        <Alert severity="info">
          {t('restore.password.body', { pc: origin.pcName || '—', at: dayjs(origin.createdAt).format('YYYY-MM-DD HH:mm') })}
        </Alert>
        <TextField
          label={t('restore.password.field')}
          type="password"
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={wrong}
          helperText={wrong ? t('backup.error.wrongPassword') : undefined}
          autoFocus
          slotProps={{ htmlInput: { 'data-autofocus': true } }}
        />
        <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
          <Button type="submit" variant="contained" disabled={busy || password === ''}>
            {t('restore.password.open')}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
