import Chip from '@mui/material/Chip';
import type { RequestStatus } from '@shared/service/request';
import { useT } from '../../../i18n/context';
import { statusColor } from './request-actions';

/** 已登记 → 已分析 → 已派工 → 已上门 → 已完成 / 已关闭. */
export function StatusChip({ status }: { status: RequestStatus }) {
  const t = useT();
  return <Chip size="small" color={statusColor[status]} label={t(`service.status.${status}`)} variant={status === 'closed' ? 'outlined' : 'filled'} />;
}
