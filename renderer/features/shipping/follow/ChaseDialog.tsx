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
import { useT } from '../../../i18n/context';
import type { Refusal } from '../../../components/refusal';
import { emptyChase, type ChaseValues } from './follow-forms';
import type { ShipmentView } from './use-queues';

interface Props {
  view: ShipmentView;
  days: number;
  busy: boolean;
  error: Refusal;
  onTrack: () => void;
  onClose: () => void;
  onSave: (v: ChaseValues) => void;
}

/** SHP-4 催查: who at the courier was contacted, what the tracking says, the cause, the customer told. */
export function ChaseDialog({ view, days, busy, error, onTrack, onClose, onSave }: Props) {
  const t = useT();
  const [v, setV] = useState<ChaseValues>(emptyChase);
  const set = (c: Partial<ChaseValues>) => setV((old) => ({ ...old, ...c }));
  const at = (path: string) => error.fields[`chase.${path}`];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(v);
  };
  const text = (key: keyof ChaseValues & string, label: string, multiline = false) => (
    <TextField size="small" label={label} value={String(v[key])} onChange={(e) => set({ [key]: e.target.value })} error={at(key) !== undefined} helperText={at(key)} multiline={multiline} minRows={multiline ? 2 : undefined} />
  );
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="chase-title">
      <form noValidate data-enter-next onSubmit={submit}>
        <DialogTitle id="chase-title">{t('shipui.chase.title', { trackingNo: view.shipment.trackingNo })}</DialogTitle>
        <DialogContent>
          <Stack spacing={1.5} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="body2" sx={{ flexGrow: 1 }}>
                {`${view.slipNo}  ${view.recipient?.name ?? ''}  ${view.recipient?.phone ?? ''}  ${t('shipui.chase.days', { days })}`}
              </Typography>
              <Button size="small" onClick={onTrack}>
                {t('shipui.action.track')}
              </Button>
            </Stack>
            <Stack direction="row" spacing={1.5}>
              {text('courierContact', t('shipment.chase.courierContact'))}
              {text('courierPhone', t('shipui.chase.courierPhone'))}
            </Stack>
            {text('trackingStatus', t('shipment.chase.trackingStatus'), true)}
            {text('cause', t('shipment.chase.cause'))}
            <FormControlLabel control={<Checkbox checked={v.askedPriority} onChange={(e) => set({ askedPriority: e.target.checked })} />} label={t('shipment.chase.askedPriority')} />
            <FormControlLabel control={<Checkbox checked={v.customerTold} onChange={(e) => set({ customerTold: e.target.checked })} />} label={t('shipment.chase.customerTold')} />
            {at('customerTold') && <Alert severity="warning">{at('customerTold')}</Alert>}
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
