import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useT } from '../../i18n/context';
import { settlementHref } from './item-links';
import { cardView, type LoadedValue } from './item-view';

/** WH-1: from the settlement time (18:00) until the day is settled, a prominent 日结 reminder on top. */
export function SettlementReminder({ value, now }: { value: LoadedValue | undefined; now: number }) {
  const t = useT();
  if (value?.kind !== 'settlement' || cardView('settlementToday', value, now).tone !== 'alert') return null;
  return (
    <Alert
      severity="error"
      variant="filled"
      role="alert"
      sx={{ fontSize: 15, alignItems: 'center' }}
      action={
        <Button color="inherit" variant="outlined" href={settlementHref}>
          {t('today.settlement.go')}
        </Button>
      }
    >
      {t('today.settlement.reminder', { time: value.time })}
    </Alert>
  );
}
