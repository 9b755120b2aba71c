import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { StockSlipsDialog } from '../../../components/stock-slips/StockSlipsDialog';
import type { PostedReceipt } from '../../../db/receiving-repo';
import { useT } from '../../../i18n/context';
import type { StoredProduct } from '../common/use-products';
import { DiscrepancyPreview } from './DiscrepancyPreview';

interface Props {
  posted: PostedReceipt;
  products: ReadonlyMap<number, StoredProduct> | undefined;
  titleId: string;
  onClose: () => void;
  onOpenDiscrepancies: () => void;
}

/** What the posting did: the RK… number, who signed, and the discrepancies it recorded (IN-3). */
export function ReceiptResult({ posted, products, titleId, onClose, onOpenDiscrepancies }: Props) {
  const t = useT();
  const { receipt, discrepancies } = posted;
  const [slipOpen, setSlipOpen] = useState(false);
  return (
    <>
      <DialogTitle id={titleId}>{t('stockui.receiving.resultTitle', { docNo: receipt.docNo })}</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5}>
          <Typography variant="body2">{t('stockui.receiving.signedBy', { receiver: receipt.receiverName, keeper: receipt.keeperName })}</Typography>
          {discrepancies.length === 0 ? (
            <Alert severity="success">{t('stockui.receiving.noDiscrepancy')}</Alert>
          ) : (
            <DiscrepancyPreview title={t('stockui.receiving.discrepanciesCreated', { count: discrepancies.length })} lines={discrepancies} products={products} />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {posted.movement && <Button onClick={() => setSlipOpen(true)}>{t('stockui.slip.openOne', { docNo: receipt.docNo })}</Button>}
        {discrepancies.length > 0 && <Button onClick={onOpenDiscrepancies}>{t('stockui.receiving.viewDiscrepancies')}</Button>}
        <Button variant="contained" onClick={onClose} autoFocus>
          {t('action.close')}
        </Button>
      </DialogActions>
      {slipOpen && <StockSlipsDialog target={{ ref: { type: 'receipt', id: receipt.id } }} onClose={() => setSlipOpen(false)} />}
    </>
  );
}
