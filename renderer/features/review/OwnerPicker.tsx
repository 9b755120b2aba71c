import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useStaffList } from '../../auth';

interface Props {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
}

/** The follow-up's owner: one active staff member. */
export function OwnerPicker({ label, value, onChange, error }: Props) {
  const staff = useStaffList(true) ?? [];
  const known = value !== null && staff.some((s) => s.id === value);
  return (
    <TextField
      select
      size="small"
      label={label}
      value={known ? String(value) : ''}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      error={error !== undefined}
      helperText={error}
      sx={{ minWidth: 160 }}
    >
      {staff.map((s) => (
        <MenuItem key={s.id} value={String(s.id)}>
          {s.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
