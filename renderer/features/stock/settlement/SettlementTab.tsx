import { useState } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs from 'dayjs';
import { toIsoDate } from '@shared/domain/local-date';
import { useT } from '../../../i18n/context';
import type { TabProps } from '../tab-props';
import { DayPanel } from './DayPanel';
import { OverdueAlert } from './OverdueAlert';
import { ReopenRequestsPanel } from './ReopenRequestsPanel';
import { SettledDaysList } from './SettledDaysList';
import { useDayStates, useNow, useOverdueDays, useSettlementTime } from './use-settlement';

const dayFormat = 'YYYY-MM-DD';

/** 日结 (WH-1): from the settlement time the warehouse settles the day; overdue days first; settled days, reopening and reopen requests. */
export function SettlementTab({ onNotice }: TabProps) {
  const t = useT();
  const now = useNow();
  const [day, setDay] = useState(() => toIsoDate(Date.now()));
  const settlementTime = useSettlementTime();
  const states = useDayStates();
  const overdue = useOverdueDays(now);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0, overflowY: 'auto' }}>
      <OverdueAlert days={overdue ?? []} onPick={setDay} />
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 300px', gap: 2, alignItems: 'start' }}>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={1.5}>
            <DatePicker label={t('stockui.settle.day')} value={dayjs(day)} format={dayFormat} disableFuture
              onChange={(v) => v?.isValid() && setDay(v.format(dayFormat))} sx={{ width: 200 }} />
            <DayPanel key={day} day={day} dayState={states?.find((s) => s.day === day)} now={now} settlementTime={settlementTime} onNotice={onNotice} />
          </Stack>
        </Paper>
        <Stack spacing={2}>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <ReopenRequestsPanel now={now} onNotice={onNotice} />
          </Paper>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Typography variant="subtitle1" component="h2">{t('stockui.settle.history')}</Typography>
            <SettledDaysList days={states} selected={day} onPick={setDay} />
          </Paper>
        </Stack>
      </Box>
    </Stack>
  );
}
