import HistoryIcon from '@mui/icons-material/History';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { Customer } from '@shared/domain/customer';
import { DetailsDrawer } from '../../components/DetailsDrawer';
import { RecordHistory } from '../../components/RecordHistory';
import { useT } from '../../i18n/context';
import { PhoneFields } from './PhoneFields';
import { useCustomerForm } from './use-customer-form';

interface Props {
  open: boolean;
  /** The customer to edit; absent to create one. */
  customer?: Customer;
  /** Prefills the first phone (the call log's "新建客户" for an unknown number). */
  initialPhone?: string;
  onClose: () => void;
  onSaved: (id: number) => void;
}

/** Create or edit a customer. Enter moves on, Ctrl+Enter or 保存 saves, Esc cancels. */
export function CustomerFormDialog({ open, customer, initialPhone, onClose, onSaved }: Props) {
  const session = useOpenCount(open);
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" aria-labelledby="customer-form-title">
      {/* A new key per opening: each opening starts afresh from the customer (or a blank form). */}
      <CustomerFormBody
        key={session}
        customer={customer}
        initialPhone={initialPhone}
        onClose={onClose}
        onSaved={onSaved}
      />
    </Dialog>
  );
}

function CustomerFormBody({ customer, initialPhone, onClose, onSaved }: Omit<Props, 'open'>) {
  const t = useT();
  const form = useCustomerForm(customer, initialPhone);
  const { values, errors } = form;
  const [historyOpen, setHistoryOpen] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const id = await form.save();
    if (id !== undefined) onSaved(id);
  };

  return (
    <form data-enter-next noValidate onSubmit={(e) => void submit(e)}>
      <DialogTitle id="customer-form-title">{customer ? t('customers.edit') : t('customers.new')}</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5}>
          <TextField
            label={t('customers.form.name')}
            value={values.name}
            onChange={(e) => form.setField('name', e.target.value)}
            error={errors.name !== undefined}
            helperText={errors.name}
            autoFocus
            slotProps={{ htmlInput: { 'data-autofocus': true } }}
            required
          />
          <PhoneFields phones={values.phones} errors={errors} onChange={form.setPhones} />
          <TextField
            label={t('customer.field.address')}
            value={values.address}
            onChange={(e) => form.setField('address', e.target.value)}
          />
          <TextField
            label={t('customer.field.notes')}
            value={values.notes}
            onChange={(e) => form.setField('notes', e.target.value)}
            multiline
            minRows={2}
          />
          {form.failure && <Alert severity="error">{form.failure}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        {customer?.id !== undefined && (
          <Button startIcon={<HistoryIcon />} onClick={() => setHistoryOpen(true)} sx={{ mr: 'auto' }}>
            {t('history.open')}
          </Button>
        )}
        <Button onClick={onClose}>{t('action.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={form.saving} title={t('hint.ctrlEnterSaves')}>
          {t('action.save')}
        </Button>
      </DialogActions>
      {customer?.id !== undefined && (
        <DetailsDrawer open={historyOpen} title={t('customers.history')} onClose={() => setHistoryOpen(false)}>
          <RecordHistory table="customers" recordId={customer.id} />
        </DetailsDrawer>
      )}
    </form>
  );
}

/** Counts how often `open` turned true (state adjusted during render, the React-documented way). */
function useOpenCount(open: boolean): number {
  const [wasOpen, setWasOpen] = useState(open);
  const [count, setCount] = useState(0);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setCount(count + 1);
  }
  return count;
}
