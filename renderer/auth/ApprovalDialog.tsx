import { useRef, useState, type FormEvent } from 'react';
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
import type { Approval } from '@shared/auth/approval';
import { isActiveSupervisor } from '@shared/auth/staff';
import { getDb } from '../db/db';
import { approveAsSupervisor } from '../db/staff-repo';
import { useT } from '../i18n/context';
import type { ApprovalRequest } from './approval-context';
import { ApprovalDetailsTable } from './ApprovalDetailsTable';
import { PinField } from './PinField';
import { useSession } from './session-context';
import { signInMessage, type Message } from './sign-in-message';
import { errorMessage } from './error-text';
import { useStaffList } from './use-staff-list';

interface Props {
  request: ApprovalRequest;
  onDone: (approval: Approval | null) => void;
}

/** 领导签字: a supervisor picks their name and types their own PIN at this PC; a note goes with it. */
export function ApprovalDialog({ request, onDone }: Props) {
  const t = useT();
  const me = useSession().actor;
  const supervisors = useStaffList(true)?.filter(isActiveSupervisor);
  const [pickedId, setPickedId] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const pinField = useRef<HTMLInputElement>(null);

  const fallbackId = supervisors?.find((s) => s.id === me?.staffId)?.id ?? supervisors?.[0]?.id ?? null;
  const supervisorId = pickedId ?? fallbackId;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || supervisorId === null || pin === '') return;
    setBusy(true);
    try {
      const result = await approveAsSupervisor(getDb(), supervisorId, pin, note.trim(), Date.now());
      if (result.ok) {
        onDone(result.approval);
        return;
      }
      setMessage(signInMessage(result));
    } catch (err) {
      setMessage(errorMessage(err));
    }
    setPin('');
    setBusy(false);
    pinField.current?.focus(); // the supervisor types again without reaching for the mouse
  };

  return (
    <Dialog open onClose={() => onDone(null)} maxWidth={request.details ? 'md' : 'xs'} fullWidth aria-labelledby="approval-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="approval-title">{request.title}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{request.description}</DialogContentText>
          {request.details && <ApprovalDetailsTable details={request.details} />}
          {supervisors?.length === 0 && <Alert severity="error">{t('approvalDialog.noSupervisor')}</Alert>}
          {supervisors && supervisors.length > 0 && (
            <Stack spacing={2}>
              <TextField
                select
                label={t('approvalDialog.supervisor')}
                value={supervisorId ?? ''}
                onChange={(e) => {
                  setPickedId(Number(e.target.value));
                  setMessage(null);
                }}
              >
                {supervisors.map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name}
                  </MenuItem>
                ))}
              </TextField>
              <PinField label={t('approvalDialog.pin')} value={pin} onChange={setPin} error={message !== null} inputRef={pinField} />
              <TextField label={t('approvalDialog.note')} value={note} onChange={(e) => setNote(e.target.value)} />
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
          <Button type="submit" variant="contained" disabled={busy || pin === '' || supervisorId === null}>
            {t('approvalDialog.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
