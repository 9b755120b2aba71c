import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { recipientAddress } from '@shared/shipping/shipping-list';
import type { Notice } from '../../../components/notice';
import { useT } from '../../../i18n/context';
import { PrintPreviewDialog } from '../../../print/PrintPreviewDialog';
import { carrierName } from '../common/carrier-name';
import { useCarriers, useProductMap } from '../common/use-data';
import { sourceKey } from '@shared/shipping/ship-doc';
import { useWaybillCandidates } from './use-ship-work';
import { useWaybillPrint } from './use-waybill-print';
import { waybillForms, type WaybillForm } from './waybill-print';

/** 批量打印快递单: the counted shipments waiting for their waybill, on one carrier's form, as one print job. */
export function BatchWaybillDialog({ onClose, onNotice }: { onClose: () => void; onNotice: (n: Notice) => void }) {
  const t = useT();
  const candidates = useWaybillCandidates();
  const carriers = useCarriers(true);
  const products = useProductMap();
  const print = useWaybillPrint(products);
  const [carrier, setCarrier] = useState('');
  const [form, setForm] = useState<WaybillForm>('preprinted');
  const [left, setLeft] = useState<Set<string>>(new Set());
  const chosen = carrier || carriers?.[0]?.code || '';
  const picked = (candidates ?? []).filter((c) => !left.has(sourceKey(c.doc.source)));
  const toggle = (id: string) => setLeft((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  return (
    <>
      <Dialog open={print.doc === null} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="batch-title">
        <DialogTitle id="batch-title">{t('shipui.batch.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={1.5}>
            <DialogContentText>{t('shipui.batch.description')}</DialogContentText>
            <Stack direction="row" spacing={1.5}>
              <TextField select size="small" label={t('shipui.waybill.carrier')} value={chosen} onChange={(e) => setCarrier(e.target.value)} sx={{ width: 160 }}>
                {(carriers ?? []).map((c) => (
                  <MenuItem key={c.code} value={c.code}>
                    {carrierName(carriers, c.code, t)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField select size="small" label={t('shipui.waybill.form')} value={form} onChange={(e) => setForm(waybillForms.find((f) => f === e.target.value) ?? 'preprinted')} sx={{ width: 240 }}>
                {waybillForms.map((f) => (
                  <MenuItem key={f} value={f}>
                    {f === 'preprinted' ? t('shipui.waybill.preprinted') : t(`templates.name.${f}`)}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
            {candidates?.length === 0 && <Typography color="text.secondary">{t('shipui.batch.empty')}</Typography>}
            {(candidates ?? []).map(({ doc, list }) => (
              <FormControlLabel
                key={sourceKey(doc.source)}
                control={<Checkbox checked={!left.has(sourceKey(doc.source))} onChange={() => toggle(sourceKey(doc.source))} />}
                label={`${doc.no}  ${list.recipient.name}  ${list.recipient.phone}  ${recipientAddress(list.recipient)}`}
              />
            ))}
            {print.error && <Alert severity="error">{print.error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="contained" disabled={picked.length === 0 || chosen === ''} onClick={() => void print.open(picked, chosen, form)}>
            {t('shipui.batch.print', { n: picked.length })}
          </Button>
        </DialogActions>
      </Dialog>
      <PrintPreviewDialog
        open={print.doc !== null}
        doc={print.doc}
        onClose={onClose}
        onPrinted={() => void print.printed().then(() => onNotice({ severity: 'success', text: t('shipui.batch.printed', { n: print.printedCount }) }))}
      />
    </>
  );
}
