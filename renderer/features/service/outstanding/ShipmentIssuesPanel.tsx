import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatDateTime } from '@shared/templates/format';
import { useCan } from '../../../auth';
import { getDb } from '../../../db/db';
import { shipmentsNeedingOutstandingIssue, type SavedShipment } from '../../../db/shipments-repo';
import { useT } from '../../../i18n/context';
import type { TabProps } from '../tab-props';
import { RegisterShipmentIssueDialog } from './RegisterShipmentIssueDialog';

/**
 * SHP-5: parcels whose callback found damage or a box that does not match the list, and whose
 * outstanding issue is not recorded yet. Shown above the issues until each one is recorded.
 */
export function ShipmentIssuesPanel({ onNotice }: TabProps) {
  const t = useT();
  const mayWrite = useCan('service.write');
  const waiting = useLiveQuery(() => shipmentsNeedingOutstandingIssue(getDb()), []);
  const [open, setOpen] = useState<SavedShipment | null>(null);
  if (!waiting || waiting.length === 0) return null;
  return (
    <Box component="section" aria-label={t('svcui.shipmentIssue.listTitle')}>
      <Alert severity="warning">
      <AlertTitle>{t('svcui.shipmentIssue.listTitle')}</AlertTitle>
      {waiting.map((s) => (
        <Box key={s.id} sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 0.25 }}>
          <Typography variant="body2" sx={{ flexGrow: 1 }}>
            {t('svcui.shipmentIssue.line', {
              slipNo: s.slipNo,
              trackingNo: s.trackingNo,
              at: formatDateTime(s.exception?.at ?? s.updatedAt),
              note: s.exception?.note ?? '',
            })}
          </Typography>
          {mayWrite && (
            <Button size="small" variant="outlined" color="warning" onClick={() => setOpen(s)}>
              {t('svcui.shipmentIssue.register')}
            </Button>
          )}
        </Box>
      ))}
      {open && (
        <RegisterShipmentIssueDialog
          shipment={open}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            onNotice({ severity: 'success', text: t('svcui.shipmentIssue.saved') });
          }}
        />
      )}
      </Alert>
    </Box>
  );
}
