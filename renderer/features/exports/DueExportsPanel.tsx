import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCan } from '../../auth';
import { getDb } from '../../db/db';
import { getExportSchedule, listDuePeriods } from '../../db/export-schedule-repo';
import { useT } from '../../i18n/context';
import { duePeriodText } from './export-view';

/** The oldest periods listed; a long backlog (a year not exported) is summed up below them. */
const shownPeriods = 4;

interface Props {
  busy: boolean;
  onExportDue: () => void;
}

/**
 * REC-2: 本期导出未完成 — the ended periods not yet wholly exported (a missed one stays until done),
 * with one click to export them all; or that the periodic export is up to date.
 */
export function DueExportsPanel({ busy, onExportDue }: Props) {
  const t = useT();
  const mayExport = useCan('export');
  const schedule = useLiveQuery(() => getExportSchedule(getDb()), []);
  const due = useLiveQuery(() => listDuePeriods(getDb()), []);
  if (!schedule || !due) return null;
  if (due.length === 0) return <Alert severity="success">{t('exportSchedule.upToDate')}</Alert>;
  return (
    <Alert
      severity="warning"
      action={
        mayExport && (
          <Button color="inherit" variant="outlined" size="small" disabled={busy} onClick={onExportDue}>
            {t('expui.exportDue')}
          </Button>
        )
      }
    >
      <AlertTitle>{t('expui.dueTitle')}</AlertTitle>
      {t('exportSchedule.due', { count: due.length })}
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {due.slice(0, shownPeriods).map((p) => (
          <li key={p.from}>{duePeriodText(t, p)}</li>
        ))}
        {due.length > shownPeriods && <li>{t('expui.dueMore', { count: due.length - shownPeriods })}</li>}
      </ul>
    </Alert>
  );
}
