import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { priorities, type Priority } from '@shared/service/request';
import { useT } from '../../../i18n/context';

interface Props {
  value: Priority;
  onChange: (p: Priority) => void;
  helperText?: string;
}

/** 优先级: 1 最高 … 4 低; it starts from the customer's grade and key-customer flag and can be changed. */
export function PriorityField({ value, onChange, helperText }: Props) {
  const t = useT();
  return (
    <TextField
      select
      size="small"
      label={t('service.request.field.priority')}
      value={String(value)}
      onChange={(e) => onChange(priorities.find((p) => String(p) === e.target.value) ?? value)}
      helperText={helperText}
      sx={{ width: 160 }}
    >
      {priorities.map((p) => (
        <MenuItem key={p} value={String(p)}>
          {t(`service.priority.${p}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
