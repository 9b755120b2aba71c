import dayjs from 'dayjs';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { callDirections } from '@shared/domain/call-log';
import { useT } from '../../i18n/context';
import { directionLabel } from './call-labels';
import { ToggleField } from '../../components/ToggleField';
import type { CallForm } from './use-call-form';

/** 方向 and 时间: the first row of the quick entry (time defaults to now). */
export function CallWhenFields({ form }: { form: CallForm }) {
  const t = useT();
  const { values, errors, set } = form;
  return (
    <>
      <ToggleField
        label={t('call.field.direction')}
        value={values.direction}
        options={callDirections.map((d) => ({ value: d, label: t(directionLabel[d]) }))}
        onChange={(d) => set('direction', d)}
      />
      <DateTimePicker
        label={t('call.field.at')}
        value={Number.isNaN(values.at) ? null : dayjs(values.at)}
        onChange={(v) => set('at', v?.isValid() ? v.valueOf() : Number.NaN)}
        ampm={false}
        format="YYYY-MM-DD HH:mm"
        slotProps={{ textField: { error: errors.at !== undefined, helperText: errors.at } }}
      />
    </>
  );
}
