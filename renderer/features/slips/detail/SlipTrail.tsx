import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SavedSlip } from '../../../db/slips-repo';
import { useT } from '../../../i18n/context';
import { slipTrail } from './slip-trail';

export function SlipTrail({ slip }: { slip: SavedSlip }) {
  const t = useT();
  const lines = slipTrail(slip, t);
  if (lines.length === 0) return null;
  return (
    <Stack spacing={0.25} role="list" aria-label={t('slipsui.detail.steps')}>
      {lines.map((text) => (
        <Typography key={text} variant="body2" role="listitem">
          {text}
        </Typography>
      ))}
    </Stack>
  );
}
