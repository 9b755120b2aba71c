import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { StringKey } from '@shared/i18n';
import { useT } from '../../i18n/context';
import type { TodayContext } from '../../db/today-repo';

const weekdays = [
  'today.weekday.0',
  'today.weekday.1',
  'today.weekday.2',
  'today.weekday.3',
  'today.weekday.4',
  'today.weekday.5',
  'today.weekday.6',
] as const satisfies readonly StringKey[];

/** 首页, the day and who is signed in. */
export function TodayHeader({ name, ctx }: { name: string; ctx: TodayContext }) {
  const t = useT();
  const weekday = weekdays[new Date(ctx.now).getDay()] ?? weekdays[0];
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
      <Typography variant="h2" component="h1">
        {t('nav.home')}
      </Typography>
      <Typography variant="body1" sx={{ fontWeight: 600 }}>
        {t('today.date', { date: ctx.today, weekday: t(weekday) })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('today.greeting', { name })}
      </Typography>
    </Stack>
  );
}
