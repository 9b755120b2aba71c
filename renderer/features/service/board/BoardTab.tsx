import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '@shared/domain/local-date';
import { addDays } from '@shared/records/periods';
import { useStaffList } from '../../../auth';
import { getDb } from '../../../db/db';
import { dispatchBoard } from '../../../db/service-requests-repo';
import { useT } from '../../../i18n/context';
import { RequestWorkflow } from '../requests/RequestWorkflow';
import type { TabProps } from '../tab-props';
import { boardRows, visitCount, weekDays } from './board';
import { BoardTable } from './BoardTable';
import { DispatchChangesPanel } from './DispatchChangesPanel';

/** 服务调度: who goes where this week, by technician and day; a visit opens its request. */
export function BoardTab({ onNotice }: TabProps) {
  const t = useT();
  const [now] = useState(Date.now);
  const today = toIsoDate(now);
  const [anchor, setAnchor] = useState(today);
  const [openId, setOpenId] = useState<number | null>(null);
  const days = useMemo(() => weekDays(anchor), [anchor]);
  const first = days[0] ?? anchor;
  const last = days[6] ?? anchor;
  const cells = useLiveQuery(() => dispatchBoard(getDb(), first, last), [first, last]);
  const staff = useStaffList(false);
  const rows = useMemo(() => boardRows(cells ?? [], staff ?? []), [cells, staff]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button size="small" variant="outlined" onClick={() => setAnchor(addDays(first, -7))}>
          {t('svcui.board.prev')}
        </Button>
        <Button size="small" variant="outlined" onClick={() => setAnchor(today)}>
          {t('svcui.board.thisWeek')}
        </Button>
        <Button size="small" variant="outlined" onClick={() => setAnchor(addDays(first, 7))}>
          {t('svcui.board.next')}
        </Button>
        <Typography variant="body2" sx={{ pl: 1 }}>
          {t('svcui.board.week', { from: first, to: last, count: visitCount(cells ?? []) })}
        </Typography>
      </Stack>
      <DispatchChangesPanel now={now} onNotice={onNotice} />
      <Box sx={{ flexGrow: 1, minHeight: 0, overflow: 'auto' }}>
        <BoardTable days={days} rows={rows} today={today} onOpen={setOpenId} />
      </Box>
      <RequestWorkflow requestId={openId} onCloseDetails={() => setOpenId(null)} onNotice={onNotice} />
    </Stack>
  );
}
