import { useRef, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Role } from '@shared/auth/roles';
import { ValidationError } from '@shared/validation';
import { useT } from '../i18n/context';
import { ChangePinForm } from './ChangePinForm';
import { PinField } from './PinField';
import { useSession } from './session-context';
import { signInMessage, type Message } from './sign-in-message';
import { errorMessage } from './error-text';

interface Props {
  staffId: number;
  name: string;
  onOtherUser: () => void;
}

/** The chosen person's PIN: Enter signs in; a refused PIN is cleared and the cursor stays in the field. */
export function PinSignInForm({ staffId, name, onOtherUser }: Props) {
  const t = useT();
  const { signIn } = useSession();
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [changing, setChanging] = useState<{ pin: string; roles: Role[] } | null>(null);
  const field = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || pin === '') return;
    setBusy(true);
    try {
      const result = await signIn(staffId, pin);
      if (result.ok && result.mustChangePin) {
        setChanging({ pin, roles: result.actor.roles });
        setPin('');
        setBusy(false);
        return;
      }
      if (result.ok) return; // the provider swaps this screen for the app
      setMessage(signInMessage(result));
    } catch (err) {
      setMessage(errorMessage(err));
    }
    setPin('');
    setBusy(false);
    field.current?.focus();
  };

  if (changing) {
    const signInWithNew = async (newPin: string) => {
      const result = await signIn(staffId, newPin);
      // Cannot normally happen (the PIN was just saved); said in words should it ever.
      if (!result.ok) throw new ValidationError([{ path: 'pin', message: signInMessage(result).key }]);
    };
    return (
      <ChangePinForm staffId={staffId} name={name} roles={changing.roles} currentPin={changing.pin} onChanged={signInWithNew} onCancel={onOtherUser} />
    );
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <Stack spacing={2}>
        <Typography sx={{ fontSize: '1.1rem' }}>{t('session.signIn.pinFor', { name })}</Typography>
        <PinField label={t('session.field.pin')} value={pin} onChange={setPin} error={message !== null} inputRef={field} />
        {message && (
          <Alert severity="error" role="alert">
            {t(message.key, message.params)}
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between' }}>
          <Button onClick={onOtherUser}>{t('session.signIn.otherUser')}</Button>
          <Button type="submit" variant="contained" size="large" disabled={busy || pin === ''}>
            {t('session.signIn.submit')}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
