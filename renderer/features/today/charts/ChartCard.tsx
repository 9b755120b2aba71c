import type { ReactNode } from 'react';
import Card from '@mui/material/Card';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/context';

interface Props {
  title: string;
  /** The total shown beside the title; undefined while loading. Zero shows 暂无数据 instead of an empty chart. */
  total?: number;
  loading: boolean;
  /** Height of the chart area, kept when there is nothing to draw. */
  height: number;
  /** Two series (opened / closed): their sum is no total to print. */
  hideTotal?: boolean;
  children: ReactNode;
}

/** A titled chart panel; aria-busy until its data is read (the benchmark waits for it). */
export function ChartCard({ title, total, loading, height, hideTotal = false, children }: Props) {
  const t = useT();
  return (
    <Card variant="outlined" aria-busy={loading} sx={{ p: 1.5, minWidth: 0 }} role="figure" aria-label={title}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Typography variant="h3" component="h3">
          {title}
        </Typography>
        {total !== undefined && total > 0 && !hideTotal && (
          <Typography variant="caption" color="text.secondary">
            {t('today.chart.total', { count: total })}
          </Typography>
        )}
      </Stack>
      {loading ? (
        <Box sx={{ height }} />
      ) : total === 0 ? (
        <Box sx={{ height, display: 'grid', placeItems: 'center', color: 'text.disabled' }}>{t('today.chart.empty')}</Box>
      ) : (
        children
      )}
    </Card>
  );
}
