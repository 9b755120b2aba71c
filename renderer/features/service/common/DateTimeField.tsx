import dayjs from 'dayjs';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';

interface Props {
  label: string;
  /** Epoch ms; NaN while cleared or half typed. */
  value: number;
  onChange: (ms: number) => void;
  error?: string;
  required?: boolean;
}

/** A local date and time to the minute (到达时间, 计划上门时间 …). */
export function DateTimeField({ label, value, onChange, error, required }: Props) {
  return (
    <DateTimePicker
      label={label}
      value={Number.isNaN(value) ? null : dayjs(value)}
      onChange={(v) => onChange(v?.isValid() ? v.valueOf() : Number.NaN)}
      ampm={false}
      format="YYYY-MM-DD HH:mm"
      slotProps={{ textField: { size: 'small', required, error: error !== undefined, helperText: error } }}
    />
  );
}
