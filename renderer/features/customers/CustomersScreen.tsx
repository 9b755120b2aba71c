import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Customer } from '@shared/domain/customer';
import { useT } from '../../i18n/context';
import { CustomerFormDialog } from './CustomerFormDialog';
import { CustomerGrid } from './CustomerGrid';
import { useCustomerSearch } from './use-customer-search';

/** The customer stays set while the dialog fades out, so its title does not flip on close. */
interface Editing {
  open: boolean;
  customer?: Customer;
}

/** 客户: search as you type (name or phone), create and edit. */
export function CustomersScreen() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>({ open: false });
  const customers = useCustomerSearch(query);
  const close = () => setEditing((e) => ({ ...e, open: false }));

  return (
    <Stack spacing={1.5} sx={{ height: '100%' }} component="section" aria-label={t('nav.customers')}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h2" component="h1" sx={{ flexShrink: 0 }}>
          {t('nav.customers')}
        </Typography>
        <TextField
          label={t('customers.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          type="search"
          autoFocus
          sx={{ maxWidth: 360 }}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ open: true })}>
          {t('customers.new')}
        </Button>
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <CustomerGrid customers={customers} onOpen={(customer) => setEditing({ open: true, customer })} />
      </Box>
      <CustomerFormDialog
        open={editing.open}
        customer={editing.customer}
        onClose={close}
        onSaved={close}
      />
    </Stack>
  );
}
