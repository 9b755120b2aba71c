import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { validateRequest } from '@shared/service/request';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { registerServiceRequest } from '../../../db/service-requests-repo';
import { useT } from '../../../i18n/context';
import { CustomerPicker } from '../../../components/pickers/CustomerPicker';
import { ProductPicker } from '../../../components/pickers/ProductPicker';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import { PriorityField } from './PriorityField';
import { formToRequestInput, withCustomer, type RequestFormValues } from './request-form';

interface Props {
  initial: RequestFormValues;
  onClose: () => void;
  onSaved: (no: string) => void;
}

const fields = new Set(['customerId', 'contact', 'phone', 'address', 'productId', 'serialNo', 'problem', 'priority']);
const isField = (path: string) => fields.has(path);

/** 登记服务需求 (SVC-1): who called, how to reach them, where, which product, and the problem as described. */
export function RequestFormDialog({ initial, onClose, onSaved }: Props) {
  const t = useT();
  const actor = useActor();
  const [values, setValues] = useState(initial);
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);
  const update = (change: Partial<RequestFormValues>) => (setValues((v) => ({ ...v, ...change })), setRefusal(noRefusal));
  const text = (key: 'contact' | 'phone' | 'address' | 'serialNo' | 'problem') => ({
    value: values[key],
    onChange: (e: { target: { value: string } }) => update({ [key]: e.target.value }),
    error: refusal.fields[key] !== undefined,
    helperText: refusal.fields[key],
    size: 'small' as const,
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = formToRequestInput(values);
    const issues = validateRequest(input);
    if (issues.length > 0) return setRefusal(refusalFromIssues(t, issues, isField));
    setBusy(true);
    try {
      const saved = await registerServiceRequest(getDb(), actor, input);
      onSaved(saved.no);
    } catch (err) {
      setRefusal(refusalOf(t, err, isField));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="request-form-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="request-form-title">{t('svcui.request.new')}</DialogTitle>
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5, pt: 1, alignItems: 'start' }}>
            <CustomerPicker
              label={t('service.report.field.customer')}
              value={values.customerId}
              onChange={(_id, c) => (setValues((v) => withCustomer(v, c)), setRefusal(noRefusal))}
              error={refusal.fields.customerId}
            />
            <PriorityField value={values.priority} onChange={(priority) => update({ priority })} helperText={t('svcui.request.priorityHint')} />
            <TextField label={t('service.request.field.contact')} required {...text('contact')} />
            <TextField label={t('service.request.field.phone')} required {...text('phone')} slotProps={{ htmlInput: { inputMode: 'tel' } }} />
            <TextField label={t('service.request.field.address')} {...text('address')} sx={{ gridColumn: '1 / -1' }} />
            <ProductPicker label={t('service.request.field.product')} value={values.productId} onChange={(productId) => update({ productId })} error={refusal.fields.productId} />
            <TextField label={t('service.request.field.serialNo')} {...text('serialNo')} />
            <TextField label={t('service.request.field.problem')} required multiline minRows={3} {...text('problem')} sx={{ gridColumn: '1 / -1' }} />
            {refusal.message && (
              <Alert severity="error" sx={{ gridColumn: '1 / -1' }}>
                {refusal.message}
              </Alert>
            )}
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('svcui.request.register')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
