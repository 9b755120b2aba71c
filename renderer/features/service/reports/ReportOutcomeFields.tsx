import Box from '@mui/material/Box';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { serviceResults, type ServiceResult } from '@shared/service/report';
import { useT } from '../../../i18n/context';
import { DateField } from '../common/DateField';
import { StaffPicker } from '../../../components/pickers/StaffPicker';
import { ProblemsEditor } from './ProblemsEditor';
import type { ReportFormValues } from './report-form';

interface Props {
  values: ReportFormValues;
  errors: Record<string, string>;
  update: (change: Partial<ReportFormValues>) => void;
}

/** 服务结果, 遗留问题 (with the issues' owner and due date), 客户意见 and 客户签名. */
export function ReportOutcomeFields({ values, errors, update }: Props) {
  const t = useT();
  return (
    <>
      <Stack spacing={0.5} sx={{ gridColumn: '1 / -1' }}>
        <FormLabel id="report-result-label" sx={{ fontSize: '0.75rem' }}>
          {t('service.report.field.result')}
        </FormLabel>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={values.result}
          aria-labelledby="report-result-label"
          onChange={(_e, result: ServiceResult | null) => result && update({ result })}
        >
          {serviceResults.map((r) => (
            <ToggleButton key={r} value={r}>
              {t(`service.result.${r}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <ProblemsEditor lines={values.unresolved} errors={errors} onChange={(unresolved) => update({ unresolved })} />
      </Box>
      {values.unresolved.length > 0 && (
        <>
          <StaffPicker label={t('svcui.report.issueOwner')} value={values.ownerId ?? values.technicianIds[0] ?? null} onChange={(ownerId) => update({ ownerId })} error={errors.ownerId} />
          <DateField label={t('svcui.report.issueDue')} value={values.dueDate} onChange={(dueDate) => update({ dueDate })} error={errors.dueDate} helperText={t('svcui.report.issueDueHint')} />
        </>
      )}
      <TextField
        label={t('service.report.field.feedback')}
        multiline
        minRows={2}
        size="small"
        value={values.feedback}
        onChange={(e) => update({ feedback: e.target.value })}
        error={errors.feedback !== undefined}
        helperText={errors.feedback}
        sx={{ gridColumn: '1 / -1' }}
      />
      <TextField
        label={t('service.report.field.signature')}
        required
        size="small"
        value={values.customerSignatureName}
        onChange={(e) => update({ customerSignatureName: e.target.value })}
        error={errors.customerSignatureName !== undefined}
        helperText={errors.customerSignatureName}
      />
    </>
  );
}
