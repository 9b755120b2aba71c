import dayjs from 'dayjs';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { validateDateRange } from '@shared/domain/local-date';
import { useT } from '../../i18n/context';
import { issuesByPath } from '../../i18n/issue-text';
import { dayFormat, type DayRange } from './date-range';

interface Props {
  range: DayRange;
  onChange: (range: DayRange) => void;
}

/** 开始日期 – 结束日期 (inclusive). A half-typed or reversed range says why and lists nothing. */
export function CallRangeFilter({ range, onChange }: Props) {
  const t = useT();
  const error = issuesByPath(t, validateDateRange(range.from, range.to));
  const message = error.from ?? error.to;
  const toDay = (v: dayjs.Dayjs | null) => (v?.isValid() ? v.format(dayFormat) : '');
  return (
    <Stack sx={{ width: 330, flexShrink: 0 }}>
      <Stack direction="row" spacing={1}>
        <DatePicker
          label={t('calls.range.from')}
          value={range.from ? dayjs(range.from) : null}
          onChange={(v) => onChange({ ...range, from: toDay(v) })}
          format={dayFormat}
          slotProps={{ textField: { error: error.from !== undefined } }}
        />
        <DatePicker
          label={t('calls.range.to')}
          value={range.to ? dayjs(range.to) : null}
          onChange={(v) => onChange({ ...range, to: toDay(v) })}
          format={dayFormat}
          slotProps={{ textField: { error: error.to !== undefined } }}
        />
      </Stack>
      {/* One line under both fields, so the toolbar does not grow by two wrapped lines. */}
      {message && (
        <FormHelperText error role="alert">
          {message}
        </FormHelperText>
      )}
    </Stack>
  );
}
