import type { CreateCustomerDialogProps } from '../features/call-logs/create-customer-slot';
import { CustomerFormDialog } from '../features/customers/CustomerFormDialog';

/**
 * The call log offers "新建客户" for an unknown phone. Features may not import each other, so the call
 * log declares the dialog it needs (a slot) and the app fills it with the customers feature's own form:
 * one customer form, one set of rules, no copy inside call-logs.
 */
export function CreateCustomerForCall({ open, phone, onClose, onCreated }: CreateCustomerDialogProps) {
  return (
    <CustomerFormDialog
      open={open}
      initialPhone={phone}
      onClose={onClose}
      onSaved={onCreated}
    />
  );
}
