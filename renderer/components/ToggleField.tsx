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
  size?: 'small' | 'medium';
}

/** A labelled one-of-few choice (来电/去电, 客户类型, 换货方式, 盘点范围…): all options visible, one click. */
export function ToggleField<V extends string>({ label, value, options, onChange, size }: Props<V>) {
  const id = useId();
  return (
    <Stack spacing={0.5} sx={{ flexShrink: 0 }}>
      <FormLabel id={id} sx={{ fontSize: '0.75rem' }}>
        {label}
      </FormLabel>
      <ToggleButtonGroup
        exclusive
        size={size}
        color="primary"
        value={value}
        aria-labelledby={id}
        onChange={(_e, next: V | null) => {
          // Clicking the selected option again would clear it; a choice always has a value here.
          if (next !== null) onChange(next);
        }}
      >
        {options.map((o) => (
          <ToggleButton key={o.value} value={o.value} sx={{ whiteSpace: 'nowrap' }}>
            {o.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Stack>
  );
}
