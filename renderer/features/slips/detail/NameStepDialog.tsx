import { useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useT } from '../../../i18n/context';

interface Props {
  title: string;
  hint?: string;
  nameLabel: string;
  defaultName: string;
  /** A statement the clerk must tick (OUT-1: the customer counted and it matches). */
  check?: string;
  busy: boolean;
  onClose: () => void;
  onConfirm: (name: string) => void;
}

/** OUT-1 客户签字 / 客户确认数量: who signed or confirmed (the customer's name by default), recorded with the time. */
export function NameStepDialog({ title, hint, nameLabel, defaultName, check, busy, onClose, onConfirm }: Props) {
  const t = useT();
  const [name, setName] = useState(defaultName);
  const [checked, setChecked] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() !== '' && (check === undefined || checked)) onConfirm(name.trim());
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="name-step-title">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="name-step-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            {hint && <DialogContentText>{hint}</DialogContentText>}
            <TextField label={nameLabel} value={name} onChange={(e) => setName(e.target.value)} required autoFocus sx={{ mt: 1 }} />
            {check && <FormControlLabel control={<Checkbox checked={checked} onChange={(e) => setChecked(e.target.checked)} />} label={check} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy || name.trim() === '' || (check !== undefined && !checked)}>
            {t('action.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
