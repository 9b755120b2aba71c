import { useId } from 'react';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';

interface Props<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** A labelled one-of-few choice (来电/去电, the topics): one keystroke or click, all options visible. */
export function ToggleField<V extends string>({ label, value, options, onChange }: Props<V>) {
  const id = useId();
  return (
    <Stack spacing={0.5}>
      <FormLabel id={id} sx={{ fontSize: '0.75rem' }}>
        {label}
      </FormLabel>
      <ToggleButtonGroup
        exclusive
        color="primary"
        value={value}
        aria-labelledby={id}
        onChange={(_e, next: V | null) => {
          // Clicking the selected option again would clear it; a call always has a value here.
          if (next !== null) onChange(next);
        }}
      >
        {options.map((o) => (
          <ToggleButton key={o.value} value={o.value}>
            {o.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Stack>
  );
}
