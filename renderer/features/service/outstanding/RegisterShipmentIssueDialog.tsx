import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { toIsoDate } from '@shared/domain/local-date';
import { addDays } from '@shared/records/periods';
import { useActor } from '../../../auth';
import { StaffPicker } from '../../../components/pickers/StaffPicker';
import { noRefusal, refusalOf, type Refusal } from '../../../components/refusal';
import { getDb } from '../../../db/db';
import { outstandingFromShipment } from '../../../db/outstanding-repo';
import type { SavedShipment } from '../../../db/shipments-repo';
import { useT } from '../../../i18n/context';
import { DateField } from '../common/DateField';

/** Days the owner gets by default to settle a problem the callback found. */
const defaultDueDays = 3;
const fields = new Set(['description', 'ownerId', 'dueDate']);

interface Props {
  shipment: SavedShipment;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * SHP-5 → SVC-3: the problem a callback found (damage, a box that does not match the list) becomes an
 * outstanding issue sourced from the shipment, with its owner and due date; the shipment leaves the list.
 */
export function RegisterShipmentIssueDialog({ shipment, onClose, onSaved }: Props) {
  const t = useT();
  const actor = useActor();
  const [description, setDescription] = useState(shipment.exception?.note ?? '');
  const [ownerId, setOwnerId] = useState<number | null>(actor.staffId);
  const [dueDate, setDueDate] = useState(() => addDays(toIsoDate(Date.now()), defaultDueDays));
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);
  const edited = () => setRefusal(noRefusal);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await outstandingFromShipment(getDb(), actor, shipment.id, { description, ownerId: ownerId ?? undefined, dueDate });
      onSaved();
    } catch (err) {
      setRefusal(refusalOf(t, err, (p) => fields.has(p)));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="shipment-issue-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="shipment-issue-title">{t('svcui.shipmentIssue.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('svcui.shipmentIssue.parcel', { slipNo: shipment.slipNo, trackingNo: shipment.trackingNo })}</DialogContentText>
          <Stack spacing={2} sx={{ mt: 2 }}>
            <TextField
              fullWidth
              autoFocus
              required
              multiline
              minRows={2}
              size="small"
              label={t('service.outstanding.field.description')}
              value={description}
              onChange={(e) => (setDescription(e.target.value), edited())}
              error={refusal.fields.description !== undefined}
              helperText={refusal.fields.description}
            />
            <Stack direction="row" spacing={2}>
              <StaffPicker label={t('service.outstanding.field.owner')} required value={ownerId} onChange={(id) => (setOwnerId(id), edited())} error={refusal.fields.ownerId} />
              <DateField label={t('service.outstanding.field.dueDate')} required value={dueDate} onChange={(d) => (setDueDate(d), edited())} error={refusal.fields.dueDate} />
            </Stack>
          </Stack>
          {refusal.message && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {refusal.message}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('svcui.shipmentIssue.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
