import { useState } from 'react';
import type { Role } from '@shared/auth/roles';
import TextField from '@mui/material/TextField';
import { useT } from '../i18n/context';
import { checkNewPin, hasErrors, pinInput, type NewPinErrors } from './pin-entry';

export interface NewPinState {
  pin: string;
  confirm: string;
  errors: NewPinErrors;
  setPin: (value: string) => void;
  setConfirm: (value: string) => void;
  /** Shows the errors and says whether the PIN may be saved. */
  check: () => boolean;
}

/** `roles`: the account's roles as they will be saved; a supervisor's PIN needs 6–8 digits. */
export function useNewPin(roles: readonly Role[] = []): NewPinState {
  const [pin, setPinValue] = useState('');
  const [confirm, setConfirmValue] = useState('');
  const [errors, setErrors] = useState<NewPinErrors>({});
  return {
    pin,
    confirm,
    errors,
    setPin: (value) => {
      setPinValue(pinInput(value));
      setErrors({});
    },
    setConfirm: (value) => {
      setConfirmValue(pinInput(value));
      setErrors({});
    },
    check: () => {
      const found = checkNewPin(pin, confirm, roles);
      setErrors(found);
      return !hasErrors(found);
    },
  };
}

const pinProps = { inputMode: 'numeric', autoComplete: 'new-password', maxLength: 8 } as const;

interface Props {
  state: NewPinState;
  labelKey?: 'session.field.pin' | 'staffScreen.newPin';
  /** The hint under the field names the supervisor's longer PIN. */
  forSupervisor?: boolean;
  /** In a dialog: the first field takes the cursor once the dialog has opened. */
  autoFocus?: boolean;
}

/** A new PIN typed twice (digits only, hidden), for the first supervisor and for staff accounts. */
export function NewPinFields({ state, labelKey = 'session.field.pin', autoFocus = false, forSupervisor = false }: Props) {
  const t = useT();
  const { errors } = state;
  return (
    <>
      <TextField
        label={t(labelKey)}
        type="password"
        value={state.pin}
        onChange={(e) => state.setPin(e.target.value)}
        error={errors.pin !== undefined}
        helperText={errors.pin ? t(errors.pin) : t(forSupervisor ? 'session.pin.hintSupervisor' : 'session.pin.hint')}
        autoFocus={autoFocus}
        slotProps={{ htmlInput: autoFocus ? { ...pinProps, 'data-autofocus': true } : pinProps }}
        required
      />
      <TextField
        label={t('session.field.pinConfirm')}
        type="password"
        value={state.confirm}
        onChange={(e) => state.setConfirm(e.target.value)}
        error={errors.confirm !== undefined}
        helperText={errors.confirm ? t(errors.confirm) : undefined}
        slotProps={{ htmlInput: pinProps }}
        required
      />
    </>
  );
}
