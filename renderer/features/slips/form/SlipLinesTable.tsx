import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/context';
import type { StoredProduct } from '../common/use-products';
import type { SlipLineRow as Row } from './slip-form';
import { lineColumns, SlipLineRow } from './SlipLineRow';

interface Props {
  lines: Row[];
  products: ReadonlyMap<number, StoredProduct> | undefined;
  errors: Record<string, string>;
  onProduct: (row: number, p: StoredProduct | null) => void;
  onChange: (row: number, change: Partial<Row>) => void;
  onRemove: (row: number) => void;
}

/** The slip's lines under one header row; a blank row at the end takes the next product. */
export function SlipLinesTable({ lines, products, errors, onProduct, onChange, onRemove }: Props) {
  const t = useT();
  const head = (text: string, width?: number, align: 'left' | 'right' = 'right') => (
    <Typography variant="caption" color="text.secondary" sx={{ width, flexGrow: width ? 0 : 1, textAlign: align }}>
      {text}
    </Typography>
  );
  return (
    <Stack spacing={1} role="group" aria-label={t('slipsui.form.lines')}>
      <Stack direction="row" spacing={1} aria-hidden>
        {head('', lineColumns.no)}
        {head(t('slip.field.product'), undefined, 'left')}
        {head(t('slip.field.qty'), lineColumns.qty)}
        {head(t('slip.field.unitPrice'), lineColumns.price)}
        {head(t('slip.field.amount'), lineColumns.amount)}
        {head('', lineColumns.remove)}
      </Stack>
      {lines.map((row, i) => (
        <SlipLineRow
          key={i}
          row={row}
          index={i}
          product={row.productId === null ? undefined : products?.get(row.productId)}
          errors={errors}
          onProduct={(p) => onProduct(i, p)}
          onChange={(c) => onChange(i, c)}
          onRemove={() => onRemove(i)}
        />
      ))}
      {errors.lines && <FormHelperText error>{errors.lines}</FormHelperText>}
    </Stack>
  );
}
