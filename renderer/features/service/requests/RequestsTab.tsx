import { useEffect, useMemo, useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCan } from '../../../auth';
import { errorText } from '../../../auth/error-text';
import { getDb } from '../../../db/db';
import { listServiceRequests } from '../../../db/service-requests-repo';
import { useT } from '../../../i18n/context';
import { ListGrid } from '../../../components/ListGrid';
import { useStaffNames } from '../common/use-names';
import type { TabProps } from '../tab-props';
import { openStatuses } from './request-actions';
import { requestColumns } from './request-columns';
import { RequestFormDialog } from './RequestFormDialog';
import { RequestWorkflow } from './RequestWorkflow';
import { useNewRequest } from './use-new-request';

type Filter = 'open' | 'all';

/** 服务需求: registered from a call or a customer, analysed, dispatched, visited, completed or closed. */
export function RequestsTab({ onNotice }: TabProps) {
  const t = useT();
  const mayWrite = useCan('service.write');
  const [filter, setFilter] = useState<Filter>('open');
  const [detailsId, setDetailsId] = useState<number | null>(null);
  const newRequest = useNewRequest();
  const rows = useLiveQuery(() => listServiceRequests(getDb(), filter === 'open' ? { status: [...openStatuses] } : {}), [filter]);
  const staff = useStaffNames();
  const columns = useMemo(() => requestColumns(t, staff), [t, staff]);
  const { failure } = newRequest;

  useEffect(() => {
    if (failure) onNotice({ severity: 'error', text: errorText(t, failure) });
  }, [failure, onNotice, t]);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <ToggleButtonGroup size="small" exclusive value={filter} onChange={(_e, v: Filter | null) => v && setFilter(v)} aria-label={t('svcui.filter')}>
          <ToggleButton value="open">{t('svcui.filter.open')}</ToggleButton>
          <ToggleButton value="all">{t('svcui.filter.all')}</ToggleButton>
        </ToggleButtonGroup>
        <Box sx={{ flexGrow: 1 }} />
        {mayWrite && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => newRequest.open()}>
            {t('svcui.request.new')}
          </Button>
        )}
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ListGrid
          aria-label={t('svcui.request.list')}
          rows={rows ?? []}
          columns={columns}
          loading={rows === undefined}
          emptyText={t('svcui.request.empty')}
          onRowClick={({ row }) => setDetailsId(row.id)}
          initialState={{ sorting: { sortModel: [{ field: 'priority', sort: 'asc' }] } }}
        />
      </Box>
      {newRequest.form && (
        <RequestFormDialog
          initial={newRequest.form}
          onClose={newRequest.close}
          onSaved={(no) => {
            newRequest.close();
            onNotice({ severity: 'success', text: t('svcui.notice.registered', { no }) });
          }}
        />
      )}
      <RequestWorkflow requestId={detailsId} onCloseDetails={() => setDetailsId(null)} onNotice={onNotice} />
    </Stack>
  );
}
