import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { hasCallbackProblem } from '@shared/shipping/shipment';
import { useT } from '../../../i18n/context';
import type { Refusal } from '../../../components/refusal';
import { emptyCallback, type CallbackValues } from './follow-forms';
import type { ShipmentView } from './use-queues';

interface Props {
  view: ShipmentView;
  goods: string;
  busy: boolean;
  error: Refusal;
  onClose: () => void;
  onSave: (v: CallbackValues) => void;
}

/** SHP-5 回访: reached? anything damaged? does the box match the outbound list? A problem needs a note. */
export function CallbackDialog({ view, goods, busy, error, onClose, onSave }: Props) {
  const t = useT();
  const [v, setV] = useState<CallbackValues>(emptyCallback);
  const set = (c: Partial<CallbackValues>) => setV((old) => ({ ...old, ...c }));
  const problem = hasCallbackProblem(v);
  const noteError = error.fields['callback.note'];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(v);
  };
  const box = (key: 'reached' | 'damaged' | 'matchesList', label: string, disabled = false) => (
    <FormControlLabel control={<Checkbox checked={v[key]} disabled={disabled} onChange={(e) => set({ [key]: e.target.checked })} />} label={label} />
  );
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="callback-title">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="callback-title">{t('shipui.callback.title', { name: view.recipient?.name ?? '' })}</DialogTitle>
        <DialogContent>
          <Stack spacing={1}>
            <Typography variant="body2">{`${view.slipNo}  ${view.recipient?.phone ?? ''}  ${goods}`}</Typography>
            {box('reached', t('shipment.callback.reached'))}
            {box('damaged', t('shipment.callback.damaged'), !v.reached)}
            {box('matchesList', t('shipment.callback.matchesList'), !v.reached)}
            <TextField
              label={t('shipment.callback.note')}
              value={v.note}
              onChange={(e) => set({ note: e.target.value })}
              required={problem}
              error={noteError !== undefined}
              helperText={noteError}
              multiline
              minRows={2}
            />
            {problem && <Alert severity="warning">{t('shipment.callback.openIssue')}</Alert>}
            {error.message && <Alert severity="error">{error.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
