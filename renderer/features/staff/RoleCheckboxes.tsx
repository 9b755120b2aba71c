import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { roles, type Role } from '@shared/auth/roles';
import { roleLabel } from '../../auth';
import { useT } from '../../i18n/context';
import { toggleRole } from './staff-form';

interface Props {
  value: readonly Role[];
  onChange: (next: Role[]) => void;
  /** Already in words (the form's check or the repository's refusal). */
  error?: string;
}

/** One person may hold several roles (e.g. 售后 and 物流). */
export function RoleCheckboxes({ value, onChange, error }: Props) {
  const t = useT();
  return (
    <FormControl component="fieldset" error={error !== undefined}>
      <FormLabel component="legend">{t('staffScreen.field.roles')}</FormLabel>
      <FormGroup row>
        {roles.map((role) => (
          <FormControlLabel
            key={role}
            label={t(roleLabel[role])}
            control={
              <Checkbox
                checked={value.includes(role)}
                onChange={(e) => onChange(toggleRole(value, role, e.target.checked, roles))}
              />
            }
          />
        ))}
      </FormGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
