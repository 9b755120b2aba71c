import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import { useT } from '../../../i18n/context';
import { ProductPicker } from '../../../components/pickers/ProductPicker';
import { QtyField } from './QtyField';
import { blankQtyLine, type QtyLineRow } from './qty-lines';

interface Props {
  lines: QtyLineRow[];
  errors: Record<string, string>;
  onChange: (lines: QtyLineRow[]) => void;
  qtyLabel: string;
}

/** Product + quantity rows, each with its field messages. */
export function QtyLinesEditor({ lines, errors, onChange, qtyLabel }: Props) {
  const t = useT();
  const update = (i: number, row: Partial<QtyLineRow>) => onChange(lines.map((r, j) => (j === i ? { ...r, ...row } : r)));
  return (
    <Stack spacing={1} role="group" aria-label={t('stockui.lines')}>
      {lines.map((row, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <ProductPicker label={t('stockui.line.product')} value={row.productId} onChange={(productId) => update(i, { productId })} error={errors[`lines.${i}.productId`]} />
          <QtyField label={qtyLabel} value={row.qty} onChange={(qty) => update(i, { qty })} error={errors[`lines.${i}.qty`]} />
          <IconButton aria-label={t('stockui.line.remove')} onClick={() => onChange(lines.filter((_r, j) => j !== i))} disabled={lines.length === 1}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      {errors.lines && <FormHelperText error>{errors.lines}</FormHelperText>}
      <Button size="small" startIcon={<AddIcon />} onClick={() => onChange([...lines, blankQtyLine()])} sx={{ alignSelf: 'flex-start' }}>
        {t('stockui.line.add')}
      </Button>
    </Stack>
  );
}
