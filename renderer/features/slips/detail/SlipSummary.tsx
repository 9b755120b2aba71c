import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Customer } from '@shared/domain/customer';
import { useT } from '../../../i18n/context';
import type { SavedSlip } from '../../../db/slips-repo';
import { when } from '../common/format';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack spacing={0} sx={{ minWidth: 120 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography>{value}</Typography>
    </Stack>
  );
}

/** The slip's header: number, day, customer, order type, delivery, handler, status and marks. */
export function SlipSummary({ slip, customer }: { slip: SavedSlip; customer: Customer | undefined }) {
  const t = useT();
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Chip color={slip.voided ? 'error' : 'primary'} label={slip.voided ? t('slip.voided') : t(`slip.status.${slip.status}`)} />
        <Chip variant="outlined" label={slip.printedAt === undefined ? t('slipsui.detail.notPrinted') : t('slipsui.detail.printedAt', { time: when(slip.printedAt) })} />
      </Stack>
      <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Field label={t('slip.field.no')} value={slip.no} />
        <Field label={t('slip.field.day')} value={slip.day} />
        <Field label={t('slip.field.customer')} value={[customer?.name, customer?.primaryPhone ?? customer?.phones[0]].filter(Boolean).join(' ')} />
        <Field label={t('slip.field.orderType')} value={t(`slip.orderType.${slip.orderType}`)} />
        <Field label={t('slip.field.delivery')} value={t(`slip.delivery.${slip.delivery}`)} />
        <Field label={t('slip.field.handler')} value={slip.handlerName} />
      </Stack>
      {customer?.address && <Typography variant="body2" color="text.secondary">{customer.address}</Typography>}
    </Stack>
  );
}
