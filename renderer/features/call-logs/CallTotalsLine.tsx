import Typography from '@mui/material/Typography';
import type { CallLog } from '@shared/domain/call-log';
import { useT } from '../../i18n/context';
import { callTotals } from './call-totals';

/** "共 N 条": voided calls are listed but not counted, and the line says how many were left out. */
export function CallTotalsLine({ calls }: { calls: CallLog[] | undefined }) {
  const t = useT();
  if (calls === undefined) return null;
  const { counted, voided } = callTotals(calls);
  return (
    <Typography variant="body2" color="text.secondary" role="status" data-testid="call-totals">
      {voided > 0 ? t('calls.totalWithVoided', { n: counted, voided }) : t('calls.total', { n: counted })}
    </Typography>
  );
}
