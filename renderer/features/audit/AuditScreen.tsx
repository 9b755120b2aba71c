import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/context';
import { AuditFilters } from './AuditFilters';
import { AuditGrid } from './AuditGrid';
import { emptyAuditFilter, toAuditQuery, type AuditFilterValues } from './audit-filter';
import { auditPageLimit, useAllStaff, useAuditTrail } from './use-audit-trail';

/** 审计日志: the append-only trail of every write, filtered by staff, table, record and dates. */
export function AuditScreen() {
  const t = useT();
  const [filter, setFilter] = useState<AuditFilterValues>(emptyAuditFilter);
  const query = useMemo(() => toAuditQuery(filter), [filter]);
  const entries = useAuditTrail(query);
  const staff = useAllStaff();
  return (
    <Stack spacing={1.5} sx={{ height: '100%' }} component="section" aria-label={t('audit.title')}>
      <Typography variant="h2" component="h1">
        {t('audit.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('audit.intro')}
      </Typography>
      <AuditFilters value={filter} onChange={setFilter} staff={staff ?? []} />
      {entries?.length === auditPageLimit && <Alert severity="info">{t('audit.limitReached', { n: auditPageLimit })}</Alert>}
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <AuditGrid entries={entries} />
      </Box>
    </Stack>
  );
}
