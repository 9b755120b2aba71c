import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { closeServiceRequest, type StoredServiceRequest } from '../../../db/service-requests-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalOf, type Refusal } from '../../../components/refusal';

interface Props {
  request: StoredServiceRequest;
  onClose: () => void;
  onSaved: () => void;
}

/** 关闭: the end of a completed request, or giving up on an open one (then with a reason). */
export function CloseRequestDialog({ request, onClose, onSaved }: Props) {
  const t = useT();
  const actor = useActor();
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);
  const needsReason = request.status !== 'completed';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await closeServiceRequest(getDb(), actor, request.id, reason);
      onSaved();
    } catch (err) {
      setRefusal(refusalOf(t, err, (p) => p === 'closeReason'));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="close-request-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="close-request-title">{t('svcui.close.title', { no: request.no })}</DialogTitle>
        <DialogContent>
          <TextField
            sx={{ mt: 1 }}
            fullWidth
            multiline
            minRows={2}
            size="small"
            required={needsReason}
            label={t('service.request.field.closeReason')}
            value={reason}
            onChange={(e) => (setReason(e.target.value), setRefusal(noRefusal))}
            error={refusal.fields.closeReason !== undefined}
            helperText={refusal.fields.closeReason}
          />
          {refusal.message && <Alert severity="error" sx={{ mt: 1.5 }}>{refusal.message}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" color="warning" disabled={busy}>
            {t('svcui.action.close')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
