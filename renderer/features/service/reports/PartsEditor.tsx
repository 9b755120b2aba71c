import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/context';
import { ProductPicker } from '../../../components/pickers/ProductPicker';
import { blankPart, type PartRow } from './report-form';

interface Props {
  rows: PartRow[];
  errors: Record<string, string>;
  onChange: (rows: PartRow[]) => void;
}

/** 使用配件: product and quantity per row; saving posts them as one outbound slip against stock. */
export function PartsEditor({ rows, errors, onChange }: Props) {
  const t = useT();
  const update = (i: number, change: Partial<PartRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <Stack spacing={1} role="group" aria-label={t('service.report.field.partsUsed')}>
      <Typography variant="subtitle2">{t('service.report.field.partsUsed')}</Typography>
      {rows.map((row, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <ProductPicker
            label={t('svcui.report.partProduct', { n: i + 1 })}
            value={row.productId}
            onChange={(productId) => update(i, { productId })}
            error={errors[`partsUsed.${i}.productId`]}
          />
          <TextField
            size="small"
            label={t('svcui.report.partQty', { n: i + 1 })}
            value={row.qty}
            onChange={(e) => update(i, { qty: e.target.value })}
            error={errors[`partsUsed.${i}.qty`] !== undefined}
            helperText={errors[`partsUsed.${i}.qty`]}
            sx={{ width: 110 }}
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
          />
          <IconButton aria-label={t('svcui.report.removePart', { n: i + 1 })} onClick={() => onChange(rows.filter((_r, j) => j !== i))}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <Button size="small" startIcon={<AddIcon />} onClick={() => onChange([...rows, blankPart()])} sx={{ alignSelf: 'flex-start' }}>
        {t('svcui.report.addPart')}
      </Button>
    </Stack>
  );
}
