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
import { useActor } from '../../../auth';
import type { PostedReceipt } from '../../../db/receiving-repo';
import { useT } from '../../../i18n/context';
import { useProductMap } from '../common/use-products';
import { SecondPersonDialog } from '../../../components/SecondPersonDialog';
import { DiscrepancyPreview } from './DiscrepancyPreview';
import { previewDiscrepancies, type ReceiptDraft } from './receipt-form';
import { ReceiptLinesEditor } from './ReceiptLinesEditor';
import { ReceiptResult } from './ReceiptResult';
import { useReceiptForm } from './use-receipt-form';

interface Props {
  onClose: () => void;
  onOpenDiscrepancies: () => void;
}

/**
 * 到货入库 (IN-2, IN-3): the delivery note's number and quantities, the counted quantities; the
 * signed-in person is the receiver, a second person confirms with their PIN, then it posts. A count
 * that differs shows the discrepancy it created.
 */
export function ReceiptDialog({ onClose, onOpenDiscrepancies }: Props) {
  const t = useT();
  const actor = useActor();
  const products = useProductMap();
  const form = useReceiptForm();
  const { values, refusal } = form;
  const [confirming, setConfirming] = useState<ReceiptDraft | null>(null);
  const [posted, setPosted] = useState<PostedReceipt | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const draft = form.check();
    if (draft) setConfirming(draft);
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
                onChange={(e) => form.update({ deliveryNoteNo: e.target.value })}
                error={refusal.fields.deliveryNoteNo !== undefined} helperText={refusal.fields.deliveryNoteNo} />
              <TextField size="small" label={t('stock.receipt.field.supplier')} value={values.supplier} onChange={(e) => form.update({ supplier: e.target.value })} sx={{ flexGrow: 1 }} />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {t('stockui.receiving.receiverIsYou', { name: actor.name })}
            </Typography>
            <ReceiptLinesEditor lines={values.lines} errors={refusal.fields} onChange={(lines) => form.update({ lines })} />
            <DiscrepancyPreview title={t('stockui.receiving.previewTitle')} lines={previewDiscrepancies(values)} products={products} />
            <TextField size="small" label={t('stock.field.note')} value={values.note} onChange={(e) => form.update({ note: e.target.value })} />
            {refusal.message && <Alert severity="error">{refusal.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={form.posting}>
            {t('stockui.receiving.confirm')}
          </Button>
        </DialogActions>
      </form>
      {confirming && (
        <SecondPersonDialog
          title={t('stockui.receiving.secondTitle')}
          description={t('stockui.receiving.secondDescription')}
          action="stock.receive"
          onDone={(keeper) => {
            const draft = confirming;
            setConfirming(null);
            if (keeper) void form.post(draft, keeper).then((result) => result && setPosted(result));
          }}
        />
      )}
    </Dialog>
  );
}
