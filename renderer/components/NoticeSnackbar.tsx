import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import type { Notice } from './notice';

/** Saved / exported / refused: a short notice at the bottom; errors stay until closed. */
export function NoticeSnackbar({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  // Keep showing the last notice while the snackbar slides out, instead of an empty grey box.
  const [shown, setShown] = useState(notice);
  if (notice !== null && notice !== shown) setShown(notice);
  return (
    <Snackbar
      open={notice !== null}
      onClose={(_e, reason) => reason !== 'clickaway' && onClose()}
      autoHideDuration={shown?.severity === 'error' ? null : 6000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert severity={shown?.severity ?? 'info'} variant="filled" onClose={onClose} sx={{ minWidth: 360 }}>
        {shown?.text}
      </Alert>
    </Snackbar>
  );
}
