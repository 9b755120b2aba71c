import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import { useT } from '../../../i18n/context';
import { ProductPicker } from '../../../components/pickers/ProductPicker';
import { QtyField } from '../common/QtyField';
import { blankReceiptLine, type ReceiptLineRow } from './receipt-form';

interface Props {
  lines: ReceiptLineRow[];
  errors: Record<string, string>;
  onChange: (lines: ReceiptLineRow[]) => void;
}

/** The delivery's lines: product, what the note says, what was counted. */
export function ReceiptLinesEditor({ lines, errors, onChange }: Props) {
  const t = useT();
  const update = (i: number, row: Partial<ReceiptLineRow>) => onChange(lines.map((r, j) => (j === i ? { ...r, ...row } : r)));
  return (
    <Stack spacing={1} role="group" aria-label={t('stockui.lines')}>
      {lines.map((row, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} role="group" aria-label={`${t('stockui.line.product')} ${i + 1}`}>
          <ProductPicker label={t('stockui.line.product')} value={row.productId} onChange={(productId) => update(i, { productId })} error={errors[`lines.${i}.productId`]} />
          <QtyField label={t('stock.receipt.field.noteQty')} value={row.noteQty} onChange={(noteQty) => update(i, { noteQty })} error={errors[`lines.${i}.noteQty`]} width={120} />
          <QtyField label={t('stock.receipt.field.countedQty')} value={row.countedQty} onChange={(countedQty) => update(i, { countedQty })} error={errors[`lines.${i}.countedQty`]} width={120} />
          <IconButton aria-label={t('stockui.line.remove')} onClick={() => onChange(lines.filter((_r, j) => j !== i))} disabled={lines.length === 1}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      {errors.lines && <FormHelperText error>{errors.lines}</FormHelperText>}
      <Button size="small" startIcon={<AddIcon />} onClick={() => onChange([...lines, blankReceiptLine()])} sx={{ alignSelf: 'flex-start' }}>
        {t('stockui.line.add')}
      </Button>
    </Stack>
  );
}
