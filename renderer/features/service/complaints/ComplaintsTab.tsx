import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useActor, useCan } from '../../../auth';
import { getDb } from '../../../db/db';
import { useT } from '../../../i18n/context';
import { ListGrid } from '../../../components/ListGrid';
import type { TabProps } from '../tab-props';
import { callColumns, queueColumns } from './complaint-columns';
import { complaintQueue, complaintLookbackDays, recentComplaintCalls, type ComplaintCall, type QueuedComplaint } from './complaint-data';
import { EscalateDialog } from './EscalateDialog';
import { HandleDialog } from './HandleDialog';

/**
 * 投诉 (SVC-4): the supervisor's queue of serious complaints (major incidents first) until each is
 * handled, and the recent complaint calls, any of which can be marked serious.
 */
export function ComplaintsTab({ onNotice }: TabProps) {
  const t = useT();
  const { roles } = useActor();
  const mayEscalate = useCan('call.write');
  const mayHandle = roles.includes('supervisor');
  const [escalating, setEscalating] = useState<ComplaintCall | null>(null);
  const [handling, setHandling] = useState<QueuedComplaint | null>(null);
  const queue = useLiveQuery(() => complaintQueue(getDb()), []);
  const calls = useLiveQuery(() => recentComplaintCalls(getDb(), Date.now()), []);
  const queueRows = useMemo(() => (queue ?? []).map((q) => ({ ...q, id: q.escalation.id })), [queue]);
  const callRows = useMemo(() => (calls ?? []).map((c) => ({ ...c, id: c.call.id })), [calls]);
  const qCols = useMemo(() => queueColumns(t, mayHandle, setHandling), [t, mayHandle]);
  const cCols = useMemo(() => callColumns(t, mayEscalate, setEscalating), [t, mayEscalate]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Typography variant="h3" component="h2">
        {t('service.complaint.queue')}
      </Typography>
      <Box sx={{ height: 220 }}>
        <ListGrid aria-label={t('service.complaint.queue')} rows={queueRows} columns={qCols} loading={queue === undefined} emptyText={t('svcui.complaint.queueEmpty')} hideFooter />
      </Box>
      <Typography variant="h3" component="h2">
        {t('svcui.complaint.calls', { days: complaintLookbackDays })}
      </Typography>
      <Box sx={{ flexGrow: 1, minHeight: 240 }}>
        <ListGrid aria-label={t('svcui.complaint.callsList')} rows={callRows} columns={cCols} loading={calls === undefined} emptyText={t('svcui.complaint.callsEmpty')} />
      </Box>
      {escalating && (
        <EscalateDialog
          call={escalating.call}
          onClose={() => setEscalating(null)}
          onSaved={(major) => {
            setEscalating(null);
            onNotice({ severity: major ? 'warning' : 'success', text: t(major ? 'svcui.notice.majorIncident' : 'svcui.notice.escalated') });
          }}
        />
      )}
      {handling && (
        <HandleDialog
          item={handling}
          onClose={() => setHandling(null)}
          onSaved={() => {
            setHandling(null);
            onNotice({ severity: 'success', text: t('svcui.notice.handled') });
          }}
        />
      )}
    </Stack>
  );
}
