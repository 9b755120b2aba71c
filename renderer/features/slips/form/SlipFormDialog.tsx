import { useState, type ClipboardEvent, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { deliveryModes, orderTypes } from '@shared/slips/purchase-slip';
import { needsBackOfficeScreenshot } from '@shared/slips/validate-slip';
import { ValidationError } from '@shared/validation';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { addSlipAttachment, type SavedSlip } from '../../../db/slips-repo';
import { useT } from '../../../i18n/context';
import { CustomerPicker } from '../../../components/pickers/CustomerPicker';
import { money } from '../common/format';
import { ToggleField } from '../../../components/ToggleField';
import { useProductMap } from '../common/use-products';
import { AttachmentField } from './AttachmentField';
import { formTotals } from './slip-form';
import { SlipLinesTable } from './SlipLinesTable';
import { useSlipForm, type SlipFormMode } from './use-slip-form';

export type { SlipFormMode };

interface Props {
  mode: SlipFormMode;
  onClose: () => void;
  onSaved: (slip: SavedSlip) => void;
}

/** The first image on the clipboard (a screenshot pasted with Ctrl+V). */
function pastedImage(e: ClipboardEvent): File | null {
  for (const item of e.clipboardData.items) if (item.kind === 'file' && item.type.startsWith('image/')) return item.getAsFile();
  return null;
}

/**
 * 新建 / 修改 / 重开 产品购销单, keyboard first: Enter moves to the next field, Ctrl+Enter saves. The
 * rules are checked as the clerk types and shown beside the line or field they concern.
 */
export function SlipFormDialog({ mode, onClose, onSaved }: Props) {
  const t = useT();
  const actor = useActor();
  const form = useSlipForm(mode);
  const products = useProductMap();
  const [attaching, setAttaching] = useState(false);
  const { values, errors } = form;
  const totals = formTotals(values);
  const title =
    mode.kind === 'edit' ? t('slipsui.form.editTitle', { no: mode.slip.no }) : mode.kind === 'replace' ? t('slipsui.form.replaceTitle', { no: mode.old.no }) : t('slipsui.form.newTitle');

  const attach = async (file: File) => {
    if (!file.type.startsWith('image/')) return form.refuse([{ path: 'attachments', message: 'slipsui.form.notImage' }]);
    setAttaching(true);
    try {
      form.setAttachment(await addSlipAttachment(getDb(), actor, { name: file.name || 'screenshot.png', mime: file.type, data: file }));
    } catch (e) {
      form.refuse(e instanceof ValidationError ? e.issues.map((i) => ({ ...i, path: 'attachments' })) : [{ path: 'attachments', message: String(e) }]);
    } finally {
      setAttaching(false);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await form.submit();
    if (saved) onSaved(saved);
  };

  const onPaste = (e: ClipboardEvent) => {
    const file = pastedImage(e);
    if (!file) return;
    e.preventDefault();
    void attach(file);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="slip-form-title">
      <form noValidate data-enter-next onSubmit={(e) => void submit(e)} onPaste={onPaste}>
        <DialogTitle id="slip-form-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-end', flexWrap: 'wrap' }} useFlexGap>
              <CustomerPicker
                label={t('slipsui.picker.customer')}
                value={values.customerId}
                onChange={(customerId) => form.update({ customerId })}
                error={errors.customerId}
                required
                autoFocus
                autoHighlight
                noOptionsText={t('slipsui.picker.noCustomers')}
              />
              <ToggleField label={t('slip.field.orderType')} value={values.orderType} onChange={(orderType) => form.update({ orderType })}
                options={orderTypes.map((v) => ({ value: v, label: t(`slip.orderType.${v}`) }))} />
              <ToggleField label={t('slip.field.delivery')} value={values.delivery} onChange={(delivery) => form.update({ delivery })}
                options={deliveryModes.map((v) => ({ value: v, label: t(`slip.delivery.${v}`) }))} />
            </Stack>
            <SlipLinesTable
              lines={values.lines} products={products} errors={errors}
              onProduct={form.chooseLineProduct} onChange={form.setLine} onRemove={form.removeLine}
            />
            <Stack direction="row" spacing={3} sx={{ justifyContent: 'flex-end' }} aria-live="polite">
              <Typography sx={{ fontWeight: 600 }}>{t('slipsui.form.totalLine', { total: money(totals.total) })}</Typography>
              <Typography>{t('slipsui.form.capitalLine', { capital: totals.capital })}</Typography>
            </Stack>
            <TextField size="small" label={t('slip.field.remarks')} value={values.remarks} onChange={(e) => form.update({ remarks: e.target.value })}
              error={errors.remarks !== undefined} helperText={errors.remarks} />
            <AttachmentField
              attachment={values.attachments[0]} required={needsBackOfficeScreenshot(values)} error={errors.attachments ?? errors['attachments.0.dataUrl']}
              busy={attaching} onFile={(f) => void attach(f)} onRemove={() => form.setAttachment(null)}
            />
            {form.lapses.includes('signOff') && <Alert severity="warning">{t('slipsui.form.signOffWillLapse')}</Alert>}
            {form.lapses.includes('negativeStock') && <Alert severity="warning">{t('slipsui.form.negativeWillLapse')}</Alert>}
            {form.message && <Alert severity="error">{form.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Typography variant="caption" color="text.secondary" sx={{ flexGrow: 1, pl: 2 }}>
            {t('slipsui.form.keysHint')}
          </Typography>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={form.saving || attaching}>
            {t('slipsui.form.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
