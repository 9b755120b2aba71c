import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useActor, useApproval } from '../../../auth';
import { getDb } from '../../../db/db';
import { reopenDay } from '../../../db/settlement-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalOf, type Refusal } from '../../../components/refusal';

interface Props {
  day: string;
  onClose: () => void;
  onReopened: () => void;
}

const isField = (path: string) => path === 'reason';

/** WH-1: reopening a settled day for a correction: a reason, then the supervisor's signature. */
export function ReopenDialog({ day, onClose, onReopened }: Props) {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') return setRefusal({ fields: { reason: t('stock.settlement.reopenReasonRequired') }, message: null });
    const approval = await requestApproval({ title: t('stockui.settle.reopenTitle'), description: t('stockui.settle.reopenDescription', { day, reason: reason.trim() }) });
    if (!approval) return;
    setBusy(true);
    try {
      await reopenDay(getDb(), actor, day, reason.trim(), approval);
      onReopened();
    } catch (err) {
      setRefusal(refusalOf(t, err, isField));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="reopen-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="reopen-title">{`${t('stockui.settle.reopenTitle')} ${day}`}</DialogTitle>
        <DialogContent>
          <TextField fullWidth autoFocus multiline minRows={2} sx={{ mt: 1 }} label={t('stockui.settle.reopenReason')} value={reason}
            onChange={(e) => (setReason(e.target.value), setRefusal(noRefusal))}
            error={refusal.fields.reason !== undefined} helperText={refusal.fields.reason} />
          {refusal.message && <Alert severity="error" sx={{ mt: 2 }}>{refusal.message}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('stockui.settle.reopen')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
