import dayjs from 'dayjs';
import ButtonBase from '@mui/material/ButtonBase';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/context';
import type { StoredServiceRequest } from '../../../db/service-requests-repo';
import { statusColor } from '../requests/request-actions';
import type { BoardRow } from './board';

interface Props {
  days: string[];
  rows: BoardRow[];
  today: string;
  onOpen: (requestId: number) => void;
}

const weekdayKeys = ['svcui.board.day.1', 'svcui.board.day.2', 'svcui.board.day.3', 'svcui.board.day.4', 'svcui.board.day.5', 'svcui.board.day.6', 'svcui.board.day.7'] as const;

function Visit({ r, onOpen }: { r: StoredServiceRequest; onOpen: (id: number) => void }) {
  const t = useT();
  const color = statusColor[r.status] === 'default' ? 'grey' : statusColor[r.status];
  return (
    <ButtonBase
      onClick={() => onOpen(r.id)}
      aria-label={t('svcui.board.visit', { no: r.no, contact: r.contact })}
      sx={{ display: 'block', textAlign: 'left', width: '100%', borderLeft: 3, borderColor: `${color}.main`, bgcolor: 'action.hover', borderRadius: 0.5, px: 0.75, py: 0.25 }}
    >
      <Typography variant="caption" component="div" sx={{ fontWeight: 600 }}>
        {dayjs(r.dispatch?.plannedAt).format('HH:mm')} {r.contact}
      </Typography>
      <Typography variant="caption" component="div" color="text.secondary" noWrap>
        {r.no} · {t(`service.status.${r.status}`)}
      </Typography>
    </ButtonBase>
  );
}

/** The week as a grid: a row per technician, a column per day, each visit a small card. */
export function BoardTable({ days, rows, today, onOpen }: Props) {
  const t = useT();
  return (
    <Table size="small" stickyHeader aria-label={t('service.dispatch.title')} sx={{ tableLayout: 'fixed', minWidth: 900 }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 96 }}>{t('service.dispatch.field.technicians')}</TableCell>
          {days.map((d, i) => (
            <TableCell key={d} sx={d === today ? { bgcolor: 'action.selected', fontWeight: 700 } : undefined}>
              {t(weekdayKeys[i] ?? 'svcui.board.day.1')} {d.slice(5)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.technicianId}>
            <TableCell component="th" scope="row">
              {row.name}
            </TableCell>
            {days.map((d) => (
              <TableCell key={d} sx={{ verticalAlign: 'top', height: 64 }}>
                <Stack spacing={0.5}>
                  {(row.days.get(d) ?? []).map((r) => (
                    <Visit key={r.id} r={r} onOpen={onOpen} />
                  ))}
                </Stack>
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
