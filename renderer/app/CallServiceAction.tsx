import Button from '@mui/material/Button';
import HomeRepairServiceIcon from '@mui/icons-material/HomeRepairService';
import type { CallLog } from '@shared/domain/call-log';
import { newRequestHref } from '../features/service';
import { useT } from '../i18n/context';

/** One click from a call to a service request prefilled from it (SVC-1); composed here because features don't import each other. */
export function CallServiceAction({ call }: { call: CallLog }) {
  const t = useT();
  if (call.id === undefined) return null;
  return (
    <Button variant="outlined" size="small" startIcon={<HomeRepairServiceIcon />} href={newRequestHref({ callId: call.id })}>
      {t('svcui.request.new')}
    </Button>
  );
}
