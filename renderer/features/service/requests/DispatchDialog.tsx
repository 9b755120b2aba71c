import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isAnalysisComplete } from '@shared/service/request-flow';
import { useT } from '../../../i18n/context';
import type { StoredServiceRequest } from '../../../db/service-requests-repo';
import { DateTimeField } from '../common/DateTimeField';
import { StaffMultiPicker } from '../common/StaffMultiPicker';
import { dispatchFormFor, fieldErrors, type DispatchFormValues } from './dispatch-form';
import { useDispatchSave } from './use-dispatch-save';

interface Props {
  request: StoredServiceRequest;
  /** 'change': SVC-2, a planned dispatch changes only with a reason and the supervisor's approval. */
  mode: 'dispatch' | 'change';
  onClose: () => void;
  onSaved: () => void;
  /** SVC-2: the change was submitted for the supervisor's approval instead of signed on the spot. */
  onSubmitted?: () => void;
}

/** 派工 / 变更派工: technician(s) and the planned visit; a borrowed technician names their department's manager. */
export function DispatchDialog({ request, mode, onClose, onSaved, onSubmitted }: Props) {
  const t = useT();
  const [values, setValues] = useState<DispatchFormValues>(() => dispatchFormFor(request, Date.now()));
  const save = useDispatchSave(request, mode);
  const errors = fieldErrors(save.refusal.fields);
  const update = (change: Partial<DispatchFormValues>) => (setValues((v) => ({ ...v, ...change })), save.clear());
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await save.run(values)) onSaved();
  };
  const ask = async () => {
    if (await save.ask(values)) (onSubmitted ?? onSaved)();
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="dispatch-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="dispatch-title">{t(mode === 'change' ? 'svcui.dispatch.changeTitle' : 'svcui.dispatch.title', { no: request.no })}</DialogTitle>
        <DialogContent>
          <Stack spacing={1.5} sx={{ pt: 1 }}>
            {mode === 'dispatch' && !isAnalysisComplete(request.analysis) && <Alert severity="warning">{t('service.dispatch.error.analysisRequired')}</Alert>}
            <StaffMultiPicker label={t('service.dispatch.field.technicians')} value={values.technicianIds} onChange={(technicianIds) => update({ technicianIds })} error={errors.technicianIds} required />
            <DateTimeField label={t('service.dispatch.field.plannedAt')} value={values.plannedAt} onChange={(plannedAt) => update({ plannedAt })} error={errors.plannedAt} required />
            <FormControlLabel control={<Checkbox checked={values.borrowed} onChange={(e) => update({ borrowed: e.target.checked })} />} label={t('svcui.dispatch.borrowed')} />
            {values.borrowed && (
              <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                <TextField size="small" required label={t('service.dispatch.field.borrowDepartment')} value={values.department} onChange={(e) => update({ department: e.target.value })} error={errors['borrowed.department'] !== undefined} helperText={errors['borrowed.department']} />
                <TextField size="small" required label={t('service.dispatch.field.borrowManager')} value={values.managerName} onChange={(e) => update({ managerName: e.target.value })} error={errors['borrowed.managerName'] !== undefined} helperText={errors['borrowed.managerName']} />
              </Stack>
            )}
            {values.borrowed && (
              <DateTimeField label={t('service.dispatch.field.borrowApprovedAt')} value={values.approvedAt} onChange={(approvedAt) => update({ approvedAt })} error={errors['borrowed.approvedAt']} required />
            )}
            {mode === 'change' && (
              <TextField size="small" required multiline minRows={2} label={t('service.dispatch.field.changeReason')} value={values.reason} onChange={(e) => update({ reason: e.target.value })} error={errors.reason !== undefined} helperText={errors.reason ?? t('svcui.dispatch.changeHint')} />
            )}
            {mode === 'change' && <Typography variant="body2" color="text.secondary">{t('apprui.dispatch.hint')}</Typography>}
            {save.refusal.message && <Alert severity="error">{save.refusal.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          {mode === 'change' && (
            <Button variant="outlined" disabled={save.busy} onClick={() => void ask()}>
              {t('apprui.dispatch.request')}
            </Button>
          )}
          <Button type="submit" variant="contained" disabled={save.busy}>
            {t(mode === 'change' ? 'svcui.dispatch.changeSave' : 'svcui.dispatch.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
