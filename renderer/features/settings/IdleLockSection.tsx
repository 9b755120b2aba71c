import { useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCan } from '../../auth';
import { defaultIdleLockMinutes } from '../../auth/idle-watch';
import { useT } from '../../i18n/context';
import { parseIdleMinutes } from './idle-lock';
import { SettingsSection } from './SettingsSection';
import { useIdleLockSetting } from './use-idle-lock-setting';

/** 自动锁定: minutes without key or mouse before the screen locks; only a supervisor may change it. */
export function IdleLockSection() {
  const t = useT();
  const [minutes, save] = useIdleLockSetting(defaultIdleLockMinutes);
  return (
    <SettingsSection title={t('settings.idleLock')}>
      {/* Mounted once the stored value is read, so the field starts from it. */}
      {minutes !== undefined && <IdleLockForm stored={minutes} onSave={save} />}
      <Typography variant="body2" color="text.secondary">
        {t('settings.idleLock.hint')}
      </Typography>
    </SettingsSection>
  );
}

function IdleLockForm({ stored, onSave }: { stored: number; onSave: (minutes: number) => Promise<void> }) {
  const t = useT();
  const canManage = useCan('settings.manage');
  const [text, setText] = useState(String(stored));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const minutes = parseIdleMinutes(text);
    if (minutes === null) return setError(t('settings.idleLock.invalid'));
    await onSave(minutes);
    setSaved(true);
  };

  return (
    <Stack component="form" direction="row" spacing={1.5} noValidate onSubmit={(e) => void submit(e)} sx={{ alignItems: 'flex-start' }}>
      <TextField
        label={t('settings.idleLock.minutes')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
          setSaved(false);
        }}
        disabled={!canManage}
        error={error !== null}
        helperText={error ?? (saved ? t('settings.idleLock.saved', { n: stored }) : undefined)}
        sx={{ width: 220 }}
        slotProps={{
          htmlInput: { inputMode: 'numeric' },
          input: { endAdornment: <InputAdornment position="end">{t('settings.idleLock.unit')}</InputAdornment> },
        }}
      />
      {canManage && (
        <Button type="submit" variant="outlined" sx={{ mt: 0.25 }}>
          {t('action.save')}
        </Button>
      )}
    </Stack>
  );
}
