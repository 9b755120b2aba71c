import Chip from '@mui/material/Chip';
import type { ShipmentStatus } from '@shared/shipping/shipment';
import { useT } from '../../../i18n/context';

const colors: Record<ShipmentStatus, 'default' | 'info' | 'warning' | 'success' | 'error' | 'primary'> = {
  shipped: 'primary',
  inTransit: 'info',
  chasing: 'warning',
  signed: 'success',
  confirmed: 'default',
  exception: 'error',
};

/** 已发货 / 运输中 / 催查中 / 已签收 / 已回访 / 异常. */
export function StatusChip({ status, voided = false }: { status: ShipmentStatus; voided?: boolean }) {
  const t = useT();
  return <Chip size="small" color={voided ? 'default' : colors[status]} variant={voided ? 'outlined' : 'filled'} label={voided ? t('slip.voided') : t(`shipment.status.${status}`)} />;
}
