import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useT } from '../../../i18n/context';

/** WH-1: a day not settled by the next morning, shown first and in red until it is settled. */
export function OverdueAlert({ days, onPick }: { days: readonly string[]; onPick: (day: string) => void }) {
  const t = useT();
  if (days.length === 0) return null;
  return (
    <Alert severity="error" role="alert" variant="filled">
      <AlertTitle>{t('stockui.settle.overdueTitle')}</AlertTitle>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {days.map((day) => (
          <Button key={day} size="small" variant="outlined" color="inherit" onClick={() => onPick(day)}>
            {`${day} · ${t('stockui.settle.goToDay')}`}
          </Button>
        ))}
      </Stack>
    </Alert>
  );
}
