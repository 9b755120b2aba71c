import { useRef, useState, type ComponentType, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useT } from '../../i18n/context';
import { CallDetailsFields } from './CallDetailsFields';
import { CallWhenFields } from './CallWhenFields';
import type { CreateCustomerDialogProps } from './create-customer-slot';
import { PhoneMatchLine } from './PhoneMatchLine';
import { useCallForm } from './use-call-form';
import { usePhoneMatch } from './use-phone-match';

interface Props {
  onClose: () => void;
  onSaved: () => void;
  CreateCustomerDialog: ComponentType<CreateCustomerDialogProps>;
}

/**
 * 新建电话记录: the phone field has focus at once; a known phone shows its customer, an unknown one
 * offers 新建客户. Mounted only while open, so every call starts from a fresh form at "now".
 */
export function CallEntryDialog({ onClose, onSaved, CreateCustomerDialog }: Props) {
  const t = useT();
  const form = useCallForm();
  const { values, errors, set } = form;
  const match = usePhoneMatch(values.phone);
  const [creatingCustomer, setCreatingCustomer] = useState(false);
  const contactRef = useRef<HTMLInputElement>(null);

  const customerCreated = () => {
    setCreatingCustomer(false);
    // The button that opened the customer dialog is gone (the phone now matches), so focus would be
    // restored to nothing; carry on where the clerk continues instead.
    requestAnimationFrame(() => contactRef.current?.focus());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const id = await form.save(match.kind === 'matched' ? match.customer.id : undefined);
    if (id !== undefined) onSaved();
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" aria-labelledby="call-entry-title">
      <form data-enter-next noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="call-entry-title">{t('calls.new')}</DialogTitle>
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5, alignItems: 'start' }}>
            <CallWhenFields form={form} />
            <TextField
              label={t('call.field.phone')}
              value={values.phone}
              onChange={(e) => set('phone', e.target.value)}
              error={errors.phone !== undefined}
              helperText={errors.phone}
              autoFocus
              slotProps={{ htmlInput: { inputMode: 'tel', autoComplete: 'off', 'data-autofocus': true } }}
            />
            <TextField
              label={t('call.field.contact')}
              value={values.contact}
              onChange={(e) => set('contact', e.target.value)}
              inputRef={contactRef}
            />
            <Box sx={{ gridColumn: '1 / -1', minHeight: 28 }}>
              <PhoneMatchLine match={match} onCreateCustomer={() => setCreatingCustomer(true)} />
            </Box>
            <CallDetailsFields form={form} />
            {form.failure && (
              <Alert severity="error" sx={{ gridColumn: '1 / -1' }}>
                {form.failure}
              </Alert>
            )}
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={form.saving} title={t('hint.ctrlEnterSaves')}>
            {t('action.save')}
          </Button>
        </DialogActions>
      </form>
      <CreateCustomerDialog
        open={creatingCustomer}
        phone={values.phone.trim()}
        onClose={() => setCreatingCustomer(false)}
        onCreated={customerCreated}
      />
    </Dialog>
  );
}
