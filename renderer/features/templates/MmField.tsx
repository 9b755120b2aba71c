import { useState } from 'react';
import TextField from '@mui/material/TextField';

export interface MmFieldProps {
  label: string;
  value: number;
  step: number;
  onChange: (value: number) => void;
  disabled?: boolean;
  min?: number;
}

/**
 * A number box that lets the user type freely ("12.", "-") and reports each complete number; on
 * leaving it shows the value actually in use (it may have been clamped to the page).
 */
export function MmField({ label, value, step, onChange, disabled, min }: MmFieldProps) {
  const [text, setText] = useState<string | null>(null);
  return (
    <TextField
      size="small"
      type="number"
      label={label}
      value={text ?? String(value)}
      disabled={disabled}
      slotProps={{ htmlInput: { step, min, inputMode: 'decimal' } }}
      onChange={(e) => {
        setText(e.target.value);
        const n = Number(e.target.value);
        if (e.target.value.trim() !== '' && Number.isFinite(n)) onChange(n);
      }}
      onBlur={() => setText(null)}
    />
  );
}
