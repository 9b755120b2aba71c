import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ActionButton, useActor, useCan } from '../../../auth';
import { getDb } from '../../../db/db';
import { issueText } from '../../../i18n/issue-text';
import { useT } from '../../../i18n/context';
import { PrintPreviewDialog } from '../../../print/PrintPreviewDialog';
import { carrierName } from '../common/carrier-name';
import { when } from '../common/format';
import { useCarriers, type StoredProduct } from '../common/use-data';
import type { StepRunner } from '../common/use-step-runner';
import { TrackingField } from './TrackingField';
import { useWaybillPrint } from './use-waybill-print';
import { waybillForms, type WaybillForm } from './waybill-print';
import { shipApi } from './ship-api';
import type { ShipWork } from './use-ship-work';

interface Props {
  work: ShipWork;
  products: ReadonlyMap<number, StoredProduct>;
  runner: StepRunner;
}

/** SHP-2 快递单: carrier, print the waybill, enter or scan the number (warnings only), third copy filed. */
export function WaybillSection({ work, products, runner }: Props) {
  const t = useT();
  const actor = useActor();
  const mayWaybill = useCan('shipment.waybill');
  const { doc: slip, list } = work;
  const api = shipApi(slip.source);
  const carriers = useCarriers(true);
  const [carrier, setCarrier] = useState(slip.waybill?.carrier ?? '');
  const [form, setForm] = useState<WaybillForm>('preprinted');
  const [trackingNo, setTrackingNo] = useState(slip.waybill?.trackingNo ?? '');
  const [filed, setFiled] = useState(false);
  const print = useWaybillPrint(products);
  const chosen = carrier || carriers?.[0]?.code || '';
  const editable = slip.status === 'counted' && mayWaybill;

  // Format and duplicate checks as the number is typed or scanned: warnings only (SHP-2, carriers.ts).
  const found = useLiveQuery(() => (trackingNo.trim() === '' || chosen === '' ? [] : api.trackingWarnings(getDb(), chosen, trackingNo)), [chosen, trackingNo, slip.source.type, slip.source.id]);
  const warnings = (found ?? []).map((w) => issueText(t, w.message));

  if (slip.waybill) {
    return <Typography>{`${carrierName(carriers, slip.waybill.carrier, t)} ${slip.waybill.trackingNo}`}</Typography>;
  }
  if (!list) return null;
  const register = () =>
    runner.run(async () => {
      const { warnings: ws } = await api.recordWaybill(getDb(), actor, { carrier: chosen, trackingNo, thirdCopyFiled: filed });
      return [t('shipui.waybill.registered'), ...ws.map((w) => issueText(t, w.message))].join(t('list.separator'));
    });

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <TextField select size="small" label={t('shipui.waybill.carrier')} value={chosen} onChange={(e) => setCarrier(e.target.value)} disabled={!editable} sx={{ width: 160 }}>
          {(carriers ?? []).map((c) => (
            <MenuItem key={c.code} value={c.code}>
              {carrierName(carriers, c.code, t)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={t('shipui.waybill.form')} value={form} onChange={(e) => setForm(waybillForms.find((f) => f === e.target.value) ?? 'preprinted')} disabled={!editable} sx={{ width: 240 }}>
          {waybillForms.map((f) => (
            <MenuItem key={f} value={f}>
              {f === 'preprinted' ? t('shipui.waybill.preprinted') : t(`templates.name.${f}`)}
            </MenuItem>
          ))}
        </TextField>
        <ActionButton needs="shipment.waybill" variant="outlined" disabled={!editable || chosen === ''} onClick={() => void print.open([{ doc: slip, list }], chosen, form)}>
          {t('shipui.waybill.print')}
        </ActionButton>
        <Typography variant="body2" color="text.secondary">
          {slip.waybillPrintedAt === undefined ? t('shipui.waybill.notPrinted') : t('shipui.waybill.printedAt', { time: when(slip.waybillPrintedAt) })}
        </Typography>
      </Stack>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <TrackingField value={trackingNo} onChange={setTrackingNo} warnings={warnings} disabled={!editable} />
        <FormControlLabel control={<Checkbox checked={filed} onChange={(e) => setFiled(e.target.checked)} disabled={!editable} />} label={t('shipping.waybill.thirdCopyFiled')} />
        <ActionButton needs="shipment.waybill" variant="contained" disabled={!editable || runner.busy} onClick={() => void register()}>
          {t('shipui.waybill.register')}
        </ActionButton>
      </Stack>
      {print.error && <Alert severity="error">{print.error}</Alert>}
      <PrintPreviewDialog open={print.doc !== null} doc={print.doc} onClose={print.close} onPrinted={() => void print.printed()} />
    </Stack>
  );
}
