import dayjs from 'dayjs';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/context';
import { timelineItem, type TimelineItem } from './timeline-view';
import { useCustomerTimeline } from './use-customer-timeline';

/** 往来记录: one list of everything linked to the customer (calls, returns, exchanges, and later kinds). */
export function CustomerTimeline({ customerId }: { customerId: number }) {
  const t = useT();
  const entries = useCustomerTimeline(customerId);
  if (entries === undefined) return <Typography color="text.secondary">{t('customersui.loading')}</Typography>;
  if (entries.length === 0) return <Typography color="text.secondary">{t('customersui.timeline.empty')}</Typography>;
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary">
        {t('customersui.timeline.count', { count: entries.length })}
      </Typography>
      <Stack component="ol" spacing={1.5} aria-label={t('customersui.card.timeline')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {entries.map((e) => (
          <TimelineRow key={`${e.kind}-${e.id}`} item={timelineItem(t, e)} />
        ))}
      </Stack>
    </Stack>
  );
}

function TimelineRow({ item }: { item: TimelineItem }) {
  const t = useT();
  return (
    <Box component="li" sx={{ borderLeft: 3, borderColor: item.voided ? 'error.main' : 'primary.light', pl: 1.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Chip size="small" label={item.kindLabel} variant="outlined" />
        <Typography variant="body2" color="text.secondary">
          {dayjs(item.at).format('YYYY-MM-DD HH:mm')}
        </Typography>
        {item.voided && <Chip size="small" color="error" label={t('customersui.timeline.voided')} />}
      </Stack>
      <Typography variant="subtitle2" sx={{ mt: 0.5, textDecoration: item.voided ? 'line-through' : undefined }}>
        {item.title}
      </Typography>
      {item.lines.map((line, i) => (
        <Typography key={i} variant="body2" sx={{ wordBreak: 'break-all' }}>
          {line}
        </Typography>
      ))}
      {item.handler && (
        <Typography variant="caption" color="text.secondary">
          {t('customersui.timeline.handler', { name: item.handler })}
        </Typography>
      )}
    </Box>
  );
}
