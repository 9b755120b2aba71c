import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { StockSlipView } from '@shared/stock/stock-slip';
import { useT } from '../../i18n/context';
import { StockSlipCard } from './StockSlipCard';
import { StockSlipPrintDialog } from './StockSlipPrintDialog';
import { useStockSlips, type SlipTarget } from './use-stock-slips';

interface Props {
  target: SlipTarget;
  onClose: () => void;
}

/**
 * The inbound/outbound slips of a document number (from the movement ledger) or of a record (a
 * receipt, a return, an exchange's two slips, a purchase slip's release …), each with 打印.
 */
export function StockSlipsDialog({ target, onClose }: Props) {
  const t = useT();
  const data = useStockSlips(target);
  const [printing, setPrinting] = useState<StockSlipView | null>(null);
  const heading = 'docNo' in target ? target.docNo : (data?.slips.map((s) => s.docNo).filter((x, i, all) => all.indexOf(x) === i).join(' / ') ?? '');

  return (
    <>
      <Dialog open={printing === null} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="stock-slips-title">
        <DialogTitle id="stock-slips-title">{`${t('stockui.slip.open')} ${heading}`}</DialogTitle>
        <DialogContent>
          {data === undefined && <Typography color="text.secondary">{t('stockui.slip.loading')}</Typography>}
          {data?.slips.length === 0 && <Alert severity="info">{t('stockui.slip.none')}</Alert>}
          <Stack spacing={2}>
            {data?.slips.map((slip) => (
              <StockSlipCard key={`${slip.docNo}|${slip.direction}`} slip={slip} products={data.products} onPrint={() => setPrinting(slip)} />
            ))}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={onClose}>{t('action.close')}</Button>
        </DialogActions>
      </Dialog>
      {printing && data && <StockSlipPrintDialog slip={printing} products={data.products} onClose={() => setPrinting(null)} />}
    </>
  );
}
