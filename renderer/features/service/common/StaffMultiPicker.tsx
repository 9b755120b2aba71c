import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { StaffMember } from '@shared/auth/roles';
import { useStaffList } from '../../../auth';
import { useT } from '../../../i18n/context';

interface Props {
  label: string;
  value: readonly number[];
  onChange: (ids: number[]) => void;
  error?: string;
  required?: boolean;
}

/** 技术员: one or more active staff members, by name. */
export function StaffMultiPicker({ label, value, onChange, error, required }: Props) {
  const t = useT();
  const staff = useStaffList(true);
  const options = staff ?? [];
  const chosen = value.flatMap((id) => options.filter((s) => s.id === id));
  return (
    <Autocomplete<StaffMember, true>
      multiple
      size="small"
      options={options}
      value={chosen}
      loading={staff === undefined}
      onChange={(_e, list) => onChange(list.map((s) => s.id))}
      getOptionLabel={(s) => s.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('svcui.picker.noStaff')}
      renderInput={(params) => <TextField {...params} label={label} required={required} error={error !== undefined} helperText={error} />}
      sx={{ minWidth: 260 }}
    />
  );
}
