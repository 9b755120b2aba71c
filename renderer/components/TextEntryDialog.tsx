import { useState, type FormEvent, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button, { type ButtonProps } from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useT } from '../i18n/context';
import { noRefusal, refusalOf, type Refusal } from './refusal';

interface Props {
  /** The title's id: each dialog keeps its own, so its accessible name (what the tests find) stays put. */
  titleId: string;
  title: string;
  /** What the text is about (the discrepancy, the call, the request), above the field; omitted when none. */
  description?: ReactNode;
  label: string;
  /** The validation path refused at the field (e.g. 'reason', 'handled.how'); other refusals go to the alert. */
  fieldPath: string;
  submitLabel: string;
  submitColor?: ButtonProps['color'];
  minRows?: number;
  required?: boolean;
  initialValue?: string;
  /**
   * Writes the text. Throws → the refusal is shown (at the field or in the alert); resolves false →
   * the user cancelled a follow-up step (e.g. the supervisor's signature), the dialog stays open;
   * resolves true → done, the caller closes the dialog.
   */
  onSubmit: (text: string) => Promise<boolean>;
  onClose: () => void;
}

/** A dialog that asks for one piece of text (a reason, a resolution, a note) and writes it. */
export function TextEntryDialog(props: Props) {
  const { titleId, title, description, label, fieldPath, submitLabel, submitColor = 'primary', minRows = 2, required = false, initialValue = '', onSubmit, onClose } = props;
  const t = useT();
  const [text, setText] = useState(initialValue);
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);
  const fieldError = refusal.fields[fieldPath];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      // Once done, stay busy: the caller unmounts the dialog, and a second click must not write twice.
      if (!(await onSubmit(text))) setBusy(false);
    } catch (err) {
      setRefusal(refusalOf(t, err, (path) => path === fieldPath));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby={titleId}>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {description !== undefined && (
            <DialogContentText component="div" sx={{ mb: 1, whiteSpace: 'pre-wrap' }}>{description}</DialogContentText>
          )}
          <TextField
            sx={{ mt: 1 }}
            autoFocus
            multiline
            minRows={minRows}
            required={required}
            label={label}
            value={text}
            slotProps={{ htmlInput: { 'data-autofocus': true } }}
            onChange={(e) => (setText(e.target.value), setRefusal(noRefusal))}
            error={fieldError !== undefined}
            helperText={fieldError}
          />
          {refusal.message && <Alert severity="error" sx={{ mt: 1.5 }}>{refusal.message}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" color={submitColor} disabled={busy}>{submitLabel}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
