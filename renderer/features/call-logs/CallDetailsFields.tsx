import dayjs from 'dayjs';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { callTopics } from '@shared/domain/call-log';
import { useT } from '../../i18n/context';
import { topicLabel } from './call-labels';
import { dayFormat } from './date-range';
import { ToggleField } from '../../components/ToggleField';
import type { CallForm } from './use-call-form';

const fullRow = { gridColumn: '1 / -1' } as const;

/** 主题, 内容, 处理结果 and 回访日期: what the call was about and what comes next. */
export function CallDetailsFields({ form }: { form: CallForm }) {
  const t = useT();
  const { values, errors, set } = form;
  return (
    <>
      <Box sx={fullRow}>
        <ToggleField
          label={t('call.field.topic')}
          value={values.topic}
          options={callTopics.map((topic) => ({ value: topic, label: t(topicLabel[topic]) }))}
          onChange={(topic) => set('topic', topic)}
        />
      </Box>
      <TextField
        label={t('call.field.content')}
        value={values.content}
        onChange={(e) => set('content', e.target.value)}
        error={errors.content !== undefined}
        helperText={errors.content}
        multiline
        minRows={3}
        sx={fullRow}
      />
      <TextField
        label={t('call.field.result')}
        value={values.result}
        onChange={(e) => set('result', e.target.value)}
        error={errors.result !== undefined}
        helperText={errors.result}
        sx={fullRow}
      />
      <DatePicker
        label={t('call.field.followUpDate')}
        value={values.followUpDate ? dayjs(values.followUpDate) : null}
        onChange={(v) => set('followUpDate', v?.isValid() ? v.format(dayFormat) : '')}
        format={dayFormat}
        slotProps={{
          textField: { error: errors.followUpDate !== undefined, helperText: errors.followUpDate },
          field: { clearable: true },
        }}
      />
    </>
  );
}
