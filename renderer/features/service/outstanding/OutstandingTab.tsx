import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '@shared/domain/local-date';
import { isOutstandingOverdue } from '@shared/service/outstanding';
import { useActor, useCan } from '../../../auth';
import { errorText } from '../../../auth/error-text';
import { getDb } from '../../../db/db';
import { listOutstandingIssues, listOverdueOutstanding, startOutstandingIssue, type StoredOutstandingIssue } from '../../../db/outstanding-repo';
import { useT } from '../../../i18n/context';
import { ListGrid } from '../../../components/ListGrid';
import { useStaffNames } from '../common/use-names';
import type { TabProps } from '../tab-props';
import { CloseIssueDialog } from './CloseIssueDialog';
import { outstandingColumns } from './outstanding-columns';
import { outstandingFilters, type OutstandingFilterId } from './outstanding-view';
import { ShipmentIssuesPanel } from './ShipmentIssuesPanel';

function load(filter: OutstandingFilterId, today: string): Promise<StoredOutstandingIssue[]> {
  const db = getDb();
  if (filter === 'overdue') return listOverdueOutstanding(db, today);
  return listOutstandingIssues(db, filter === 'open' ? { status: ['open', 'inProgress'] } : {});
}

/** 遗留问题记录 (SVC-3): open until closed with a resolution; overdue ones stand out. */
export function OutstandingTab({ onNotice }: TabProps) {
  const t = useT();
  const actor = useActor();
  const mayWrite = useCan('service.write');
  const [filter, setFilter] = useState<OutstandingFilterId>('open');
  const [closing, setClosing] = useState<StoredOutstandingIssue | null>(null);
  // Read once per visit of the tab: the overdue marks follow the day the list was opened.
  const [today] = useState(() => toIsoDate(Date.now()));
  const rows = useLiveQuery(() => load(filter, today), [filter, today]);
  const overdue = useLiveQuery(() => listOverdueOutstanding(getDb(), today), [today]);
  const staff = useStaffNames();
  const columns = useMemo(() => {
    const onStart = (issue: StoredOutstandingIssue) =>
      void startOutstandingIssue(getDb(), actor, issue.id).then(
        () => onNotice({ severity: 'success', text: t('svcui.notice.issueStarted') }),
        (e: unknown) => onNotice({ severity: 'error', text: errorText(t, e) }),
      );
    return outstandingColumns(t, staff, today, { mayWrite, onStart, onClose: setClosing });
  }, [t, staff, today, mayWrite, actor, onNotice]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <ToggleButtonGroup size="small" exclusive value={filter} onChange={(_e, v: OutstandingFilterId | null) => v && setFilter(v)} aria-label={t('svcui.filter')}>
          {outstandingFilters.map((f) => (
            <ToggleButton key={f} value={f}>
              {t(`svcui.outstanding.filter.${f}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      <ShipmentIssuesPanel onNotice={onNotice} />
      {overdue && overdue.length > 0 && <Alert severity="warning">{t('service.outstanding.overdueList', { count: overdue.length })}</Alert>}
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid
          aria-label={t('service.outstanding.title')}
          rows={rows ?? []}
          columns={columns}
          loading={rows === undefined}
          emptyText={t('svcui.outstanding.empty')}
          getRowClassName={({ row }) => (isOutstandingOverdue(row, today) ? 'overdue' : '')}
          sx={{ '& .overdue': { backgroundColor: 'rgba(211, 47, 47, 0.08)' } }}
        />
      </Box>
      {closing && (
        <CloseIssueDialog
          issue={closing}
          onClose={() => setClosing(null)}
          onSaved={() => {
            setClosing(null);
            onNotice({ severity: 'success', text: t('svcui.notice.issueClosed') });
          }}
        />
      )}
    </Stack>
  );
}
