import TextField from '@mui/material/TextField';

interface Props {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** The field's message (from parseQuantity / the repository), shown under it. */
  error?: string;
  size?: 'small' | 'medium';
  width?: number;
  /** In a table row the column header says what it is: the label is only announced, not shown. */
  hideLabel?: boolean;
}

/**
 * A quantity as typed. Whole numbers only: the form reads it with `parseQuantity`, so "-1" or "1.5"
 * is refused here at the field with its message, before anything is written.
 */
export function QtyField({ label, value, onChange, error, size = 'small', width = 110, hideLabel = false }: Props) {
  return (
    <TextField
      size={size}
      label={hideLabel ? undefined : label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error !== undefined}
      helperText={error}
      sx={{ width }}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', ...(hideLabel ? { 'aria-label': label } : {}) } }}
    />
  );
}
