import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import type { StoredServiceRequest } from '../../../db/service-requests-repo';
import { useT } from '../../../i18n/context';
import { CustomerPicker } from '../../../components/pickers/CustomerPicker';
import { DateTimeField } from '../common/DateTimeField';
import { StaffMultiPicker } from '../common/StaffMultiPicker';
import { PartsEditor } from './PartsEditor';
import { reportFormFor, type ReportFormValues } from './report-form';
import { ReportOutcomeFields } from './ReportOutcomeFields';
import { useReportSave } from './use-report-save';

interface Props {
  /** The request visited; none for a report written on its own. */
  request?: StoredServiceRequest;
  onClose: () => void;
  onSaved: (notice: string) => void;
}

/**
 * 服务报告 (SVC-3): the visit's times, technicians, work done, parts used (posted against stock), result,
 * feedback and the customer's signature name; problems left open become outstanding issues.
 */
export function ReportFormDialog({ request, onClose, onSaved }: Props) {
  const t = useT();
  const [values, setValues] = useState<ReportFormValues>(() => reportFormFor(request));
  const save = useReportSave();
  const errors = save.refusal.fields;
  const update = (change: Partial<ReportFormValues>) => (setValues((v) => ({ ...v, ...change })), save.clear());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const notice = await save.run(values);
    if (notice) onSaved(notice);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="report-form-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="report-form-title">{request ? t('svcui.report.titleFor', { no: request.no }) : t('svcui.report.new')}</DialogTitle>
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5, pt: 1, alignItems: 'start' }}>
            <CustomerPicker label={t('service.report.field.customer')} value={values.customerId} onChange={(customerId) => update({ customerId })} error={errors.customerId} required />
            <StaffMultiPicker label={t('service.report.field.technicians')} value={values.technicianIds} onChange={(technicianIds) => update({ technicianIds })} error={errors.technicianIds} required />
            <DateTimeField label={t('service.report.field.arrivalAt')} value={values.arrivalAt} onChange={(arrivalAt) => update({ arrivalAt })} error={errors.arrivalAt} required />
            <DateTimeField label={t('service.report.field.departureAt')} value={values.departureAt} onChange={(departureAt) => update({ departureAt })} error={errors.departureAt} required />
            <TextField
              label={t('service.report.field.workDone')}
              required
              multiline
              minRows={3}
              size="small"
              value={values.workDone}
              onChange={(e) => update({ workDone: e.target.value })}
              error={errors.workDone !== undefined}
              helperText={errors.workDone}
              sx={{ gridColumn: '1 / -1' }}
            />
            <Box sx={{ gridColumn: '1 / -1' }}>
              <PartsEditor rows={values.parts} errors={errors} onChange={(parts) => update({ parts })} />
            </Box>
            <ReportOutcomeFields values={values} errors={errors} update={update} />
            {save.refusal.message && (
              <Alert severity="error" sx={{ gridColumn: '1 / -1' }}>
                {save.refusal.message}
              </Alert>
            )}
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={save.busy}>
            {t('svcui.report.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
