import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useActor, useApproval } from '../../../auth';
import { getDb } from '../../../db/db';
import { postScrap, type FaultyLevel } from '../../../db/faulty-stock-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import { QtyField } from '../common/QtyField';
import { emptyScrapForm, formToScrap, type ScrapFormValues } from './scrap-form';

interface Props {
  levels: readonly FaultyLevel[];
  initialProductId: number | null;
  onClose: () => void;
  onPosted: (docNo: string) => void;
}

const isField = (path: string) => path === 'reason' || path.startsWith('lines.');

/** 报废: faulty goods leave for good, with the reason and the supervisor's signature, on an outbound slip. */
export function ScrapDialog({ levels, initialProductId, onClose, onPosted }: Props) {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  const [v, setValues] = useState<ScrapFormValues>(() => emptyScrapForm(initialProductId ?? levels[0]?.product.id ?? null));
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);
  const update = (change: Partial<ScrapFormValues>) => (setValues((old) => ({ ...old, ...change })), setRefusal(noRefusal));
  const faultyOf = (id: number) => levels.find((l) => l.product.id === id)?.faulty ?? 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { input, issues } = formToScrap(v, faultyOf);
    if (issues.length > 0) return setRefusal(refusalFromIssues(t, issues, isField));
    const p = levels.find((l) => l.product.id === v.productId)?.product;
    const line = input.lines[0];
    const approval = await requestApproval({
      title: t('stockui.faulty.approveTitle'),
      description: t('stockui.faulty.approveDescription', { product: p ? `${p.code} ${p.name}` : '', qty: line?.qty ?? 0, reason: input.reason }),
    });
    if (!approval) return;
    setBusy(true);
    try {
      onPosted((await postScrap(getDb(), actor, input, approval)).scrap.docNo);
    } catch (err) {
      setRefusal(refusalOf(t, err, isField));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="scrap-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="scrap-title">{t('stockui.faulty.scrapTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('stockui.faulty.scrapHint')}</DialogContentText>
          <Stack spacing={2}>
            <Stack direction="row" spacing={1}>
              <TextField select size="small" label={t('stockui.line.product')} value={v.productId ?? ''} onChange={(e) => update({ productId: Number(e.target.value) })}
                error={refusal.fields['lines.0.productId'] !== undefined} helperText={refusal.fields['lines.0.productId']} sx={{ flexGrow: 1 }}>
                {levels.map((l) => (
                  <MenuItem key={l.product.id} value={l.product.id}>
                    {t('stockui.faulty.option', { product: `${l.product.code} ${l.product.name}`, qty: l.faulty, unit: l.product.unit })}
                  </MenuItem>
                ))}
              </TextField>
              <QtyField label={t('stock.field.qty')} value={v.qty} onChange={(qty) => update({ qty })} error={refusal.fields['lines.0.qty']} />
            </Stack>
            <TextField size="small" label={t('stockui.faulty.reason')} value={v.reason} required onChange={(e) => update({ reason: e.target.value })}
              error={refusal.fields.reason !== undefined} helperText={refusal.fields.reason} />
            {refusal.message && <Alert severity="error">{refusal.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" color="error" disabled={busy || levels.length === 0}>
            {t('stockui.faulty.scrap')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
