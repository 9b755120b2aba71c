import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/context';
import { ProductPicker } from '../../../components/pickers/ProductPicker';
import { QtyField } from '../common/QtyField';
import type { ComponentRow } from './product-form';

interface Props {
  rows: ComponentRow[];
  errors: Record<string, string>;
  onChange: (rows: ComponentRow[]) => void;
  /** The set being edited: it cannot contain itself. */
  selfId?: number;
}

/** 套装组成 (OUT-3): what each set holds, a product and a whole quantity per row. */
export function ComponentsField({ rows, errors, onChange, selfId }: Props) {
  const t = useT();
  const update = (i: number, row: Partial<ComponentRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...row } : r)));
  return (
    <Stack spacing={1} role="group" aria-label={t('product.field.components')}>
      <Typography variant="subtitle2">{t('product.field.components')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('stockui.products.setHint')}
      </Typography>
      {rows.map((row, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <ProductPicker
            label={t('stockui.products.component')}
            value={row.productId}
            onChange={(productId) => update(i, { productId })}
            error={errors[`components.${i}.productId`]}
            excludeIds={selfId !== undefined ? [selfId] : []}
            activeOnly={false}
          />
          <QtyField label={t('stockui.products.componentQty')} value={row.qty} onChange={(qty) => update(i, { qty })} error={errors[`components.${i}.qty`]} />
          <IconButton aria-label={t('stockui.products.removeComponent')} onClick={() => onChange(rows.filter((_r, j) => j !== i))}>
            <DeleteOutlineIcon />
          </IconButton>
        </Stack>
      ))}
      {errors.components && <FormHelperText error>{errors.components}</FormHelperText>}
      <Button size="small" startIcon={<AddIcon />} onClick={() => onChange([...rows, { productId: null, qty: '1' }])} sx={{ alignSelf: 'flex-start' }}>
        {t('stockui.products.addComponent')}
      </Button>
    </Stack>
  );
}
