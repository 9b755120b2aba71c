import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/context';
import { money } from '../common/format';
import { ProductPicker } from '../../../components/pickers/ProductPicker';
import type { StoredProduct } from '../common/use-products';
import { isBlankLine, rowAmount, type SlipLineRow as Row } from './slip-form';

interface Props {
  row: Row;
  index: number;
  product: StoredProduct | undefined;
  errors: Record<string, string>;
  onProduct: (p: StoredProduct | null) => void;
  onChange: (change: Partial<Row>) => void;
  onRemove: () => void;
}

export const lineColumns = { no: 40, qty: 90, price: 120, amount: 120, remove: 40 } as const;

/** One line: product, qty, unit price (the list price by default), amount computed; its refusals beside it. */
export function SlipLineRow({ row, index, product, errors, onProduct, onChange, onRemove }: Props) {
  const t = useT();
  const at = (field: string) => errors[`lines.${index}.${field}`];
  const amount = rowAmount(row);
  const number = (label: string, value: string, field: 'qty' | 'unitPrice', width: number) => (
    <TextField
      size="small"
      value={value}
      onChange={(e) => onChange({ [field]: e.target.value })}
      error={at(field) !== undefined}
      helperText={at(field)}
      sx={{ width }}
      slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off', 'aria-label': label, style: { textAlign: 'right' } } }}
    />
  );
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} role="group" aria-label={t('slipsui.form.line', { n: index + 1 })}>
      <Typography sx={{ width: lineColumns.no, pt: 1, textAlign: 'right' }} color="text.secondary">
        {index + 1}
      </Typography>
      <Stack spacing={0.5} sx={{ flexGrow: 1, minWidth: 0 }}>
        <ProductPicker
          label={t('slip.field.product')}
          hideLabel
          value={row.productId}
          onChange={(_id, p) => onProduct(p)}
          error={at('productId')}
          autoHighlight
          noOptionsText={t('slipsui.picker.noProducts')}
        />
        {product?.needsLeaderSignOff && <Chip size="small" color="warning" label={t('slipsui.form.needsSignOff')} sx={{ alignSelf: 'flex-start' }} />}
      </Stack>
      {number(t('slip.field.qty'), row.qty, 'qty', lineColumns.qty)}
      {number(t('slip.field.unitPrice'), row.unitPrice, 'unitPrice', lineColumns.price)}
      <Typography sx={{ width: lineColumns.amount, pt: 1, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }} aria-label={t('slip.field.amount')}>
        {amount === undefined ? '' : money(amount)}
      </Typography>
      <IconButton aria-label={t('slipsui.form.removeLine')} onClick={onRemove} disabled={isBlankLine(row)} tabIndex={-1} sx={{ width: lineColumns.remove }}>
        <DeleteIcon />
      </IconButton>
    </Stack>
  );
}
