import dayjs from 'dayjs';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import type { StaffMember } from '@shared/auth/roles';
import { auditTables, tableLabel } from '../../components/audit-text';
import { useT } from '../../i18n/context';
import { emptyAuditFilter, isFiltered, type AuditFilterValues } from './audit-filter';

interface Props {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
  staff: StaffMember[];
}

const dayFormat = 'YYYY-MM-DD';
const toDay = (v: dayjs.Dayjs | null) => (v?.isValid() ? v.format(dayFormat) : '');

/** 员工 · 数据表 · 记录编号 · 开始/结束日期: each narrows the trail at once. */
export function AuditFilters({ value, onChange, staff }: Props) {
  const t = useT();
  const set = <K extends keyof AuditFilterValues>(k: K, v: AuditFilterValues[K]) => onChange({ ...value, [k]: v });
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <TextField
        select
        label={t('audit.filter.staff')}
        value={value.staffId === '' ? '' : String(value.staffId)}
        onChange={(e) => set('staffId', e.target.value === '' ? '' : Number(e.target.value))}
        sx={{ width: 140 }}
      >
        <MenuItem value="">{t('audit.filter.all')}</MenuItem>
        {staff.map((s) => (
          <MenuItem key={s.id} value={String(s.id)}>
            {s.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label={t('audit.filter.table')} value={value.table} onChange={(e) => set('table', e.target.value)} sx={{ width: 150 }}>
        <MenuItem value="">{t('audit.filter.all')}</MenuItem>
        {auditTables.map((table) => (
          <MenuItem key={table} value={table}>
            {tableLabel(t, table)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('audit.filter.recordId')}
        value={value.recordId}
        onChange={(e) => set('recordId', e.target.value)}
        sx={{ width: 120 }}
        slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      />
      <DatePicker
        label={t('audit.filter.from')}
        value={value.from ? dayjs(value.from) : null}
        onChange={(v) => set('from', toDay(v))}
        format={dayFormat}
        slotProps={{ textField: { sx: { width: 160 } }, field: { clearable: true } }}
      />
      <DatePicker
        label={t('audit.filter.to')}
        value={value.to ? dayjs(value.to) : null}
        onChange={(v) => set('to', toDay(v))}
        format={dayFormat}
        slotProps={{ textField: { sx: { width: 160 } }, field: { clearable: true } }}
      />
      {isFiltered(value) && <Button onClick={() => onChange(emptyAuditFilter)}>{t('audit.filter.clear')}</Button>}
    </Stack>
  );
}
