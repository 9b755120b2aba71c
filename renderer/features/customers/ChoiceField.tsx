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

/** A labelled one-of-few choice (客户类型, 客户等级): every option visible, one click or Space. */
export function ChoiceField<V extends string>({ label, value, options, onChange }: Props<V>) {
  const id = useId();
  return (
    <Stack spacing={0.5}>
      <FormLabel id={id} sx={{ fontSize: '0.75rem' }}>
        {label}
      </FormLabel>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={value}
        aria-labelledby={id}
        onChange={(_e, next: V | null) => {
          // Clicking the selected option again would clear it; the field always has a value.
          if (next !== null) onChange(next);
        }}
      >
        {options.map((o) => (
          <ToggleButton key={o.value} value={o.value} sx={{ px: 1.5 }}>
            {o.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Stack>
  );
}
