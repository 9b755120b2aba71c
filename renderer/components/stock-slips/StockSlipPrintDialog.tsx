import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { StockSlipView } from '@shared/stock/stock-slip';
import { stockSlipTemplateId } from '@shared/templates/builtin/stock-slip';
import type { Template } from '@shared/templates/template';
import { errorText } from '../../auth/error-text';
import { getDb } from '../../db/db';
import type { StoredProduct } from '../../db/stock-rows';
import { useLang, useT } from '../../i18n/context';
import { PrintPreviewDialog } from '../../print/PrintPreviewDialog';
import { loadPrintSetup } from '../../print/print-setup';
import type { PrintPreviewSource } from '../../print/print-source';
import { ToggleField } from '../ToggleField';
import { slipTitleKey } from './slip-print-data';
import { stockSlipPrintSource } from './slip-print-source';

interface Props {
  slip: StockSlipView;
  products: ReadonlyMap<number, StoredProduct>;
  onClose: () => void;
}

type Copies = 'carbon' | 'plain';

/**
 * 打印入库单 / 出库单: the form of the slip's direction (as saved in 模板设计), overlay on the
 * pre-printed pad or whole on blank paper, with the chosen printer's calibration profile — the same
 * path every form prints through.
 */
export function StockSlipPrintDialog({ slip, products, onClose }: Props) {
  const t = useT();
  const [lang] = useLang();
  const [mode, setMode] = useState<Template['mode']>('full');
  const [copies, setCopies] = useState<Copies>('carbon');
  const [doc, setDoc] = useState<PrintPreviewSource | null>(null);
  const [error, setError] = useState<string | null>(null);
  const title = t('stockui.slip.dialogTitle', { title: t(slipTitleKey(slip.direction)), docNo: slip.docNo });

  const preview = async () => {
    try {
      const setup = await loadPrintSetup(getDb(), stockSlipTemplateId(slip.direction), lang);
      setDoc(stockSlipPrintSource(setup, slip, products, t, { lang, title, mode, separateCopies: copies === 'plain' }));
    } catch (e) {
      setError(errorText(t, e));
    }
  };

  return (
    <>
      <Dialog open={doc === null} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="stock-slip-print-title">
        <DialogTitle id="stock-slip-print-title">{t('stockui.slip.printTitle', { title: t(slipTitleKey(slip.direction)), docNo: slip.docNo })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <ToggleField label={t('stockui.slip.mode')} value={mode} onChange={setMode}
              options={[{ value: 'full', label: t('stockui.slip.full') }, { value: 'overlay', label: t('stockui.slip.overlay') }]} />
            <ToggleField label={t('stockui.slip.copies')} value={copies} onChange={setCopies}
              options={[{ value: 'carbon', label: t('stockui.slip.carbon') }, { value: 'plain', label: t('stockui.slip.plain') }]} />
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="contained" onClick={() => void preview()}>{t('stockui.slip.preview')}</Button>
        </DialogActions>
      </Dialog>
      <PrintPreviewDialog open={doc !== null} doc={doc} onClose={onClose} />
    </>
  );
}
