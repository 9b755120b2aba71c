import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useStaffList } from '../../auth';

interface Props {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
  required?: boolean;
}

/** One active staff member (a card's technician, an issue's or a follow-up's owner). */
export function StaffPicker({ label, value, onChange, error, required }: Props) {
  const staff = useStaffList(true) ?? [];
  // Until the list has loaded, a chosen id has no option yet: show it empty rather than warn.
  const known = value !== null && staff.some((s) => s.id === value);
  return (
    <TextField
      select
      size="small"
      label={label}
      value={known ? String(value) : ''}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      required={required}
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
