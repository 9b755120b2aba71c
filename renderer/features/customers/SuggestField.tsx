import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';

interface Props {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  error?: string;
  width: number;
}

/** A text field with suggestions (provinces, cities, districts); anything typed is kept as typed. */
export function SuggestField({ label, value, options, onChange, error, width }: Props) {
  return (
    <Autocomplete
      freeSolo
      autoSelect={false}
      options={options}
      inputValue={value}
      onInputChange={(_e, next) => onChange(next)}
      sx={{ width, flexShrink: 0 }}
      renderInput={(params) => <TextField {...params} label={label} error={error !== undefined} helperText={error} />}
    />
  );
}
