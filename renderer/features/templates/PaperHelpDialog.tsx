import { useId } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { Translate } from '@shared/i18n';

const steps = [
  'designer.printer.paperHelp.1',
  'designer.printer.paperHelp.2',
  'designer.printer.paperHelp.3',
  'designer.printer.paperHelp.4',
  'designer.printer.paperHelp.5',
] as const;

/** How to define the custom paper size (241×140, 241×93, 230×127 …) in Windows, step by step. */
export function PaperHelpDialog({ open, onClose, t }: { open: boolean; onClose: () => void; t: Translate }) {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="md">
      <DialogTitle id={titleId}>{t('designer.printer.paperHelpTitle')}</DialogTitle>
      <DialogContent>
        {steps.map((key) => (
          <Typography key={key} variant="body2" sx={{ mb: 1.5 }}>
            {t(key)}
          </Typography>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
