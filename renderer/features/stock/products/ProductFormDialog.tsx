import { useState, type FormEvent } from 'react';
import HistoryIcon from '@mui/icons-material/History';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { DetailsDrawer } from '../../../components/DetailsDrawer';
import { RecordHistory } from '../../../components/RecordHistory';
import type { StoredProduct } from '../../../db/stock-rows';
import { useT } from '../../../i18n/context';
import { ComponentsField } from './ComponentsField';
import { ProductFlagsField } from './ProductFlagsField';
import { useProductForm } from './use-product-form';

interface Props {
  /** The product to edit; absent to create one. */
  product?: StoredProduct;
  onClose: () => void;
  onSaved: (id: number) => void;
}

const textFields = [
  ['code', 'product.field.code'],
  ['name', 'product.field.name'],
  ['category', 'product.field.category'],
  ['spec', 'product.field.spec'],
  ['unit', 'product.field.unit'],
  ['price', 'product.field.price'],
  ['location', 'product.field.location'],
  ['safetyStock', 'product.field.safetyStock'],
] as const;

/** Create or edit a product: every field of the record, its outbound flags and, for a set, its components. */
export function ProductFormDialog({ product, onClose, onSaved }: Props) {
  const t = useT();
  const form = useProductForm(product);
  const { values, refusal } = form;
  const [historyOpen, setHistoryOpen] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const id = await form.save();
    if (id !== undefined) onSaved(id);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="product-form-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="product-form-title">{product ? t('stockui.products.edit') : t('stockui.products.new')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 1.5 }}>
              {textFields.map(([field, label]) => (
                <TextField
                  key={field}
                  size="small"
                  label={t(label)}
                  value={values[field]}
                  onChange={(e) => form.setText(field, e.target.value)}
                  onBlur={field === 'code' ? () => void form.checkCode() : undefined}
                  error={refusal.fields[field] !== undefined}
                  helperText={refusal.fields[field]}
                  required={field === 'code' || field === 'name'}
                  autoFocus={field === 'code'}
                  sx={field === 'name' ? { gridColumn: 'span 3' } : undefined}
                  slotProps={field === 'price' || field === 'safetyStock' ? { htmlInput: { inputMode: 'decimal' } } : undefined}
                />
              ))}
            </Box>
            <ProductFlagsField values={values} onChange={form.setFlag} />
            {values.isSet && <ComponentsField rows={values.components} errors={refusal.fields} onChange={form.setComponents} selfId={product?.id} />}
            {refusal.message && <Alert severity="error">{refusal.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          {product && (
            <Button startIcon={<HistoryIcon />} onClick={() => setHistoryOpen(true)} sx={{ mr: 'auto' }}>
              {t('history.open')}
            </Button>
          )}
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={form.saving}>
            {t('action.save')}
          </Button>
        </DialogActions>
      </form>
      {product && (
        <DetailsDrawer open={historyOpen} title={t('stockui.products.history')} onClose={() => setHistoryOpen(false)}>
          <RecordHistory table="products" recordId={product.id} />
        </DetailsDrawer>
      )}
    </Dialog>
  );
}
