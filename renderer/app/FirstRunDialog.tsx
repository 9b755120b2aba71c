import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useT } from '../i18n/context';
import { useFirstRun } from './use-first-run';

/** On an empty database: start with a few example customers and calls, or with nothing. */
export function FirstRunDialog() {
  const t = useT();
  const { isOpen, error, busy, loadDemo, startEmpty } = useFirstRun();
  return (
    <Dialog open={isOpen} maxWidth="xs" aria-labelledby="first-run-title">
      <DialogTitle id="first-run-title">{t('firstRun.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('firstRun.body')}</DialogContentText>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void startEmpty()} disabled={busy}>
          {t('firstRun.empty')}
        </Button>
        <Button variant="contained" onClick={() => void loadDemo()} disabled={busy} autoFocus>
          {t('firstRun.demo')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
