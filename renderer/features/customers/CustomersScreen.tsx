import { useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import type { Customer } from '@shared/domain/customer';
import { ImportDialog } from '../../components/ImportDialog';
import type { Notice } from '../../components/notice';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { useT } from '../../i18n/context';
import { CustomerCard } from './CustomerCard';
import { CustomerFormDialog } from './CustomerFormDialog';
import { CustomerGrid } from './CustomerGrid';
import { CustomersToolbar } from './CustomersToolbar';
import { useCustomerSearch } from './use-customer-search';

/** The customer stays set while the dialog fades out, so its title does not flip on close. */
interface Editing {
  open: boolean;
  customer?: Customer;
}

const searchLimit = 200;

/** 客户: search as you type (name, phone, pinyin, member/store number), the customer card, create, edit, import. */
export function CustomersScreen() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>({ open: false });
  const [cardId, setCardId] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const customers = useCustomerSearch(query, searchLimit);

  const closeForm = () => {
    setEditing((e) => ({ ...e, open: false }));
    // Editing started from the card: back to the card.
    if (editing.customer?.id !== undefined) setCardId(editing.customer.id);
  };
  const saved = (id: number, name: string) => {
    setEditing((e) => ({ ...e, open: false }));
    setNotice({ severity: 'success', text: t('customersui.saved', { name }) });
    if (editing.customer !== undefined) setCardId(id);
  };

  return (
    <Stack spacing={1.5} sx={{ height: '100%' }} component="section" aria-label={t('nav.customers')}>
      <CustomersToolbar
        query={query}
        onQuery={setQuery}
        shown={customers?.length}
        limited={customers?.length === searchLimit}
        onNew={() => setEditing({ open: true })}
        onImport={() => setImporting(true)}
      />
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <CustomerGrid customers={customers} onOpen={(c) => setCardId(c.id ?? null)} />
      </Box>
      <CustomerCard
        customerId={cardId}
        onClose={() => setCardId(null)}
        onEdit={(customer) => {
          setCardId(null);
          setEditing({ open: true, customer });
        }}
      />
      <CustomerFormDialog
        open={editing.open}
        customer={editing.customer}
        onClose={closeForm}
        onSaved={(id, name) => saved(id, name)}
        onOpenExisting={(c) => {
          setEditing((e) => ({ ...e, open: false }));
          setCardId(c.id ?? null);
        }}
      />
      {importing && (
        <ImportDialog
          kind="customers"
          title={t('customersui.importTitle')}
          templateName={t('customersui.templateFile')}
          onClose={() => setImporting(false)}
          onImported={(count) => setNotice({ severity: 'success', text: t('customersui.imported', { count }) })}
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
