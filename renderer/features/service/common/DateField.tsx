import dayjs from 'dayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';

interface Props {
  label: string;
  /** 'YYYY-MM-DD', or '' when not filled. */
  value: string;
  onChange: (day: string) => void;
  error?: string;
  required?: boolean;
  helperText?: string;
}

/** A local date (服务日期, 期限 …). */
export function DateField({ label, value, onChange, error, required, helperText }: Props) {
  return (
    <DatePicker
      label={label}
      value={value ? dayjs(value) : null}
      onChange={(v) => onChange(v?.isValid() ? v.format('YYYY-MM-DD') : '')}
      format="YYYY-MM-DD"
      slotProps={{ textField: { size: 'small', required, error: error !== undefined, helperText: error ?? helperText } }}
    />
  );
}
