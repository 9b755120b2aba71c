import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { DoubtReason } from '@shared/shipping/shipping-list';
import type { PhoneConfirmation } from '@shared/slips/purchase-slip';
import { useT } from '../../../i18n/context';
import { when } from '../common/format';

interface Props {
  doubts: readonly DoubtReason[];
  confirmation: PhoneConfirmation | undefined;
  mayCall: boolean;
  onCall: () => void;
}

/** SHP-1: a doubtful order lists its reasons and waits for the confirmation call; once made, who and when. */
export function DoubtBanner({ doubts, confirmation, mayCall, onCall }: Props) {
  const t = useT();
  if (confirmation) {
    return <Alert severity="success">{t('shipui.doubt.confirmed', { name: confirmation.name, time: when(confirmation.at) })}</Alert>;
  }
  if (doubts.length === 0) return null;
  return (
    <Alert
      severity="warning"
      role="alert"
      action={mayCall && <Button color="inherit" variant="outlined" size="small" onClick={onCall}>{t('shipui.doubt.call')}</Button>}
    >
      <AlertTitle>{t('shipui.doubt.title')}</AlertTitle>
      {doubts.map((d) => (
        <div key={d}>{t(`shipping.doubt.${d}`)}</div>
      ))}
    </Alert>
  );
}
