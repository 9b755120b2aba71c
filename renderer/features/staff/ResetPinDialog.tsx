import type { FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { StaffMember } from '@shared/auth/roles';
import { issuesByPath } from '../../i18n/issue-text';
import { NewPinFields, useNewPin } from '../../auth/NewPinFields';
import { useT } from '../../i18n/context';
import { useResetPin } from './use-save-staff';

interface Props {
  staff: StaffMember;
  onClose: () => void;
  onSaved: () => void;
}

/** A forgotten or shared PIN: the supervisor sets a new one, typed twice (this also lifts a lockout). */
export function ResetPinDialog({ staff, onClose, onSaved }: Props) {
  const t = useT();
  const newPin = useNewPin(staff.roles);
  const save = useResetPin(staff.id);
  const refused = Object.values(issuesByPath(t, save.issues));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!newPin.check()) return;
    if (await save.run(newPin.pin)) onSaved();
  };

  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="reset-pin-title">
      <form data-enter-next noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="reset-pin-title">{t('staffScreen.resetPinFor', { name: staff.name })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <NewPinFields state={newPin} labelKey="staffScreen.newPin" autoFocus forSupervisor={staff.roles.includes('supervisor')} />
            {(save.error ?? refused[0]) && <Alert severity="error">{save.error ?? refused.join(t('list.separator'))}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={save.busy}>
            {t('action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
