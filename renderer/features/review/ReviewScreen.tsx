import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { GridRowSelectionModel } from '@mui/x-data-grid';
import { recordKindLabelKeys } from '@shared/i18n/records';
import { toIsoDate } from '@shared/domain/local-date';
import { reviewableKinds, type ReviewableKind } from '@shared/review/review';
import { useCan } from '../../auth';
import type { Notice } from '../../components/notice';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { ListGrid } from '../../components/ListGrid';
import { useT } from '../../i18n/context';
import { recentWeeks } from './pack-source';
import { queueColumns } from './queue-columns';
import { targetsOf } from './queue-rows';
import { ReviewDialog } from './ReviewDialog';
import { ReviewPackBar } from './ReviewPackBar';
import { useReviewQueue } from './use-review-queue';
import { useReviewWeek } from './use-review-week';

type KindFilter = ReviewableKind | 'all';
/** What the grid lists: every record still waiting (the queue), or the chosen week's records, as its pack prints them. */
type Scope = 'queue' | 'week';
const noSelection: GridRowSelectionModel = { type: 'include', ids: new Set() };

/**
 * 审阅 (REV-1): the quality records not yet reviewed, oldest first, those waiting more than 7 days
 * flagged; the supervisor reviews one or many at once, and prints the weekly review pack.
 */
export function ReviewScreen() {
  const t = useT();
  const mayReview = useCan('review');
  const [kind, setKind] = useState<KindFilter>('all');
  const [scope, setScope] = useState<Scope>('queue');
  const [weeks] = useState(() => recentWeeks(toIsoDate(Date.now()), 8));
  const [weekIndex, setWeekIndex] = useState(0);
  const [selection, setSelection] = useState<GridRowSelectionModel>(noSelection);
  const [reviewing, setReviewing] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const week = weeks[weekIndex] ?? null;
  const queue = useReviewQueue(kind === 'all' ? undefined : [kind]);
  const weekAll = useReviewWeek(scope === 'week' ? week : null);
  const page = queue.page;
  const rows = scope === 'queue' ? queue.rows : weekAll?.filter((r) => kind === 'all' || r.kind === kind);
  const columns = useMemo(() => queueColumns(t, scope === 'week'), [t, scope]);
  const pick = <T,>(set: (v: T) => void) => (v: T) => (set(v), setSelection(noSelection));
  const targets = useMemo(() => {
    const all = rows ?? [];
    // "Select all" comes as an exclude list.
    const ids = selection.type === 'include' ? [...selection.ids].map(String) : all.filter((r) => r.pending).map((r) => r.id).filter((id) => !selection.ids.has(id));
    return targetsOf(ids, all.filter((r) => r.pending));
  }, [selection, rows]);

  return (
    <Stack spacing={1.5} sx={{ height: '100%' }} component="section" aria-label={t('nav.review')}>
      <Typography variant="h2" component="h1">
        {t('nav.review')}
      </Typography>
      {page && page.overdue > 0 && <Alert severity="warning">{t('review.overdueCount', { count: page.overdue })}</Alert>}
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <ToggleButtonGroup size="small" exclusive value={scope} onChange={(_e, v: Scope | null) => v && pick(setScope)(v)} aria-label={t('revui.scope')}>
          <ToggleButton value="queue">{t('revui.scope.queue')}</ToggleButton>
          <ToggleButton value="week">{t('revui.scope.week')}</ToggleButton>
        </ToggleButtonGroup>
        <ToggleButtonGroup size="small" exclusive value={kind} onChange={(_e, v: KindFilter | null) => v && pick(setKind)(v)} aria-label={t('revui.filter')}>
          <ToggleButton value="all">{t('revui.filter.all')}</ToggleButton>
          {reviewableKinds.map((k) => (
            <ToggleButton key={k} value={k}>
              {t(recordKindLabelKeys[k])}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Typography variant="body2" role="status">
          {scope === 'week' && week && rows
            ? t('revui.weekTotal', { from: week.from, to: week.to, total: rows.length, pending: rows.filter((r) => r.pending).length })
            : page ? t('revui.total', { total: page.total }) : ''}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        {mayReview && (
          <Button variant="contained" disabled={targets.length === 0} onClick={() => setReviewing(true)}>
            {t('revui.review', { count: targets.length })}
          </Button>
        )}
      </Stack>
      <ReviewPackBar weeks={weeks} index={weekIndex} onIndex={pick(setWeekIndex)} onNotice={setNotice} />
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid
          aria-label={scope === 'week' ? t('revui.weekList') : t('review.queue')}
          rows={rows ?? []}
          columns={columns}
          loading={rows === undefined}
          checkboxSelection={mayReview}
          isRowSelectable={({ row }) => row.pending}
          rowSelectionModel={selection}
          onRowSelectionModelChange={setSelection}
          getRowClassName={({ row }) => (row.overdue ? 'overdue' : '')}
          sx={{ '& .overdue': { backgroundColor: 'rgba(211, 47, 47, 0.06)' } }}
          emptyText={scope === 'week' ? t('revui.weekEmpty') : t('revui.empty')}
        />
      </Box>
      {reviewing && (
        <ReviewDialog
          targets={targets}
          onClose={() => setReviewing(false)}
          onReviewed={(count, followUp) => {
            setReviewing(false);
            setSelection(noSelection);
            setNotice({ severity: 'success', text: t(followUp ? 'revui.doneWithFollowUp' : 'revui.done', { count }) });
          }}
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
