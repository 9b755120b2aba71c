import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isEditable } from '@shared/slips/editable';
import { pendingSignOff } from '@shared/slips/validate-slip';
import { useActor } from '../../../auth';
import type { Notice } from '../../../components/notice';
import { StockSlipsDialog } from '../../../components/stock-slips/StockSlipsDialog';
import { VoidDialog } from '../../../components/VoidDialog';
import { getSlip, type SavedSlip } from '../../../db/slips-repo';
import { getDb } from '../../../db/db';
import { useT } from '../../../i18n/context';
import { money, when } from '../common/format';
import { useProductMap } from '../common/use-products';
import { AttachmentPreview } from './AttachmentPreview';
import { SlipPrintDialog } from '../print/SlipPrintDialog';
import { shippingHashForSlip } from '../slip-hash';
import { useCustomer, useSlip } from '../use-slips';
import { NameStepDialog } from './NameStepDialog';
import { slipActions, type SlipActionId } from './slip-actions';
import { SlipActionsBar } from './SlipActionsBar';
import { SlipLinesView } from './SlipLinesView';
import { SlipSummary } from './SlipSummary';
import { SlipTrail } from './SlipTrail';
import { useSlipSteps } from './use-slip-steps';

interface Props {
  id: number;
  onClose: () => void;
  onNotice: (n: Notice) => void;
  onEdit: (slip: SavedSlip) => void;
  onReissue: (voided: SavedSlip) => void;
}

type Open = 'print' | 'sign' | 'confirm' | 'void' | 'voidReopen' | 'stockSlips' | null;

/** One slip: what it says, what happened to it, and the steps valid now for the signed-in person. */
export function SlipDetailDialog({ id, onClose, ...rest }: Props) {
  const slip = useSlip(id);
  const products = useProductMap();
  if (!slip || !products) return null;
  return <SlipDetail slip={slip} products={products} onClose={onClose} {...rest} />;
}

function SlipDetail({ slip, products, onClose, onNotice, onEdit, onReissue }: Omit<Props, 'id'> & { slip: SavedSlip; products: NonNullable<ReturnType<typeof useProductMap>> }) {
  const t = useT();
  const { roles } = useActor();
  const customer = useCustomer(slip.customerId);
  const pending = pendingSignOff(slip, products);
  const steps = useSlipSteps(slip, pending.map((pid) => products.get(pid)?.name ?? `#${pid}`), onNotice);
  const [open, setOpen] = useState<Open>(null);
  const actions = slipActions(slip, roles, pending.length > 0);
  const close = () => setOpen(null);
  const lapse = slip.lapsedApprovals;

  const onAction = (a: SlipActionId) => {
    if (a === 'edit') return onEdit(slip);
    if (a === 'ship') return void (window.location.hash = shippingHashForSlip(slip.id));
    if (a === 'signOff') return void steps.signOff();
    if (a === 'issue') return void steps.issue();
    if (a === 'complete') return void steps.complete();
    setOpen(a);
  };

  const voidThen = async (reason: string, reopen: boolean) => {
    const error = await steps.voidWith(reason);
    if (error !== null) return error || null;
    close();
    if (reopen) {
      const voided = await getSlip(getDb(), slip.id);
      if (voided) onReissue(voided);
    }
    return null;
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="slip-detail-title">
      <DialogTitle id="slip-detail-title">{t('slipsui.detail.title', { no: slip.no })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {slip.voided && (
            <Alert severity="error">{t('slipsui.detail.voided', { reason: slip.voided.reason, name: slip.voided.byName, time: when(slip.voided.at) })}</Alert>
          )}
          <SlipSummary slip={slip} customer={customer} />
          <SlipLinesView slip={slip} products={products} pending={pending} />
          {lapse && !slip.released && !slip.voided && lapse.kinds.map((k) => (
            <Alert key={k} severity="warning" role="alert">
              {t(k === 'signOff' ? 'slipsui.detail.signOffLapsed' : 'slipsui.detail.negativeLapsed', { name: lapse.byName, time: when(lapse.at) })}
            </Alert>
          ))}
          {pending.length > 0 && !slip.released && !slip.voided && (
            <Alert severity="warning">{t('slipsui.detail.signOffPending', { products: pending.map((p) => products.get(p)?.name ?? '').join(t('list.separator')) })}</Alert>
          )}
          {slip.remarks && <Typography variant="body2">{`${t('slip.field.remarks')}:${slip.remarks}`}</Typography>}
          <AttachmentPreview attachment={slip.attachments[0]} />
          <SlipTrail slip={slip} />
          {!isEditable(slip) && !slip.voided && <Typography variant="body2" color="text.secondary">{t('slipsui.detail.readOnly')}</Typography>}
          {slip.delivery === 'ship' && !slip.voided && <Typography variant="body2" color="text.secondary">{t('slipsui.detail.shipHint')}</Typography>}
          {steps.error && <Alert severity="error" onClose={steps.clearError}>{steps.error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Box sx={{ flexGrow: 1 }}>
          <SlipActionsBar actions={actions} busy={steps.busy} onAction={onAction} />
        </Box>
        {slip.released && <Button onClick={() => setOpen('stockSlips')}>{t('stockui.slip.open')}</Button>}
        <Button onClick={onClose}>{t('action.close')}</Button>
      </DialogActions>
      {open === 'stockSlips' && <StockSlipsDialog target={{ ref: { type: 'slip', id: slip.id } }} onClose={close} />}
      {open === 'print' && (
        <SlipPrintDialog slip={slip} customer={customer} products={products} onClose={close} onPrinted={(withScreenshot) => void steps.markPrinted(withScreenshot)} />
      )}
      {open === 'sign' && (
        <NameStepDialog title={t('slipsui.sign.title')} hint={t('slipsui.sign.hint')} nameLabel={t('slipsui.sign.name')} defaultName={customer?.name ?? ''}
          busy={steps.busy} onClose={close} onConfirm={(name) => void steps.sign(name).then((ok) => ok && close())} />
      )}
      {open === 'confirm' && (
        <NameStepDialog title={t('slipsui.confirm.title')} nameLabel={t('slipsui.confirm.name')} defaultName={slip.customerSignature?.name ?? customer?.name ?? ''}
          check={t('slipsui.confirm.matches')} busy={steps.busy} onClose={close} onConfirm={(name) => void steps.confirm(name).then((ok) => ok && close())} />
      )}
      {(open === 'void' || open === 'voidReopen') && (
        <VoidDialog
          title={t(open === 'void' ? 'slipsui.void.title' : 'slipsui.action.voidReopen')}
          subject={t('slipsui.void.subject', { no: slip.no, customer: customer?.name ?? '', total: money(slip.total) })}
          onClose={close}
          onConfirm={(reason) => voidThen(reason, open === 'voidReopen')}
        />
      )}
    </Dialog>
  );
}
