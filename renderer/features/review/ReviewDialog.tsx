import { useState, type FormEvent } from 'react';
import dayjs from 'dayjs';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import type { ReviewTarget } from '@shared/review/review';
import { useActor } from '../../auth';
import { errorText } from '../../auth/error-text';
import { getDb } from '../../db/db';
import { reviewRecords } from '../../db/reviews-repo';
import { useT } from '../../i18n/context';
import { issuesByPath } from '../../i18n/issue-text';
import { ValidationError } from '@shared/validation';
import { StaffPicker } from '../../components/pickers/StaffPicker';

interface Props {
  targets: ReviewTarget[];
  onClose: () => void;
  onReviewed: (count: number, followUp: boolean) => void;
}

/** REV-1: one comment for the selected records, and optionally a follow-up that becomes an outstanding issue. */
export function ReviewDialog({ targets, onClose, onReviewed }: Props) {
  const t = useT();
  const actor = useActor();
  const [comment, setComment] = useState('');
  const [withFollowUp, setWithFollowUp] = useState(false);
  const [description, setDescription] = useState('');
  const [ownerId, setOwnerId] = useState<number | null>(null);
  const [dueDate, setDueDate] = useState(() => dayjs().add(7, 'day').format('YYYY-MM-DD'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const followUp = withFollowUp ? { description, ...(ownerId !== null ? { ownerId } : {}), dueDate } : undefined;
      await reviewRecords(getDb(), actor, targets, { comment, ...(followUp ? { followUp } : {}) });
      onReviewed(targets.length, followUp !== undefined && description.trim() !== '');
    } catch (err) {
      if (err instanceof ValidationError) setErrors(issuesByPath(t, err.issues));
      setFailure(errorText(t, err));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="review-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="review-title">{t('revui.dialog.title', { count: targets.length })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('revui.dialog.hint')}</DialogContentText>
          <Stack spacing={1.5} sx={{ pt: 1.5 }}>
            <TextField multiline minRows={2} size="small" label={t('review.field.comment')} value={comment} onChange={(e) => setComment(e.target.value)} error={errors.comment !== undefined} helperText={errors.comment} />
            <FormControlLabel control={<Checkbox checked={withFollowUp} onChange={(e) => setWithFollowUp(e.target.checked)} />} label={t('revui.dialog.withFollowUp')} />
            {withFollowUp && (
              <>
                <TextField multiline minRows={2} size="small" required label={t('review.field.followUp')} value={description} onChange={(e) => setDescription(e.target.value)} error={errors['followUp.description'] !== undefined} helperText={errors['followUp.description']} />
                <Stack direction="row" spacing={1}>
                  <StaffPicker label={t('service.outstanding.field.owner')} value={ownerId} onChange={setOwnerId} error={errors['followUp.ownerId']} />
                  <DatePicker
                    label={t('service.outstanding.field.dueDate')}
                    value={dueDate ? dayjs(dueDate) : null}
                    onChange={(v) => setDueDate(v?.isValid() ? v.format('YYYY-MM-DD') : '')}
                    format="YYYY-MM-DD"
                    slotProps={{ textField: { size: 'small', error: errors['followUp.dueDate'] !== undefined, helperText: errors['followUp.dueDate'] } }}
                  />
                </Stack>
              </>
            )}
            {failure && <Alert severity="error">{failure}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('revui.dialog.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
