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
import { reviewableKinds, type ReviewableKind } from '@shared/review/review';
import { useCan } from '../../auth';
import type { Notice } from '../../components/notice';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { ListGrid } from '../../components/ListGrid';
import { useT } from '../../i18n/context';
import { queueColumns } from './queue-columns';
import { targetsOf } from './queue-rows';
import { ReviewDialog } from './ReviewDialog';
import { ReviewPackBar } from './ReviewPackBar';
import { useReviewQueue } from './use-review-queue';

type KindFilter = ReviewableKind | 'all';
const noSelection: GridRowSelectionModel = { type: 'include', ids: new Set() };

/**
 * 审阅 (REV-1): the quality records not yet reviewed, oldest first, those waiting more than 7 days
 * flagged; the supervisor reviews one or many at once, and prints the weekly review pack.
 */
export function ReviewScreen() {
  const t = useT();
  const mayReview = useCan('review');
  const [kind, setKind] = useState<KindFilter>('all');
  const [selection, setSelection] = useState<GridRowSelectionModel>(noSelection);
  const [reviewing, setReviewing] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { rows, page } = useReviewQueue(kind === 'all' ? undefined : [kind]);
  const columns = useMemo(() => queueColumns(t), [t]);
  const targets = useMemo(() => {
    const all = rows ?? [];
    // "Select all" comes as an exclude list.
    const ids = selection.type === 'include' ? [...selection.ids].map(String) : all.map((r) => r.id).filter((id) => !selection.ids.has(id));
    return targetsOf(ids, all);
  }, [selection, rows]);

  return (
    <Stack spacing={1.5} sx={{ height: '100%' }} component="section" aria-label={t('nav.review')}>
      <Typography variant="h2" component="h1">
        {t('nav.review')}
      </Typography>
      {page && page.overdue > 0 && <Alert severity="warning">{t('review.overdueCount', { count: page.overdue })}</Alert>}
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <ToggleButtonGroup size="small" exclusive value={kind} onChange={(_e, v: KindFilter | null) => v && (setKind(v), setSelection(noSelection))} aria-label={t('revui.filter')}>
          <ToggleButton value="all">{t('revui.filter.all')}</ToggleButton>
          {reviewableKinds.map((k) => (
            <ToggleButton key={k} value={k}>
              {t(recordKindLabelKeys[k])}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Typography variant="body2" role="status">
          {page ? t('revui.total', { total: page.total }) : ''}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        {mayReview && (
          <Button variant="contained" disabled={targets.length === 0} onClick={() => setReviewing(true)}>
            {t('revui.review', { count: targets.length })}
          </Button>
        )}
      </Stack>
      <ReviewPackBar onNotice={setNotice} />
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid
          aria-label={t('review.queue')}
          rows={rows ?? []}
          columns={columns}
          loading={rows === undefined}
          checkboxSelection={mayReview}
          rowSelectionModel={selection}
          onRowSelectionModelChange={setSelection}
          getRowClassName={({ row }) => (row.overdue ? 'overdue' : '')}
          sx={{ '& .overdue': { backgroundColor: 'rgba(211, 47, 47, 0.06)' } }}
          emptyText={t('revui.empty')}
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
