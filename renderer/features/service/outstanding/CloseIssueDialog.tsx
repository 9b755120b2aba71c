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
import { closeOutstandingIssue, type StoredOutstandingIssue } from '../../../db/outstanding-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalOf, type Refusal } from '../../../components/refusal';

interface Props {
  issue: StoredOutstandingIssue;
  onClose: () => void;
  onSaved: () => void;
}

/** SVC-3: an outstanding issue is closed only with its resolution. */
export function CloseIssueDialog({ issue, onClose, onSaved }: Props) {
  const t = useT();
  const actor = useActor();
  const [resolution, setResolution] = useState('');
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await closeOutstandingIssue(getDb(), actor, issue.id, resolution);
      onSaved();
    } catch (err) {
      setRefusal(refusalOf(t, err, (p) => p === 'resolution'));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="close-issue-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="close-issue-title">{t('svcui.outstanding.closeTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ whiteSpace: 'pre-wrap' }}>{issue.description}</DialogContentText>
          <TextField
            sx={{ mt: 1.5 }}
            fullWidth
            required
            multiline
            minRows={2}
            size="small"
            label={t('service.outstanding.field.resolution')}
            value={resolution}
            onChange={(e) => (setResolution(e.target.value), setRefusal(noRefusal))}
            error={refusal.fields.resolution !== undefined}
            helperText={refusal.fields.resolution}
          />
          {refusal.message && <Alert severity="error" sx={{ mt: 1.5 }}>{refusal.message}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('svcui.outstanding.close')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
