import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { validateDiscrepancyResolution } from '@shared/stock/receiving';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { resolveDiscrepancy } from '../../../db/receiving-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';

interface Props {
  id: number;
  /** The discrepancy in words (slip, product, note vs counted). */
  description: string;
  onClose: () => void;
  onResolved: () => void;
}

const isField = (path: string) => path === 'resolution';

/** IN-3: the supervisor closes a discrepancy with what was done; the stock is not touched. */
export function ResolveDialog({ id, description, onClose, onResolved }: Props) {
  const t = useT();
  const actor = useActor();
  const [resolution, setResolution] = useState('');
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const issues = validateDiscrepancyResolution(resolution);
    if (issues.length > 0) return setRefusal(refusalFromIssues(t, issues, isField));
    setBusy(true);
    try {
      await resolveDiscrepancy(getDb(), actor, id, resolution.trim());
      onResolved();
    } catch (err) {
      setRefusal(refusalOf(t, err, isField));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="resolve-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="resolve-title">{t('stockui.disc.resolveTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{description}</DialogContentText>
          <TextField fullWidth multiline minRows={2} autoFocus label={t('stockui.disc.resolution')} value={resolution}
            onChange={(e) => (setResolution(e.target.value), setRefusal(noRefusal))}
            error={refusal.fields.resolution !== undefined} helperText={refusal.fields.resolution} />
          {refusal.message && <Alert severity="error" sx={{ mt: 2 }}>{refusal.message}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('stockui.disc.resolve')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
