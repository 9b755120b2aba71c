import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { ExportProgress } from '../../export/progress';
import { useT } from '../../i18n/context';
import { progressPercent, progressText } from './export-view';

/** Where a running export is (read, cells n/N, zip, save): the worker keeps the screen responsive meanwhile. */
export function ExportProgressBar({ progress }: { progress: ExportProgress | null }) {
  const t = useT();
  if (!progress) return null;
  const percent = progressPercent(progress);
  return (
    <Box role="status" aria-live="polite">
      <Typography variant="body2">{progressText(t, progress)}</Typography>
      <LinearProgress variant={percent === null ? 'indeterminate' : 'determinate'} value={percent ?? undefined} aria-label={t('expui.exporting')} />
    </Box>
  );
}
