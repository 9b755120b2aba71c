import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import dayjs from 'dayjs';
import type { Receipt } from '@shared/stock/receiving';
import { useT } from '../../../i18n/context';

interface Props {
  earlier: readonly (Receipt & { id: number })[];
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}

/** IN-2: this delivery-note number was received before: which slips took it, and the two counters' say-so that this is another delivery. */
export function RepeatNoteWarning({ earlier, confirmed, onConfirm }: Props) {
  const t = useT();
  if (earlier.length === 0) return null;
  return (
    <Alert severity="warning" role="alert">
      <AlertTitle>{t('stockui.receiving.repeatTitle')}</AlertTitle>
      {earlier.map((r) => (
        <div key={r.id}>{t('stockui.receiving.repeatLine', { docNo: r.docNo, time: dayjs(r.at).format('YYYY-MM-DD HH:mm'), receiver: r.receiverName, keeper: r.keeperName })}</div>
      ))}
      <FormControlLabel control={<Checkbox checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} />} label={t('stockui.receiving.repeatConfirm')} />
    </Alert>
  );
}
