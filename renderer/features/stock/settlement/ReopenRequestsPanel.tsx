import { useCallback } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { recentRequests, type StoredApprovalRequest } from '../../../db/approval-requests-repo';
import { getDb } from '../../../db/db';
import { useT } from '../../../i18n/context';
import { ApprovalRequestList, type RequestView } from '../../../components/approval-requests/ApprovalRequestList';
import type { Notice } from '../../../components/notice';

/** How far back the settlement screen lists reopen requests (a decided one stays visible this long). */
const recentDays = 30;

interface Props {
  now: number;
  onNotice: (notice: Notice) => void;
}

/** WH-1: reopen requests of recent days with their status; the supervisor approves (own PIN) or declines. */
export function ReopenRequestsPanel({ now, onNotice }: Props) {
  const t = useT();
  const since = now - recentDays * 86_400_000;
  const requests = useLiveQuery(() => recentRequests(getDb(), 'dayReopen', since), [since]);
  const describe = useCallback(
    (r: StoredApprovalRequest): RequestView => {
      const day = r.kind === 'dayReopen' ? r.day : '';
      return {
        title: t('apprui.reopen.item', { day }),
        details: [],
        prompt: { title: t('apprui.reopen.approveTitle', { day }), description: t('apprui.reopen.approveDescription', { name: r.byName, day, reason: r.reason }) },
      };
    },
    [t],
  );

  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h2">{t('apprui.reopen.listTitle')}</Typography>
      <ApprovalRequestList requests={requests} describe={describe} emptyText={t('apprui.reopen.empty')} label={t('apprui.reopen.listTitle')} onNotice={onNotice} />
    </Stack>
  );
}
