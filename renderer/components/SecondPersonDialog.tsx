import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Action } from '@shared/auth/permissions';
import { PinField, useActor, useStaffList } from '../auth';
import { signInMessage, type Message } from '../auth/sign-in-message';
import { errorMessage } from '../auth/error-text';
import { getDb } from '../db/db';
import { confirmStaff, type StaffConfirmation } from '../db/receiving-repo';
import { useT } from '../i18n/context';
import { confirmers } from './second-person';

export type { StaffConfirmation };

interface Props {
  title: string;
  description: string;
  /** Only staff whose roles allow this may confirm (IN-2: 'stock.receive'). */
  action?: Action;
  /**
   * Offer the signed-in person too (OUT-4: each count is confirmed by its counter's PIN, whoever is
   * at the PC; the rule itself refuses the same person twice).
   */
  allowSelf?: boolean;
  onDone: (confirmation: StaffConfirmation | null) => void;
}

/**
 * A second person confirms with their own PIN at this PC (IN-2 receiving, OUT-4 the two-person count).
 * The signed-in person is not offered unless `allowSelf`: the rules want two different people. The session does not
 * change; a wrong PIN stays in the dialog and counts toward that person's lockout.
 */
export function SecondPersonDialog({ title, description, action, allowSelf = false, onDone }: Props) {
  const t = useT();
  const me = useActor();
  const list = useStaffList(true);
  const staff = list && confirmers(list, me.staffId, action, allowSelf);
  const [picked, setPicked] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const staffId = picked ?? staff?.[0]?.id ?? null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || staffId === null || pin === '') return;
    setBusy(true);
    try {
      const result = await confirmStaff(getDb(), staffId, pin);
      if (result.ok) return onDone(result.confirmation);
      setMessage(signInMessage(result));
    } catch (err) {
      setMessage(errorMessage(err));
    }
    setPin('');
    setBusy(false);
  };

  return (
    <Dialog open onClose={() => onDone(null)} maxWidth="xs" fullWidth aria-labelledby="second-person-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="second-person-title">{title}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{description}</DialogContentText>
          {staff?.length === 0 && <Alert severity="error">{t('stockui.second.noOne')}</Alert>}
          {staff && staff.length > 0 && (
            <Stack spacing={2}>
              <TextField select label={t('stockui.second.person')} value={staffId ?? ''} onChange={(e) => (setPicked(Number(e.target.value)), setMessage(null))}>
                {staff.map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name}
                  </MenuItem>
                ))}
              </TextField>
              <PinField label={t('stockui.second.pin')} value={pin} onChange={setPin} error={message !== null} />
              {message && (
                <Alert severity="error" role="alert">
                  {t(message.key, message.params)}
                </Alert>
              )}
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onDone(null)}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy || pin === '' || staffId === null}>
            {t('stockui.second.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
