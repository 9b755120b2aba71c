import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/context';
import { RestoreChanges } from './RestoreChanges';
import { RestorePasswordStep } from './RestorePasswordStep';
import { RestoreSummary } from './RestoreSummary';
import { isConfirmed, type Restore } from './use-restore';

/**
 * 从备份文件恢复: (the backup password for a file from another PC) → the file's summary and what would
 * change (staff, audit trail; the confirmations it needs) → 恢复 (supervisor approval) → progress →
 * reload, or why not.
 */
export function RestoreDialog({ restore }: { restore: Restore }) {
  const t = useT();
  const { state } = restore;
  const busy = state.step === 'reading' || state.step === 'running' || state.step === 'done';
  const checked = state.step === 'summary' || state.step === 'running' ? state : null;
  return (
    <Dialog open={state.step !== 'idle'} onClose={busy ? undefined : restore.close} maxWidth="sm" fullWidth aria-labelledby="restore-title">
      <DialogTitle id="restore-title">{t('restore.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5}>
          {state.step === 'reading' && <Progress text={t('settings.backup.reading')} />}
          {state.step === 'password' && (
            <RestorePasswordStep origin={state.origin} wrong={state.wrong} busy={state.busy} onUnlock={(p) => void restore.unlock(p)} />
          )}
          {checked && (
            <>
              <RestoreChanges checked={checked.checked} confirmed={checked.confirmed} onConfirm={restore.confirmations} disabled={state.step === 'running'} />
              <RestoreSummary fileName={checked.checked.file.fileName} manifest={checked.checked.manifest} />
              <Alert severity="warning">{t('restore.warning')}</Alert>
            </>
          )}
          {state.step === 'running' && <Progress text={state.progress.text} percent={state.progress.percent} />}
          {state.step === 'done' && <Alert severity="success">{t('restore.done')}</Alert>}
          {state.step === 'failed' && <Alert severity="error">{state.message}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={restore.close} disabled={busy}>
          {state.step === 'failed' ? t('action.close') : t('action.cancel')}
        </Button>
        {checked && (
          <Button
            variant="contained"
            color="warning"
            onClick={() => void restore.confirm()}
            disabled={state.step === 'running' || !isConfirmed(checked.checked, checked.confirmed)}
          >
            {t('restore.confirm')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

/** A phase line over a bar: determinate when the percentage is known. */
function Progress({ text, percent }: { text: string; percent?: number }) {
  return (
    <Box role="status" aria-live="polite">
      <Typography variant="body2">{text}</Typography>
      <LinearProgress
        variant={percent === undefined ? 'indeterminate' : 'determinate'}
        value={percent}
        aria-label={text}
      />
    </Box>
  );
}
