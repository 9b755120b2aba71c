import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { postReturn } from '../../../db/returns-repo';
import { useT } from '../../../i18n/context';
import { CustomerPicker } from '../../../components/pickers/CustomerPicker';
import { QtyLinesEditor } from '../common/QtyLinesEditor';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import { ToggleField } from '../../../components/ToggleField';
import { emptyReturnForm, formToReturn, returnConditions, type ReturnFormValues } from './return-form';

interface Props {
  onClose: () => void;
  onPosted: (docNo: string) => void;
}

const isField = (path: string) => path === 'customerId' || path === 'reason' || path === 'lines' || path.startsWith('lines.');

/** 退货入库 (IN-4): the returned goods come back on an inbound slip linked to the customer; with a quality problem to faulty stock. */
export function ReturnDialog({ onClose, onPosted }: Props) {
  const t = useT();
  const actor = useActor();
  const [values, setValues] = useState<ReturnFormValues>(emptyReturnForm);
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);
  const update = (change: Partial<ReturnFormValues>) => (setValues((v) => ({ ...v, ...change })), setRefusal(noRefusal));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { input, issues } = formToReturn(values);
    if (issues.length > 0) return setRefusal(refusalFromIssues(t, issues, isField));
    setBusy(true);
    try {
      const { ret } = await postReturn(getDb(), actor, input);
      onPosted(ret.docNo);
    } catch (err) {
      setRefusal(refusalOf(t, err, isField));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="return-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="return-title">{t('stockui.returns.dialogTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <CustomerPicker label={t('stockui.picker.customer')} value={values.customerId} onChange={(customerId) => update({ customerId })} error={refusal.fields.customerId} required />
            <QtyLinesEditor lines={values.lines} errors={refusal.fields} onChange={(lines) => update({ lines })} qtyLabel={t('stock.field.qty')} />
            <ToggleField label={t('stockui.returns.condition')} value={values.condition} onChange={(condition) => update({ condition })}
              options={returnConditions.map((c) => ({ value: c, label: t(`stock.return.condition.${c}`) }))} />
            <TextField size="small" label={t('stockui.returns.reason')} value={values.reason} required onChange={(e) => update({ reason: e.target.value })}
              error={refusal.fields.reason !== undefined} helperText={refusal.fields.reason} />
            {refusal.message && <Alert severity="error">{refusal.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('stockui.returns.new')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
