import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import SearchIcon from '@mui/icons-material/Search';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useCan } from '../../../auth';
import { ImportDialog } from '../../../components/ImportDialog';
import type { StoredProduct } from '../../../db/stock-rows';
import { useT } from '../../../i18n/context';
import { useProductSearch } from '../common/use-products';
import type { TabProps } from '../tab-props';
import { ProductFormDialog } from './ProductFormDialog';
import { ProductGrid } from './ProductGrid';

type Editing = { product?: StoredProduct } | null;

/** 产品: search as you type (code, name, pinyin), create, edit, import from Excel. */
export function ProductsTab({ onNotice }: TabProps) {
  const t = useT();
  const mayWrite = useCan('stock.receive');
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);
  const products = useProductSearch(query, 500);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <TextField
          size="small"
          label={t('stockui.products.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          type="search"
          autoFocus
          sx={{ width: 320 }}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
        />
        <Box sx={{ flexGrow: 1 }} />
        {mayWrite && (
          <>
            <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => setImporting(true)}>
              {t('stockui.products.import')}
            </Button>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({})}>
              {t('stockui.products.new')}
            </Button>
          </>
        )}
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ProductGrid products={products} onOpen={(product) => mayWrite && setEditing({ product })} />
      </Box>
      {editing && (
        <ProductFormDialog
          product={editing.product}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onNotice({ severity: 'success', text: t('stockui.products.saved') });
          }}
        />
      )}
      {importing && (
        <ImportDialog
          kind="products"
          title={t('stockui.import.titleProducts')}
          templateName={t('stockui.import.templateFile')}
          onClose={() => setImporting(false)}
          onImported={(count) => onNotice({ severity: 'success', text: t('stockui.import.done', { count }) })}
        />
      )}
    </Stack>
  );
}
