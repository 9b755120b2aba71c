import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/db';
import { listDuePeriods } from '../../db/export-schedule-repo';
import { useT } from '../../i18n/context';
import { exportsHash } from './exports-tabs';

/** REC-2 for the header or the Today board: "本期导出未完成" while a period is due, with a link to 导出. */
export function ExportDueBanner() {
  const t = useT();
  const due = useLiveQuery(() => listDuePeriods(getDb()), []);
  if (!due || due.length === 0 || window.location.hash.startsWith(exportsHash)) return null;
  return (
    <Alert
      severity="warning"
      action={
        <Button color="inherit" size="small" href={exportsHash}>
          {t('expui.openExports')}
        </Button>
      }
    >
      {t('expui.dueTitle')} · {t('exportSchedule.due', { count: due.length })}
    </Alert>
  );
}
