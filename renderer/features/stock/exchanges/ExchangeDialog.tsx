import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { exchangeKinds, inspectionResults } from '@shared/stock/exchange';
import { deliveryModes } from '@shared/stock/outbound';
import { useActor, useApproval } from '../../../auth';
import { getDb } from '../../../db/db';
import { postExchange, type PostedExchange } from '../../../db/exchanges-repo';
import { useT } from '../../../i18n/context';
import { CustomerPicker } from '../../../components/pickers/CustomerPicker';
import { ProductPicker } from '../../../components/pickers/ProductPicker';
import { QtyField } from '../common/QtyField';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import { ToggleField } from '../../../components/ToggleField';
import { useProductMap } from '../common/use-products';
import { emptyExchangeForm, formToExchange, needsSignOff, type ExchangeFormValues } from './exchange-form';

interface Props {
  onClose: () => void;
  onPosted: (posted: PostedExchange) => void;
}

const fieldPaths = ['customerId', 'returned.productId', 'returned.qty', 'replacement.productId', 'replacement.qty', 'inspection.result', 'inspection.note'];
const isField = (path: string) => fieldPaths.includes(path);

/** 换货: inspect what came back, then restock it and give the replacement (EXC-1 same, EXC-2 different); OUT-6 shown at once. */
export function ExchangeDialog({ onClose, onPosted }: Props) {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  const products = useProductMap();
  const [v, setValues] = useState<ExchangeFormValues>(emptyExchangeForm);
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);
  const update = (change: Partial<ExchangeFormValues>) => (setValues((old) => ({ ...old, ...change })), setRefusal(noRefusal));
  const out6 = products && formToExchange(v, products).issues.find((i) => i.message === 'stock.exchange.testChamberNoQualityProblem');
  const err = (path: string) => (out6 && path === 'returned.productId' ? undefined : refusal.fields[path]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!products) return;
    const { input, issues } = formToExchange(v, products);
    if (issues.length > 0) return setRefusal(refusalFromIssues(t, issues, isField));
    const special = needsSignOff(input, products);
    const approval = special ? await requestApproval({ title: t('stockui.exch.signOffTitle'), description: t('stockui.exch.signOffDescription', { name: `${special.code} ${special.name}` }) }) : undefined;
    if (approval === null) return;
    setBusy(true);
    try {
      onPosted(await postExchange(getDb(), actor, { ...input, ...(approval ? { approval } : {}) }));
    } catch (error) {
      setRefusal(refusalOf(t, error, isField));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="exchange-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="exchange-title">{t('stockui.exch.dialogTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={3} sx={{ alignItems: 'flex-end' }}>
              <ToggleField label={t('stockui.exch.kind')} value={v.kind} onChange={(kind) => update({ kind })} options={exchangeKinds.map((k) => ({ value: k, label: t(`stock.exchange.kind.${k}`) }))} />
              <FormHelperText>{t(v.kind === 'same' ? 'stockui.exch.sameHint' : 'stockui.exch.differentHint')}</FormHelperText>
            </Stack>
            <CustomerPicker label={t('stockui.picker.customer')} value={v.customerId} onChange={(customerId) => update({ customerId })} error={refusal.fields.customerId} />
            <Stack direction="row" spacing={1}>
              <ProductPicker label={t('stockui.exch.returned')} value={v.returnedId} onChange={(returnedId) => update({ returnedId })} error={err('returned.productId')} />
              <QtyField label={t('stockui.exch.returnedQty')} value={v.returnedQty} onChange={(returnedQty) => update({ returnedQty })} error={refusal.fields['returned.qty']} />
            </Stack>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-end' }}>
              <ToggleField label={t('stockui.exch.inspection')} value={v.inspection ?? ''} onChange={(r) => update({ inspection: r === '' ? null : r })}
                options={inspectionResults.map((r) => ({ value: r, label: t(`stock.exchange.inspection.${r}`) }))} />
              <TextField size="small" label={t('stockui.exch.inspectionNote')} value={v.inspectionNote} onChange={(e) => update({ inspectionNote: e.target.value })}
                error={refusal.fields['inspection.note'] !== undefined} helperText={refusal.fields['inspection.note']} sx={{ flexGrow: 1 }} />
            </Stack>
            {refusal.fields['inspection.result'] && <FormHelperText error>{refusal.fields['inspection.result']}</FormHelperText>}
            {v.inspection === 'defective' && <Alert severity="info">{t('stockui.exch.toFaulty')}</Alert>}
            {out6 && <Alert severity="error" role="alert">{t('stock.exchange.testChamberNoQualityProblem')}</Alert>}
            {v.kind === 'different' && (
              <Stack direction="row" spacing={1}>
                <ProductPicker label={t('stockui.exch.replacement')} value={v.replacementId} onChange={(replacementId) => update({ replacementId })} error={refusal.fields['replacement.productId']} />
                <QtyField label={t('stockui.exch.replacementQty')} value={v.replacementQty} onChange={(replacementQty) => update({ replacementQty })} error={refusal.fields['replacement.qty']} />
              </Stack>
            )}
            <ToggleField label={t('stockui.exch.delivery')} value={v.delivery} onChange={(delivery) => update({ delivery })} options={deliveryModes.map((d) => ({ value: d, label: t(`stock.delivery.${d}`) }))} />
            <TextField size="small" label={t('stockui.exch.reason')} value={v.reason} onChange={(e) => update({ reason: e.target.value })} />
            {refusal.message && <Alert severity="error">{refusal.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy || products === undefined || out6 !== undefined}>
            {t('stockui.exch.new')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
