import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/context';

interface Props {
  lines: string[];
  errors: Record<string, string>;
  onChange: (lines: string[]) => void;
}

/** 遗留问题 (SVC-3): one line per problem left open; each becomes an outstanding issue when saved. */
export function ProblemsEditor({ lines, errors, onChange }: Props) {
  const t = useT();
  return (
    <Stack spacing={1} role="group" aria-label={t('service.report.field.unresolved')}>
      <Typography variant="subtitle2">{t('service.report.field.unresolved')}</Typography>
      {lines.map((text, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            fullWidth
            label={t('svcui.report.problem', { n: i + 1 })}
            value={text}
            onChange={(e) => onChange(lines.map((l, j) => (j === i ? e.target.value : l)))}
            error={errors[`unresolvedProblems.${i}`] !== undefined}
            helperText={errors[`unresolvedProblems.${i}`]}
          />
          <IconButton aria-label={t('svcui.report.removeProblem', { n: i + 1 })} onClick={() => onChange(lines.filter((_l, j) => j !== i))}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      {errors.unresolvedProblems && <FormHelperText error>{errors.unresolvedProblems}</FormHelperText>}
      <Button size="small" startIcon={<AddIcon />} onClick={() => onChange([...lines, ''])} sx={{ alignSelf: 'flex-start' }}>
        {t('svcui.report.addProblem')}
      </Button>
    </Stack>
  );
}
