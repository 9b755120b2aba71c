import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useActor } from '../../../auth';
import { requestDayReopen } from '../../../db/approval-requests-repo';
import { getDb } from '../../../db/db';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalOf, type Refusal } from '../../../components/refusal';

interface Props {
  day: string;
  onClose: () => void;
  onSubmitted: () => void;
}

const isField = (path: string) => path === 'reason';

/** WH-1, supervisor away: the keeper asks for the reopen with a reason; it waits on the supervisor's board. */
export function RequestReopenDialog({ day, onClose, onSubmitted }: Props) {
  const t = useT();
  const actor = useActor();
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await requestDayReopen(getDb(), actor, day, reason);
      onSubmitted();
    } catch (err) {
      setRefusal(refusalOf(t, err, isField));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="reopen-request-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="reopen-request-title">{t('apprui.reopen.requestTitle', { day })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('apprui.reopen.hint')}</DialogContentText>
          <TextField fullWidth autoFocus multiline minRows={2} required sx={{ mt: 2 }} label={t('stockui.settle.reopenReason')} value={reason}
            onChange={(e) => (setReason(e.target.value), setRefusal(noRefusal))}
            error={refusal.fields.reason !== undefined} helperText={refusal.fields.reason} />
          {refusal.message && <Alert severity="error" sx={{ mt: 2 }}>{refusal.message}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>{t('apprui.reopen.request')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
