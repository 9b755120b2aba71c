import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { Customer } from '@shared/domain/customer';
import { useT } from '../../i18n/context';
import { AddressFields } from './AddressFields';
import { DuplicatePhoneAlert } from './DuplicatePhoneAlert';
import { PhoneFields } from './PhoneFields';
import { GradeFields, TypeFields } from './ProfileFields';
import { useCustomerForm } from './use-customer-form';

interface Props {
  open: boolean;
  /** The customer to edit; absent to create one. */
  customer?: Customer;
  /** Prefills the first phone (the call log's "新建客户" for an unknown number). */
  initialPhone?: string;
  onClose: () => void;
  /** Saved: the customer's id and name. */
  onSaved: (id: number, name: string) => void;
  /**
   * 打开已有客户 from the duplicate-phone warning. Without it the existing customer is taken as the
   * result (`onSaved` with its id): the call log then links the call to them instead of a copy.
   */
  onOpenExisting?: (customer: Customer) => void;
}

/** Create or edit a customer. Enter moves on, Ctrl+Enter or 保存 saves, Esc cancels. */
export function CustomerFormDialog({ open, ...props }: Props) {
  const session = useOpenCount(open);
  return (
    <Dialog open={open} onClose={props.onClose} maxWidth="md" fullWidth aria-labelledby="customer-form-title">
      {/* A new key per opening: each opening starts afresh from the customer (or a blank form). */}
      <CustomerFormBody key={session} {...props} />
    </Dialog>
  );
}

function CustomerFormBody({ customer, initialPhone, onClose, onSaved, onOpenExisting }: Omit<Props, 'open'>) {
  const t = useT();
  const form = useCustomerForm(customer, initialPhone);
  const { values, errors } = form;

  const save = async (confirmDuplicate: boolean) => {
    const id = await form.save(confirmDuplicate);
    if (id !== undefined) onSaved(id, values.name.trim());
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };
  const openExisting = (c: Customer) => (onOpenExisting ? onOpenExisting(c) : c.id !== undefined && onSaved(c.id, c.name));

  return (
    <form data-enter-next noValidate onSubmit={submit}>
      <DialogTitle id="customer-form-title">{customer ? t('customers.edit') : t('customers.new')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-end' }}>
            <TextField
              label={t('customers.form.name')}
              value={values.name}
              onChange={(e) => form.set('name', e.target.value)}
              error={errors.name !== undefined}
              helperText={errors.name}
              autoFocus
              slotProps={{ htmlInput: { 'data-autofocus': true } }}
              required
              sx={{ width: 240 }}
            />
            <TypeFields form={form} />
          </Stack>
          <PhoneFields
            phones={values.phones}
            primaryRow={values.primaryRow}
            errors={errors}
            onChange={(phones, primaryRow) => {
              form.set('phones', phones);
              form.set('primaryRow', primaryRow);
            }}
          />
          <DuplicatePhoneAlert
            duplicates={form.duplicates}
            asked={form.duplicateAsked}
            onOpen={openExisting}
            onSaveAnyway={() => void save(true)}
          />
          <AddressFields
            addresses={values.addresses}
            defaultRow={values.defaultRow}
            errors={errors}
            onChange={(addresses, defaultRow) => {
              form.set('addresses', addresses);
              form.set('defaultRow', defaultRow);
            }}
          />
          <Divider />
          <GradeFields form={form} />
          <TextField
            label={t('customer.field.notes')}
            value={values.notes}
            onChange={(e) => form.set('notes', e.target.value)}
            multiline
            minRows={2}
          />
          {form.failure && <Alert severity="error">{form.failure}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('action.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={form.saving} title={t('hint.ctrlEnterSaves')}>
          {t('action.save')}
        </Button>
      </DialogActions>
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
