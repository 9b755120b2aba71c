import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { can } from '@shared/auth/permissions';
import type { Role } from '@shared/auth/roles';
import { useActor } from '../../../auth';
import { ToggleField } from '../../../components/ToggleField';
import type { PostedReceipt } from '../../../db/receiving-repo';
import { useT } from '../../../i18n/context';
import { useProductMap } from '../common/use-products';
import { SecondPersonDialog } from '../../../components/SecondPersonDialog';
import { DiscrepancyPreview } from './DiscrepancyPreview';
import { previewDiscrepancies, type ReceiptDraft } from './receipt-form';
import { ReceiptLinesEditor } from './ReceiptLinesEditor';
import { ReceiptResult } from './ReceiptResult';
import { RepeatNoteWarning } from './RepeatNoteWarning';
import { useReceiptForm, type ReceivingRole } from './use-receipt-form';
import { useEarlierReceipts } from './use-receiving';

interface Props {
  onClose: () => void;
  onOpenDiscrepancies: () => void;
}

/** IN-2: the keeper's part by default for warehouse staff; everyone else took the goods from the carrier. */
const defaultRole = (roles: readonly Role[]): ReceivingRole => (roles.includes('warehouse') ? 'keeper' : 'receiver');

/**
 * 到货入库 (IN-2, IN-3): the delivery note's number and quantities, the counted quantities. The
 * receiver (who took the goods from the carrier: logistics, the warehouse or the front desk) and the
 * warehouse keeper count together: the signed-in person is one of them, the other confirms with their
 * own PIN, and each is recorded in their own role. A delivery-note number received before is warned
 * about; a count that differs shows the discrepancy it created.
 */
export function ReceiptDialog({ onClose, onOpenDiscrepancies }: Props) {
  const t = useT();
  const actor = useActor();
  const products = useProductMap();
  const form = useReceiptForm();
  const { values, refusal } = form;
  const mayKeep = can(actor.roles, 'stock.receive');
  const [role, setRole] = useState<ReceivingRole>(() => (mayKeep ? defaultRole(actor.roles) : 'receiver'));
  const [repeatConfirmed, setRepeatConfirmed] = useState(false);
  const earlier = useEarlierReceipts(values.deliveryNoteNo, values.supplier) ?? [];
  const [confirming, setConfirming] = useState<ReceiptDraft | null>(null);
  const [posted, setPosted] = useState<PostedReceipt | null>(null);
  const other: ReceivingRole = role === 'receiver' ? 'keeper' : 'receiver';
  const repeatUnconfirmed = earlier.length > 0 && !repeatConfirmed;
  const [triedRepeat, setTriedRepeat] = useState(false);
  const noteError = refusal.fields.deliveryNoteNo ?? (repeatUnconfirmed && triedRepeat ? t('stock.receipt.repeatNote') : undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const draft = form.check();
    setTriedRepeat(repeatUnconfirmed);
    if (draft && !repeatUnconfirmed) setConfirming(draft);
  };

  if (posted) {
    return (
      <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="receipt-title">
        <ReceiptResult posted={posted} products={products} titleId="receipt-title" onClose={onClose} onOpenDiscrepancies={onOpenDiscrepancies} />
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="receipt-title">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="receipt-title">{t('stockui.receiving.dialogTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={1.5}>
              <TextField size="small" label={t('stock.receipt.field.deliveryNoteNo')} value={values.deliveryNoteNo} required autoFocus
                onChange={(e) => (form.update({ deliveryNoteNo: e.target.value }), setRepeatConfirmed(false))}
                error={noteError !== undefined} helperText={noteError} />
              <TextField size="small" label={t('stock.receipt.field.supplier')} value={values.supplier} onChange={(e) => form.update({ supplier: e.target.value })} sx={{ flexGrow: 1 }} />
            </Stack>
            <RepeatNoteWarning earlier={earlier} confirmed={repeatConfirmed} onConfirm={setRepeatConfirmed} />
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-end' }}>
              {mayKeep && (
                <ToggleField label={t('stockui.receiving.myRole')} value={role} onChange={setRole}
                  options={(['receiver', 'keeper'] as const).map((r) => ({ value: r, label: t(`stockui.receiving.role.${r}`) }))} />
              )}
              <Typography variant="body2" color="text.secondary">
                {t(role === 'receiver' ? 'stockui.receiving.receiverIsYou' : 'stockui.receiving.keeperIsYou', { name: actor.name })}
              </Typography>
            </Stack>
            <ReceiptLinesEditor lines={values.lines} errors={refusal.fields} onChange={(lines) => form.update({ lines })} />
            <DiscrepancyPreview title={t('stockui.receiving.previewTitle')} lines={previewDiscrepancies(values)} products={products} />
            <TextField size="small" label={t('stock.field.note')} value={values.note} onChange={(e) => form.update({ note: e.target.value })} />
            {refusal.message && <Alert severity="error">{refusal.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={form.posting}>
            {t(other === 'keeper' ? 'stockui.receiving.confirm' : 'stockui.receiving.confirmReceiver')}
          </Button>
        </DialogActions>
      </form>
      {confirming && (
        <SecondPersonDialog
          title={t(other === 'keeper' ? 'stockui.receiving.secondTitle' : 'stockui.receiving.receiverTitle')}
          description={t(other === 'keeper' ? 'stockui.receiving.secondDescription' : 'stockui.receiving.receiverDescription')}
          action={other === 'keeper' ? 'stock.receive' : 'stock.receiveDelivery'}
          onDone={(person) => {
            const draft = confirming;
            setConfirming(null);
            if (person) void form.post(draft, role, person, repeatConfirmed).then((result) => result && setPosted(result));
          }}
        />
      )}
    </Dialog>
  );
}
