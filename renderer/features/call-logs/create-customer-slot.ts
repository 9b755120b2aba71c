/**
 * The call log needs a "create customer" dialog for an unknown phone, but features may not import each
 * other. So this feature only declares the dialog's props, and renderer/app/ passes in the customers
 * feature's own form (one form, one validation, no copy here).
 */
export interface CreateCustomerDialogProps {
  open: boolean;
  /** The phone the clerk typed; the new customer's first phone. */
  phone: string;
  onClose: () => void;
  onCreated: (customerId: number) => void;
}
