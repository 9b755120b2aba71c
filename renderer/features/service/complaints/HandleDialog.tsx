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
import { getDb } from '../../../db/db';
import { handleEscalation } from '../../../db/escalations-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalOf, type Refusal } from '../../../components/refusal';
import type { QueuedComplaint } from './complaint-data';
import { callLine } from './complaint-text';

interface Props {
  item: QueuedComplaint;
  onClose: () => void;
  onSaved: () => void;
}

/** SVC-4: the supervisor records how the complaint was handled; only then does it leave the queue. */
export function HandleDialog({ item, onClose, onSaved }: Props) {
  const t = useT();
  const actor = useActor();
  const [how, setHow] = useState('');
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await handleEscalation(getDb(), actor, item.escalation.id, how);
      onSaved();
    } catch (err) {
      setRefusal(refusalOf(t, err, (p) => p === 'handled.how'));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="handle-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="handle-title">{t('svcui.complaint.handleTitle')}</DialogTitle>
        <DialogContent>
          {item.call && <DialogContentText sx={{ whiteSpace: 'pre-wrap' }}>{callLine(item.call)}</DialogContentText>}
          <TextField
            sx={{ mt: 1.5 }}
            fullWidth
            required
            multiline
            minRows={3}
            size="small"
            label={t('service.complaint.field.handledHow')}
            value={how}
            onChange={(e) => (setHow(e.target.value), setRefusal(noRefusal))}
            error={refusal.fields['handled.how'] !== undefined}
            helperText={refusal.fields['handled.how']}
          />
          {refusal.message && <Alert severity="error" sx={{ mt: 1.5 }}>{refusal.message}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('svcui.complaint.handle')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
