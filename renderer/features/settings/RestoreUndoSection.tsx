import RestoreIcon from '@mui/icons-material/Restore';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { useT } from '../../i18n/context';
import { SettingsSection } from './SettingsSection';
import { useLastRestore } from './use-last-restore';

const when = (at: number) => dayjs(at).format('YYYY-MM-DD HH:mm');

/** 上次恢复: shown to a supervisor while the data from before the last restore is kept (a week, or until confirmed). */
export function RestoreUndoSection() {
  const t = useT();
  const last = useLastRestore();
  const { restore } = last;
  return (
    <>
      {restore && (
        <SettingsSection title={t('restoreUndo.title')}>
          <Typography role="status">
            {restore.fileName
              ? t('restoreUndo.info', { at: when(restore.at), file: restore.fileName, until: when(restore.keptUntil) })
              : t('restoreUndo.infoNoFile', { at: when(restore.at), until: when(restore.keptUntil) })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('restoreUndo.hint')}
          </Typography>
          <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button variant="outlined" startIcon={<TaskAltIcon />} disabled={last.busy} onClick={() => void last.confirm()}>
              {t('restoreUndo.confirm')}
            </Button>
            <Button variant="outlined" color="warning" startIcon={<RestoreIcon />} disabled={last.busy} onClick={() => void last.undo()}>
              {t('restoreUndo.undo')}
            </Button>
          </Stack>
        </SettingsSection>
      )}
      <NoticeSnackbar notice={last.notice} onClose={last.clearNotice} />
    </>
  );
}
