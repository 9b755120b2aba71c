import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { exportableKinds, type ExportableKind } from '@shared/records/export-schedule';
import { useT } from '../../i18n/context';
import { kindLabel } from './export-view';

interface Props {
  value: readonly ExportableKind[];
  onChange: (kinds: ExportableKind[]) => void;
  error?: string;
  disabled?: boolean;
}

/** 导出内容: which kinds of records go into the workbook, one sheet each (in the fixed order). */
export function KindChecks({ value, onChange, error, disabled }: Props) {
  const t = useT();
  const toggle = (k: ExportableKind, on: boolean) => onChange(exportableKinds.filter((x) => (x === k ? on : value.includes(x))));
  return (
    <div role="group" aria-label={t('exportSchedule.field.kinds')}>
      <FormLabel sx={{ fontSize: '0.75rem' }}>{t('exportSchedule.field.kinds')}</FormLabel>
      <FormGroup row>
        {exportableKinds.map((k) => (
          <FormControlLabel key={k} disabled={disabled} control={<Checkbox size="small" checked={value.includes(k)} onChange={(e) => toggle(k, e.target.checked)} />} label={t(kindLabel[k])} />
        ))}
      </FormGroup>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </div>
  );
}
