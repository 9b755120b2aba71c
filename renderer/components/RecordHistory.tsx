import dayjs from 'dayjs';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AuditEntry } from '@shared/audit/audit';
import { useT } from '../i18n/context';
import { actionLabel, entryChanges } from './audit-text';
import { useRecordHistory } from './use-record-history';

interface Props {
  /** The audit table name, e.g. 'callLogs'. */
  table: string;
  recordId: number | string;
}

/** 历史: every audit entry of one record, oldest first: when, who, what, and each changed field. */
export function RecordHistory({ table, recordId }: Props) {
  const t = useT();
  const entries = useRecordHistory(table, recordId);
  if (entries === undefined) return <Typography color="text.secondary">{t('history.loading')}</Typography>;
  if (entries.length === 0) return <Typography color="text.secondary">{t('history.empty')}</Typography>;
  return (
    <Stack component="ol" spacing={1.5} aria-label={t('history.title')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {entries.map((entry) => (
        <HistoryEntry key={entry.id ?? entry.at} entry={entry} />
      ))}
    </Stack>
  );
}

function HistoryEntry({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const changes = entryChanges(t, entry);
  return (
    <Box component="li" sx={{ borderLeft: 3, borderColor: entry.action === 'void' ? 'error.main' : 'primary.light', pl: 1.5 }}>
      <Typography variant="subtitle2">
        {t('history.entry', {
          at: dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss'),
          who: entry.staffName,
          action: t(actionLabel[entry.action]),
        })}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.25, m: 0 }}>
        {changes.map((c) => (
          <FieldChangeRow key={c.field} label={c.label} before={c.before} after={c.after} />
        ))}
      </Box>
      {entry.note && (
        <Typography variant="body2" color="text.secondary">
          {entry.note}
        </Typography>
      )}
    </Box>
  );
}

function FieldChangeRow({ label, before, after }: { label: string; before?: string; after: string }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, wordBreak: 'break-all' }}>
        {before !== undefined && (
          <>
            <Box component="span" sx={{ textDecoration: 'line-through', color: 'text.secondary' }}>
              {before}
            </Box>
            {' → '}
          </>
        )}
        {after}
      </Typography>
    </>
  );
}
