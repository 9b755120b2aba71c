import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { toIsoDate } from '@shared/domain/local-date';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { createServiceCard, type StoredServiceCard } from '../../../db/service-cards-repo';
import { useT } from '../../../i18n/context';
import { CustomerPicker } from '../../../components/pickers/CustomerPicker';
import { DateField } from '../common/DateField';
import { ProductPicker } from '../../../components/pickers/ProductPicker';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import { StaffPicker } from '../../../components/pickers/StaffPicker';
import { blankCardForm, cardFormIssues, formToCardWrite, type CardFormValues } from './card-form';

interface Props {
  onClose: () => void;
  onSaved: (card: StoredServiceCard) => void;
}

const fields = new Set(['cardNo', 'customerId', 'productId', 'serialNo', 'serviceDate', 'content', 'technicianId', 'nextServiceDate']);
const isField = (path: string) => fields.has(path);

/** 新建服务卡 (kept one year): one card per serviced product and visit; a card without a product is refused. */
export function CardFormDialog({ onClose, onSaved }: Props) {
  const t = useT();
  const actor = useActor();
  const [values, setValues] = useState<CardFormValues>(() => blankCardForm(toIsoDate(Date.now())));
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);
  const update = (change: Partial<CardFormValues>) => (setValues((v) => ({ ...v, ...change })), setRefusal(noRefusal));
  const fe = (key: keyof CardFormValues) => refusal.fields[key];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const write = formToCardWrite(values);
    const issues = cardFormIssues(write);
    if (issues.length > 0) return setRefusal(refusalFromIssues(t, issues, isField));
    setBusy(true);
    try {
      onSaved(await createServiceCard(getDb(), actor, write));
    } catch (err) {
      setRefusal(refusalOf(t, err, isField));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="card-form-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="card-form-title">{t('svcui.card.new')}</DialogTitle>
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5, pt: 1, alignItems: 'start' }}>
            <TextField size="small" label={t('service.card.field.cardNo')} value={values.cardNo} onChange={(e) => update({ cardNo: e.target.value })} error={fe('cardNo') !== undefined} helperText={fe('cardNo') ?? t('svcui.card.cardNoHint')} />
            <CustomerPicker label={t('service.card.field.customer')} value={values.customerId} onChange={(customerId) => update({ customerId })} error={fe('customerId')} required />
            <ProductPicker label={t('service.card.field.product')} value={values.productId} onChange={(productId) => update({ productId })} error={fe('productId')} required />
            <TextField size="small" label={t('service.card.field.serialNo')} value={values.serialNo} onChange={(e) => update({ serialNo: e.target.value })} error={fe('serialNo') !== undefined} helperText={fe('serialNo')} />
            <DateField label={t('service.card.field.serviceDate')} value={values.serviceDate} onChange={(serviceDate) => update({ serviceDate })} error={fe('serviceDate')} required />
            <DateField label={t('service.card.field.nextServiceDate')} value={values.nextServiceDate} onChange={(nextServiceDate) => update({ nextServiceDate })} error={fe('nextServiceDate')} />
            <TextField size="small" multiline minRows={3} required label={t('service.card.field.content')} value={values.content} onChange={(e) => update({ content: e.target.value })} error={fe('content') !== undefined} helperText={fe('content')} sx={{ gridColumn: '1 / -1' }} />
            <StaffPicker label={t('service.card.field.technician')} value={values.technicianId} onChange={(technicianId) => update({ technicianId })} error={fe('technicianId')} required />
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
            {t('action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
