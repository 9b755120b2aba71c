import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/context';
import { DataCheckProblems } from './DataCheckProblems';
import { SettingsSection } from './SettingsSection';
import { useDataCheck } from './use-data-check';

/** 设置 → 数据自检 (supervisor): 开始自检 with its progress, then 「数据完整,未发现问题」 or the problems in words. */
export function DataCheckSection() {
  const t = useT();
  const { check, start } = useDataCheck();
  const running = check.status === 'running';
  return (
    <SettingsSection title={t('integrity.title')}>
      <Typography variant="body2" color="text.secondary">
        {t('integrity.intro')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" startIcon={<FactCheckOutlinedIcon />} disabled={running} onClick={() => void start()} sx={{ flexShrink: 0 }}>
          {t(check.status === 'done' ? 'integrity.again' : 'integrity.start')}
        </Button>
        {running && (
          <Stack spacing={0.5} sx={{ flexGrow: 1 }} role="status">
            <Typography variant="body2">{t('integrity.running', { step: t(`integrity.step.${check.step}`), done: check.done, total: check.total })}</Typography>
            <LinearProgress variant="determinate" value={(100 * check.done) / Math.max(1, check.total)} aria-label={t('integrity.title')} />
          </Stack>
        )}
      </Stack>
      {check.status === 'failed' && <Alert severity="error">{t('integrity.failed', { message: check.message })}</Alert>}
      {check.status === 'done' && (
        <>
          {check.report.problems.length === 0 ? (
            <Alert severity="success" role="status">{t('integrity.ok')}</Alert>
          ) : (
            <Alert severity="warning" role="status">{t('integrity.found', { n: check.report.problems.length })}</Alert>
          )}
          <Typography variant="body2" color="text.secondary">
            {t('integrity.checked', {
              records: check.report.records, audit: check.report.auditEntries, movements: check.report.movements, documents: check.report.documents, shipments: check.report.shipments,
            })}
          </Typography>
          {check.report.problems.length > 0 && <DataCheckProblems report={check.report} />}
        </>
      )}
    </SettingsSection>
  );
}
