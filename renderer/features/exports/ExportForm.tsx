import { useState } from 'react';
import dayjs from 'dayjs';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { toIsoDate, validateDateRange } from '@shared/domain/local-date';
import { exportableKinds, type ExportableKind } from '@shared/records/export-schedule';
import type { DateRange } from '@shared/records/periods';
import { useCan } from '../../auth';
import { useT } from '../../i18n/context';
import { issuesByPath } from '../../i18n/issue-text';
import { thisAndLastMonth } from './export-view';
import { KindChecks } from './KindChecks';

interface Props {
  busy: boolean;
  onExport: (kinds: ExportableKind[], range: DateRange) => void;
}

const day = (v: dayjs.Dayjs | null) => (v?.isValid() ? v.format('YYYY-MM-DD') : '');

/** 导出 Excel: a date range and the kinds, one workbook with a sheet per kind and the summary (REC-2). */
export function ExportForm({ busy, onExport }: Props) {
  const t = useT();
  const mayExport = useCan('export');
  const [quick] = useState(() => thisAndLastMonth(toIsoDate(Date.now())));
  const [range, setRange] = useState<DateRange>(quick.thisMonth);
  const [kinds, setKinds] = useState<ExportableKind[]>([...exportableKinds]);
  const errors = issuesByPath(t, validateDateRange(range.from, range.to));
  const ok = Object.keys(errors).length === 0 && kinds.length > 0;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <DatePicker label={t('calls.range.from')} value={range.from ? dayjs(range.from) : null} onChange={(v) => setRange((r) => ({ ...r, from: day(v) }))} format="YYYY-MM-DD" slotProps={{ textField: { size: 'small', error: errors.from !== undefined, helperText: errors.from, sx: { width: 180 } } }} />
        <DatePicker label={t('calls.range.to')} value={range.to ? dayjs(range.to) : null} onChange={(v) => setRange((r) => ({ ...r, to: day(v) }))} format="YYYY-MM-DD" slotProps={{ textField: { size: 'small', error: errors.to !== undefined, helperText: errors.to, sx: { width: 180 } } }} />
        <Button size="small" onClick={() => setRange(quick.thisMonth)}>
          {t('expui.thisMonth')}
        </Button>
        <Button size="small" onClick={() => setRange(quick.lastMonth)}>
          {t('expui.lastMonth')}
        </Button>
        {mayExport && (
          <Button variant="contained" startIcon={<FileDownloadIcon />} disabled={busy || !ok} onClick={() => onExport(kinds, range)}>
            {t('action.export')}
          </Button>
        )}
      </Stack>
      <KindChecks value={kinds} onChange={setKinds} error={kinds.length === 0 ? t('exportSchedule.error.kindsRequired') : undefined} />
    </Stack>
  );
}
