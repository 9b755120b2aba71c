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
import type { DoubtReason } from '@shared/shipping/shipping-list';
import { useT } from '../../../i18n/context';
import { issuesByPath } from '../../../i18n/issue-text';
import { phoneConfirmIssues, type PhoneConfirmValues } from './phone-confirm';

interface Props {
  initial: PhoneConfirmValues;
  reasons: readonly DoubtReason[];
  busy: boolean;
  error: string | null;
  onClose: () => void;
  onConfirm: (values: PhoneConfirmValues) => void;
}

/** SHP-1: the confirmation call, logged as a call linked to the slip, with the contact check ticked. */
export function PhoneConfirmDialog({ initial, reasons, busy, error, onClose, onConfirm }: Props) {
  const t = useT();
  const [v, setV] = useState(initial);
  const [shown, setShown] = useState<Record<string, string>>({});
  const set = (change: Partial<PhoneConfirmValues>) => {
    setV((old) => ({ ...old, ...change }));
    setShown({});
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const issues = phoneConfirmIssues(v);
    setShown(issuesByPath(t, issues));
    if (v.contactChecked && issues.length === 0) onConfirm(v);
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="phone-confirm-title">
      <form noValidate data-enter-next onSubmit={submit}>
        <DialogTitle id="phone-confirm-title">{t('shipui.phone.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2">{t('shipui.phone.reasons')}</Typography>
            {reasons.map((r) => (
              <Typography key={r} variant="body2" color="warning.main">
                {t(`shipping.doubt.${r}`)}
              </Typography>
            ))}
            <Stack direction="row" spacing={1.5}>
              <TextField size="small" label={t('shipui.phone.contact')} value={v.contact} onChange={(e) => set({ contact: e.target.value })} />
              <TextField size="small" label={t('shipui.phone.phone')} value={v.phone} onChange={(e) => set({ phone: e.target.value })}
                error={shown.phone !== undefined} helperText={shown.phone} />
            </Stack>
            <TextField size="small" label={t('shipui.phone.content')} value={v.content} onChange={(e) => set({ content: e.target.value })} multiline minRows={2}
              error={shown.content !== undefined} helperText={shown.content} />
            <TextField size="small" label={t('shipui.phone.result')} value={v.result} onChange={(e) => set({ result: e.target.value })} />
            <FormControlLabel control={<Checkbox checked={v.contactChecked} onChange={(e) => set({ contactChecked: e.target.checked })} />} label={t('shipui.phone.checked')} />
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy || !v.contactChecked}>
            {t('shipui.phone.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
