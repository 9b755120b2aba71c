import { useState } from 'react';
import dayjs from 'dayjs';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '@shared/domain/local-date';
import { defaultExportSchedule, exportPeriods, type ExportSchedule } from '@shared/records/export-schedule';
import { useActor, useCan } from '../../auth';
import { errorText } from '../../auth/error-text';
import type { Notice } from '../../components/notice';
import { getDb } from '../../db/db';
import { getExportSchedule, setExportSchedule } from '../../db/export-schedule-repo';
import { useT } from '../../i18n/context';
import { KindChecks } from './KindChecks';
import { useExportFolder } from '../../components/use-export-folder';

/** 定期导出 (REC-2): weekly or monthly, which kinds, and (Electron) the folder the files go to. */
export function ScheduleSection({ onNotice }: { onNotice: (n: Notice) => void }) {
  const stored = useLiveQuery(async () => (await getExportSchedule(getDb())) ?? defaultExportSchedule(toIsoDate(Date.now())), []);
  // Mounted once the stored schedule is read, so the form starts from it.
  return stored ? <ScheduleForm key={JSON.stringify(stored)} initial={stored} onNotice={onNotice} /> : null;
}

function ScheduleForm({ initial, onNotice }: { initial: ExportSchedule; onNotice: (n: Notice) => void }) {
  const t = useT();
  const actor = useActor();
  const mayManage = useCan('settings.manage');
  const folder = useExportFolder();
  const [value, setValue] = useState(initial);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async () => {
    setFailure(null);
    try {
      await setExportSchedule(getDb(), actor, value);
      onNotice({ severity: 'success', text: t('expui.scheduleSaved') });
    } catch (e) {
      setFailure(errorText(t, e));
    }
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 760 }}>
      <Typography variant="body2" color="text.secondary">
        {t('expui.scheduleIntro')}
      </Typography>
      <div>
        <FormLabel id="export-period" sx={{ fontSize: '0.75rem' }}>
          {t('exportSchedule.field.period')}
        </FormLabel>
        <RadioGroup row aria-labelledby="export-period" value={value.period} onChange={(e) => setValue((v) => ({ ...v, period: e.target.value === 'weekly' ? 'weekly' : 'monthly' }))}>
          {exportPeriods.map((p) => (
            <FormControlLabel key={p} value={p} disabled={!mayManage} control={<Radio size="small" />} label={t(`exportSchedule.period.${p}`)} />
          ))}
        </RadioGroup>
      </div>
      <KindChecks value={value.kinds} onChange={(kinds) => setValue((v) => ({ ...v, kinds }))} disabled={!mayManage} error={value.kinds.length === 0 ? t('exportSchedule.error.kindsRequired') : undefined} />
      <DatePicker
        label={t('exportSchedule.field.since')}
        value={value.since ? dayjs(value.since) : null}
        onChange={(v) => setValue((s) => ({ ...s, since: v?.isValid() ? v.format('YYYY-MM-DD') : '' }))}
        disabled={!mayManage}
        format="YYYY-MM-DD"
        slotProps={{ textField: { size: 'small', helperText: t('expui.sinceHint'), sx: { width: 340 } } }}
      />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2">{folder.kind === 'electron' ? t('expui.folder', { folder: folder.folder ?? t('expui.folderUnset') }) : t('expui.folderBrowser')}</Typography>
        {folder.kind === 'electron' && mayManage && (
          <Button size="small" variant="outlined" onClick={() => void folder.choose()}>
            {t('expui.chooseFolder')}
          </Button>
        )}
      </Stack>
      {folder.error && <Alert severity="error">{folder.error}</Alert>}
      {failure && <Alert severity="error">{failure}</Alert>}
      {mayManage ? (
        <Button variant="contained" sx={{ alignSelf: 'flex-start' }} disabled={value.kinds.length === 0 || !value.since} onClick={() => void save()}>
          {t('action.save')}
        </Button>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('expui.scheduleSupervisorOnly')}
        </Typography>
      )}
    </Stack>
  );
}
