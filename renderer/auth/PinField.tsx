import type { Ref } from 'react';
import TextField from '@mui/material/TextField';
import { pinInput } from './pin-entry';

interface Props {
  label: string;
  value: string;
  onChange: (pin: string) => void;
  error: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * Where a PIN is typed to confirm who one is (sign-in, a supervisor's approval, a second person's
 * count): hidden, digits only, up to 8, never remembered by the browser, and the cursor in it.
 */
export function PinField({ label, value, onChange, error, inputRef }: Props) {
  return (
    <TextField
      label={label}
      type="password"
      value={value}
      onChange={(e) => onChange(pinInput(e.target.value))}
      error={error}
      inputRef={inputRef}
      autoFocus
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', maxLength: 8, 'data-autofocus': true } }}
    />
  );
}
