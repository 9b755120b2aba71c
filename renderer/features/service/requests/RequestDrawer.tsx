import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCan } from '../../../auth';
import { DetailsDrawer } from '../../../components/DetailsDrawer';
import { RecordHistory } from '../../../components/RecordHistory';
import { waitingDispatchChange } from '../../../db/approval-requests-repo';
import { getCustomer } from '../../../db/customers-repo';
import { getDb } from '../../../db/db';
import { getProduct } from '../../../db/products-repo';
import type { StoredServiceRequest } from '../../../db/service-requests-repo';
import { useT } from '../../../i18n/context';
import { productLabel } from '../../../components/pickers/ProductPicker';
import { useStaffNames } from '../common/use-names';
import { PriorityField } from './PriorityField';
import { actionsFor, type RequestAction } from './request-actions';
import { requestDetailRows } from './request-details';
import { StatusChip } from './StatusChip';

interface Props {
  request: StoredServiceRequest | null;
  onClose: () => void;
  onAction: (action: RequestAction | 'priority', request: StoredServiceRequest, priority?: number) => void;
}

/** A request's details, what it allows next (by status), and its 历史 from the audit trail. */
export function RequestDrawer({ request, onClose, onAction }: Props) {
  const t = useT();
  return (
    <DetailsDrawer open={request !== null} title={request ? t('svcui.request.details', { no: request.no }) : ''} onClose={onClose}>
      {request && <RequestDetails request={request} onAction={onAction} />}
    </DetailsDrawer>
  );
}

function RequestDetails({ request, onAction }: { request: StoredServiceRequest; onAction: Props['onAction'] }) {
  const t = useT();
  const mayWrite = useCan('service.write');
  const staff = useStaffNames();
  const product = useLiveQuery(() => (request.productId === undefined ? undefined : getProduct(getDb(), request.productId)), [request.productId]);
  const customer = useLiveQuery(() => (request.customerId === undefined ? undefined : getCustomer(getDb(), request.customerId)), [request.customerId]);
  // SVC-2: while a plan change waits for the supervisor, the visit waits too (the drawer says why).
  const change = useLiveQuery(() => (request.status === 'dispatched' ? waitingDispatchChange(getDb(), request.id) : undefined), [request.id, request.status]);
  const rows = requestDetailRows(t, request, { staff, product: product ? productLabel(product) : undefined, customer: customer?.name });
  const actions = mayWrite ? actionsFor(request.status) : [];
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <StatusChip status={request.status} />
        <Box sx={{ flexGrow: 1 }} />
        {mayWrite && request.status !== 'closed' && <PriorityField value={request.priority} onChange={(p) => onAction('priority', request, p)} />}
      </Stack>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
        {rows.map(([label, value], i) => (
          <Box key={i} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      {change && <Alert severity="info">{t('apprui.changeWaiting', { at: dayjs(change.to.plannedAt).format('YYYY-MM-DD HH:mm') })}</Alert>}
      {actions.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="group" aria-label={t('svcui.request.actions')}>
          {actions.map((a) => (
            <Button key={a} size="small" variant={a === 'close' ? 'text' : 'outlined'} color={a === 'close' ? 'warning' : 'primary'} disabled={change !== undefined && (a === 'visited' || a === 'changeDispatch')} onClick={() => onAction(a, request)}>
              {t(`svcui.action.${a}`)}
            </Button>
          ))}
        </Stack>
      )}
      <Divider />
      <Typography variant="h3" component="h3">
        {t('history.title')}
      </Typography>
      <RecordHistory table="serviceRequests" recordId={request.id} />
    </Stack>
  );
}
