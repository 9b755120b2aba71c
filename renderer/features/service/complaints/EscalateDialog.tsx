import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { escalateCall } from '../../../db/escalations-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalOf, type Refusal } from '../../../components/refusal';
import type { StoredCall } from './complaint-data';
import { callLine } from './complaint-text';

interface Props {
  call: StoredCall;
  onClose: () => void;
  onSaved: (major: boolean) => void;
}

/** SVC-4: 标记严重投诉 — the complaint goes to the supervisor's queue; a major incident raises the banner at once. */
export function EscalateDialog({ call, onClose, onSaved }: Props) {
  const t = useT();
  const actor = useActor();
  const [major, setMajor] = useState(false);
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await escalateCall(getDb(), actor, call.id, { majorIncident: major, note });
      onSaved(major);
    } catch (err) {
      setRefusal(refusalOf(t, err, (p) => p === 'note'));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="escalate-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="escalate-title">{t('svcui.complaint.escalateTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ whiteSpace: 'pre-wrap' }}>{callLine(call)}</DialogContentText>
          <FormControlLabel sx={{ mt: 1 }} control={<Checkbox checked={major} onChange={(e) => setMajor(e.target.checked)} />} label={t('svcui.complaint.majorLabel')} />
          <TextField fullWidth multiline minRows={2} size="small" label={t('svcui.complaint.note')} value={note} onChange={(e) => setNote(e.target.value)} error={refusal.fields.note !== undefined} helperText={refusal.fields.note} />
          {refusal.message && <Alert severity="error" sx={{ mt: 1.5 }}>{refusal.message}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" color="error" disabled={busy}>
            {t('svcui.complaint.escalate')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
