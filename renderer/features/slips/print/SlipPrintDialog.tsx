import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import type { Customer } from '@shared/domain/customer';
import type { PurchaseSlipTemplateId } from '@shared/templates/builtin/purchase-slip';
import type { Template } from '@shared/templates/template';
import { errorText } from '../../../auth/error-text';
import { getDb } from '../../../db/db';
import { attachmentDataUrl, type SavedSlip } from '../../../db/slips-repo';
import { useLang, useT } from '../../../i18n/context';
import { PrintPreviewDialog } from '../../../print/PrintPreviewDialog';
import type { PrintPreviewSource } from '../../../print/print-source';
import { ToggleField } from '../../../components/ToggleField';
import type { StoredProduct } from '../common/use-products';
import { loadPrintSetup } from '../../../print/print-setup';
import { slipPrintData } from './slip-print';
import { slipPrintSource } from './slip-print-source';

interface Props {
  slip: SavedSlip;
  customer: Customer | undefined;
  products: ReadonlyMap<number, StoredProduct>;
  onClose: () => void;
  /**
   * Only for a job the platform accepted: the slip is then marked printed (and locked);
   * `withScreenshot` when the job held the back-office screenshot page (OUT-2).
   */
  onPrinted: (withScreenshot: boolean) => void;
}

type Paper = PurchaseSlipTemplateId;
type Copies = 'carbon' | 'plain';

/**
 * 打印购销单: the form (241×93 or 241×140), overlay on the pre-printed form or the full form on blank
 * paper, carbon (one pass) or plain paper (each copy separately, the screenshot after the yellow copy).
 */
export function SlipPrintDialog({ slip, customer, products, onClose, onPrinted }: Props) {
  const t = useT();
  const [lang] = useLang();
  const [paper, setPaper] = useState<Paper>('purchase-slip-241x93');
  const [mode, setMode] = useState<Template['mode']>('overlay');
  const [copies, setCopies] = useState<Copies>('carbon');
  const shot = slip.attachments.find((a) => a.kind === 'backOfficeScreenshot');
  const [withShot, setWithShot] = useState(shot !== undefined);
  const [doc, setDoc] = useState<PrintPreviewSource | null>(null);
  // What the previewed job holds, as it was built (the checkbox may change behind the preview).
  const [docHasShot, setDocHasShot] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const preview = async () => {
    try {
      const setup = await loadPrintSetup(getDb(), paper, lang);
      const dataUrl = withShot && shot ? await attachmentDataUrl(getDb(), shot) : undefined;
      setDocHasShot(dataUrl !== undefined);
      setDoc(slipPrintSource({
        ...setup, mode, lang, separateCopies: copies === 'plain', title: t('slipsui.detail.title', { no: slip.no }),
        data: slipPrintData(slip, customer, products, t),
        ...(dataUrl ? { screenshot: { dataUrl, caption: t('slipsui.screenshotPage', { no: slip.no }) } } : {}),
      }));
    } catch (e) {
      setError(errorText(t, e));
    }
  };

  return (
    <>
      <Dialog open={doc === null} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="slip-print-title">
        <DialogTitle id="slip-print-title">{t('slipsui.print.title', { no: slip.no })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <ToggleField label={t('slipsui.print.paper')} value={paper} onChange={setPaper}
              options={[{ value: 'purchase-slip-241x93', label: t('slipsui.print.paper93') }, { value: 'purchase-slip-241x140', label: t('slipsui.print.paper140') }]} />
            <ToggleField label={t('slipsui.print.mode')} value={mode} onChange={setMode}
              options={[{ value: 'overlay', label: t('slipsui.print.overlay') }, { value: 'full', label: t('slipsui.print.full') }]} />
            <ToggleField label={t('slipsui.print.copies')} value={copies} onChange={setCopies}
              options={[{ value: 'carbon', label: t('slipsui.print.carbon') }, { value: 'plain', label: t('slipsui.print.plain') }]} />
            {shot && (
              <FormControlLabel control={<Checkbox checked={withShot} onChange={(e) => setWithShot(e.target.checked)} />} label={t('slipsui.print.screenshot')} />
            )}
            {slip.printedAt === undefined && <Alert severity="info">{t('slipsui.print.lockHint')}</Alert>}
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="contained" onClick={() => void preview()}>
            {t('slipsui.print.preview')}
          </Button>
        </DialogActions>
      </Dialog>
      <PrintPreviewDialog open={doc !== null} doc={doc} onClose={onClose} onPrinted={() => onPrinted(docHasShot)} />
    </>
  );
}
