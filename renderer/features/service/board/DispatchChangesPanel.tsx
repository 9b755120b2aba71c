import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Dispatch } from '@shared/service/request';
import { useStaffList } from '../../../auth';
import { recentRequests, type StoredApprovalRequest } from '../../../db/approval-requests-repo';
import { getDb } from '../../../db/db';
import { useT } from '../../../i18n/context';
import { ApprovalRequestList, type RequestView } from '../../../components/approval-requests/ApprovalRequestList';
import type { Notice } from '../../../components/notice';
import { planText } from './plan-text';

/** A declined change stays on the board this long, so the clerk who asked sees the supervisor's note. */
const declinedShownDays = 7;

interface Props {
  now: number;
  onNotice: (notice: Notice) => void;
}

/** SVC-2: dispatch changes waiting for the supervisor (and recent refusals); shown only when there are any. */
export function DispatchChangesPanel({ now, onNotice }: Props) {
  const t = useT();
  const staff = useStaffList(false);
  const since = now - declinedShownDays * 86_400_000;
  const requests = useLiveQuery(
    async () => (await recentRequests(getDb(), 'dispatchChange', since)).filter((r) => r.status === 'waiting' || r.status === 'declined'),
    [since],
  );
  const names = new Map((staff ?? []).map((s) => [s.id, s.name]));
  const plan = (d: Dispatch) => planText(d, names, t('list.separator'));
  const describe = (r: StoredApprovalRequest): RequestView => {
    // The list holds dispatch changes only; the check narrows the type.
    if (r.kind !== 'dispatchChange') return { title: '', details: [], prompt: { title: '', description: '' } };
    const to = plan(r.to);
    return {
      title: t('apprui.dispatch.item', { no: r.requestNo, ...to }),
      details: [t('apprui.dispatch.from', plan(r.from))],
      prompt: {
        title: t('apprui.dispatch.approveTitle', { no: r.requestNo }),
        description: t('apprui.dispatch.approveDescription', { name: r.byName, no: r.requestNo, at: to.at, reason: r.reason }),
      },
    };
  };

  if (!requests || requests.length === 0) return null;
  return (
    <Paper variant="outlined" sx={{ p: 1.5, maxHeight: 260, overflowY: 'auto' }}>
      <Typography variant="subtitle1" component="h2">{t('apprui.dispatch.listTitle')}</Typography>
      <ApprovalRequestList requests={requests} describe={describe} emptyText={t('apprui.dispatch.empty')} label={t('apprui.dispatch.listTitle')} onNotice={onNotice} />
    </Paper>
  );
}
