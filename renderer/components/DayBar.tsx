import dayjs from 'dayjs';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { toIsoDate } from '@shared/domain/local-date';
import { useT } from '../i18n/context';

const dayFormat = 'YYYY-MM-DD';

/** One day at a time: previous / the date / next / today. */
export function DayBar({ day, onDay }: { day: string; onDay: (day: string) => void }) {
  const t = useT();
  const shift = (n: number) => onDay(dayjs(day).add(n, 'day').format(dayFormat));
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <IconButton aria-label={t('slipsui.prevDay')} onClick={() => shift(-1)}>
        <ChevronLeftIcon />
      </IconButton>
      <DatePicker
        label={t('slipsui.day')}
        value={dayjs(day)}
        onChange={(v) => v?.isValid() && onDay(v.format(dayFormat))}
        format={dayFormat}
        slotProps={{ textField: { size: 'small', sx: { width: 160 } } }}
      />
      <IconButton aria-label={t('slipsui.nextDay')} onClick={() => shift(1)}>
        <ChevronRightIcon />
      </IconButton>
      <Button size="small" onClick={() => onDay(toIsoDate(Date.now()))}>
        {t('slipsui.today')}
      </Button>
    </Stack>
  );
}
