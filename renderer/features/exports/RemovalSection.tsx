import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridRowSelectionModel } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '@shared/domain/local-date';
import { useActor, useApproval, useCan } from '../../auth';
import type { Notice } from '../../components/notice';
import { getDb } from '../../db/db';
import { listExportRecords } from '../../db/exports-repo';
import { listDueForRemoval, removeExpiredRecords } from '../../db/retention-repo';
import { ListGrid } from '../../components/ListGrid';
import { useT } from '../../i18n/context';
import { removalColumns } from './removal-columns';
import { refusalText, selectedRows, uncoveredIssue } from './removal-view';

const none: GridRowSelectionModel = { type: 'include', ids: new Set() };

/**
 * 到期待清理 (REC-1): service cards past their year. One is removed only when an export in the registry
 * covers its date, and only with a supervisor's approval; the removal is audited. Permanent records
 * never appear here.
 */
export function RemovalSection({ onNotice }: { onNotice: (n: Notice) => void }) {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  const mayRemove = useCan('record.remove');
  const [selection, setSelection] = useState<GridRowSelectionModel>(none);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [today] = useState(() => toIsoDate(Date.now()));
  const rows = useLiveQuery(() => listDueForRemoval(getDb(), 'serviceCards', today), [today]);
  const exports = useLiveQuery(() => listExportRecords(getDb()), []);
  const columns = useMemo(() => removalColumns(t, new Map((exports ?? []).map((e) => [e.id ?? 0, e]))), [t, exports]);
  const chosen = selectedRows(rows ?? [], selection);

  const remove = async () => {
    setFailure(null);
    const uncovered = uncoveredIssue(chosen);
    if (uncovered) return setFailure(t(uncovered));
    const approval = await requestApproval({ title: t('expui.removal.approvalTitle'), description: t('expui.removal.approvalDescription', { count: chosen.length }) });
    if (!approval) return;
    setBusy(true);
    try {
      const done = await removeExpiredRecords(getDb(), actor, 'serviceCards', chosen.map((r) => r.record.id), approval);
      setSelection(none);
      onNotice({ severity: 'success', text: t('removal.done', { count: done.removed, kind: t('export.kind.serviceCards') }) });
    } catch (e) {
      setFailure(refusalText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {t('expui.removal.intro')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" role="status">
          {t('expui.removal.count', { count: rows?.length ?? 0 })}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        {mayRemove && (
          <Button variant="contained" color="warning" disabled={busy || chosen.length === 0} onClick={() => void remove()}>
            {t('expui.removal.remove', { count: chosen.length })}
          </Button>
        )}
      </Stack>
      {failure && <Alert severity="error">{failure}</Alert>}
      <Box sx={{ flexGrow: 1, minHeight: 260 }}>
        <ListGrid
          aria-label={t('removal.title')}
          rows={rows ?? []}
          getRowId={(r) => r.record.id}
          columns={columns}
          loading={rows === undefined}
          checkboxSelection={mayRemove}
          rowSelectionModel={selection}
          onRowSelectionModelChange={(m) => (setSelection(m), setFailure(null))}
          emptyText={t('expui.removal.empty')}
        />
      </Box>
    </Stack>
  );
}
