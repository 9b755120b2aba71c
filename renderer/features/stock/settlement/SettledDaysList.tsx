import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import type { DayState } from '../../../db/stock-rows';
import { useT } from '../../../i18n/context';

interface Props {
  days: readonly DayState[] | undefined;
  selected: string;
  onPick: (day: string) => void;
}

/** 已日结日期: every settled day, newest first; a reopened day says so until it is settled again. */
export function SettledDaysList({ days, selected, onPick }: Props) {
  const t = useT();
  if (days?.length === 0) return <Typography variant="body2" color="text.secondary">{t('stockui.settle.historyEmpty')}</Typography>;
  return (
    <List dense aria-label={t('stockui.settle.history')} sx={{ overflowY: 'auto' }}>
      {days?.map((d) => (
        <ListItemButton key={d.day} selected={d.day === selected} onClick={() => onPick(d.day)}>
          <ListItemText primary={d.day} secondary={t('stockui.settle.settledBy', { name: d.settledByName, time: dayjs(d.settledAt).format('MM-DD HH:mm') })} />
          <Chip size="small" color={d.status === 'settled' ? 'success' : 'warning'} label={t(`stockui.settle.state.${d.status}`)} />
        </ListItemButton>
      ))}
    </List>
  );
}
