import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import type { StaffMember } from '@shared/auth/roles';
import type { Issue } from '@shared/validation';
import { NewPinFields, useNewPin } from '../../auth/NewPinFields';
import { useT } from '../../i18n/context';
import { issuesByPath } from '../../i18n/issue-text';
import { RoleCheckboxes } from './RoleCheckboxes';
import { staffFormIssues, valuesFrom, type StaffFormValues } from './staff-form';
import { useSaveStaff } from './use-save-staff';

interface Props {
  open: boolean;
  /** The account to edit; absent to create one. */
  staff?: StaffMember;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** Create or edit a staff account: name, roles, active; a new account gets its first PIN here. */
export function StaffFormDialog({ open, staff, onClose, onSaved }: Props) {
  const t = useT();
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="staff-form-title">
      <DialogTitle id="staff-form-title">{t(staff ? 'staffScreen.edit' : 'staffScreen.new')}</DialogTitle>
      {open && <StaffFormBody key={staff?.id ?? 'new'} staff={staff} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}

function StaffFormBody({ staff, onClose, onSaved }: Omit<Props, 'open'>) {
  const t = useT();
  const [values, setValues] = useState<StaffFormValues>(() => valuesFrom(staff));
  const [issues, setIssues] = useState<Issue[]>([]);
  const newPin = useNewPin(values.roles);
  const save = useSaveStaff(staff?.id);
  const errors = issuesByPath(t, [...issues, ...save.issues]);

  const set = <K extends keyof StaffFormValues>(key: K, value: StaffFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setIssues([]);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = staffFormIssues(values);
    setIssues(found);
    const pinOk = staff !== undefined || newPin.check();
    if (found.length > 0 || !pinOk) return;
    if (await save.run(values, newPin.pin)) onSaved(values.name.trim());
  };

  return (
    <form data-enter-next noValidate onSubmit={(e) => void submit(e)}>
      <DialogContent sx={{ pt: 1 }}>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label={t('staffScreen.col.name')}
            value={values.name}
            onChange={(e) => set('name', e.target.value)}
            error={errors.name !== undefined}
            helperText={errors.name}
            autoFocus
            slotProps={{ htmlInput: { 'data-autofocus': true } }}
            required
          />
          <RoleCheckboxes value={values.roles} onChange={(next) => set('roles', next)} error={errors.roles} />
          <FormControlLabel
            label={t('staffScreen.field.active')}
            control={<Switch checked={values.active} onChange={(e) => set('active', e.target.checked)} />}
          />
          {staff === undefined && <NewPinFields state={newPin} forSupervisor={values.roles.includes('supervisor')} />}
          {save.error && <Alert severity="error">{save.error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('action.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={save.busy}>
          {t('action.save')}
        </Button>
      </DialogActions>
    </form>
  );
}
