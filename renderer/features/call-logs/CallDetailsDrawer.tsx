import type { ComponentType } from 'react';
import dayjs from 'dayjs';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import type { CallLog } from '@shared/domain/call-log';
import type { Translate } from '@shared/i18n';
import { DetailsDrawer } from '../../components/DetailsDrawer';
import { RecordHistory } from '../../components/RecordHistory';
import { useT } from '../../i18n/context';
import { directionLabel, topicLabel } from './call-labels';
import type { CallsInRange } from './use-call-logs';

interface Props {
  call: CallLog | null;
  customersById: CallsInRange['customersById'];
  onClose: () => void;
  /** Actions from other modules on this call (e.g. 登记服务需求), composed by the app. */
  CallActions?: ComponentType<{ call: CallLog }>;
}

const minute = 'YYYY-MM-DD HH:mm';

function detailRows(t: Translate, call: CallLog, customerName: string): [string, string][] {
  return [
    [t('call.field.at'), dayjs(call.at).format(minute)],
    [t('call.field.direction'), t(directionLabel[call.direction])],
    [t('call.field.phone'), call.phone],
    [t('call.field.customer'), customerName],
    [t('call.field.contact'), call.contact],
    [t('call.field.topic'), t(topicLabel[call.topic])],
    [t('call.field.content'), call.content],
    [t('call.field.result'), call.result],
    [t('call.field.followUpDate'), call.followUpDate ?? ''],
    [t('calls.col.handler'), call.handlerName ?? ''],
    [t('call.field.createdAt'), dayjs(call.createdAt).format(minute)],
  ];
}

/** 详情: the call's fields, its void mark if any, and its 历史 from the audit trail. */
export function CallDetailsDrawer({ call, customersById, onClose, CallActions }: Props) {
  const t = useT();
  return (
    <DetailsDrawer open={call !== null} title={t('calls.details')} onClose={onClose}>
      {call && CallActions && !call.voided && (
        <Box sx={{ mb: 1.5 }}>
          <CallActions call={call} />
        </Box>
      )}
      {call && <CallDetails call={call} customerName={customersById.get(call.customerId ?? -1)?.name ?? ''} />}
    </DetailsDrawer>
  );
}

function CallDetails({ call, customerName }: { call: CallLog; customerName: string }) {
  const t = useT();
  const v = call.voided;
  return (
    <>
      {v && (
        <Alert severity="error" sx={{ mb: 1.5 }}>
          {t('calls.void.mark', {
            at: dayjs(v.at).format(minute),
            by: v.byName,
            reason: v.reason,
            approver: v.approval.supervisorName,
          })}
        </Alert>
      )}
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
        {detailRows(t, call, customerName).map(([label, value]) => (
          <Field key={label} label={label} value={value} />
        ))}
      </Box>
      <Divider sx={{ my: 2 }} />
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        {t('history.title')}
      </Typography>
      {call.id !== undefined && <RecordHistory table="callLogs" recordId={call.id} />}
    </>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {value}
      </Typography>
    </>
  );
}
