import { useState } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { Customer } from '@shared/domain/customer';
import { useCan } from '../../auth';
import { DetailsDrawer } from '../../components/DetailsDrawer';
import { RecordHistory } from '../../components/RecordHistory';
import { useT } from '../../i18n/context';
import { detailRows } from './card-view';
import { typeLabel } from './customer-labels';
import { CustomerTimeline } from './CustomerTimeline';
import { useCustomer } from './use-customer-search';

interface Props {
  customerId: number | null;
  onClose: () => void;
  onEdit: (customer: Customer) => void;
}

/** 客户卡片: the customer's details, one timeline of everything linked to them, and the record's history. */
export function CustomerCard({ customerId, onClose, onEdit }: Props) {
  const t = useT();
  return (
    <DetailsDrawer open={customerId !== null} title={t('customersui.card.title')} onClose={onClose}>
      {customerId !== null && <CardBody key={customerId} customerId={customerId} onEdit={onEdit} />}
    </DetailsDrawer>
  );
}

function CardBody({ customerId, onEdit }: { customerId: number; onEdit: (customer: Customer) => void }) {
  const t = useT();
  const mayEdit = useCan('customer.write');
  const customer = useCustomer(customerId);
  const [tab, setTab] = useState<'timeline' | 'history'>('timeline');
  if (customer === undefined) return <Typography color="text.secondary">{t('customersui.loading')}</Typography>;
  if (customer === null) return <Typography color="error">{t('customersui.card.notFound')}</Typography>;
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h3" component="h3">
          {customer.name}
        </Typography>
        <Chip size="small" label={t(typeLabel[customer.type])} />
        {customer.isKey && <Chip size="small" color="warning" label={t('crm.field.isKey')} />}
        <Box sx={{ flexGrow: 1 }} />
        {mayEdit && (
          <Button size="small" startIcon={<EditIcon />} onClick={() => onEdit(customer)}>
            {t('customersui.card.edit')}
          </Button>
        )}
      </Stack>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.5, m: 0 }}>
        {detailRows(t, customer).map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, wordBreak: 'break-all' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Tabs value={tab} onChange={(_e, v: 'timeline' | 'history') => setTab(v)} sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="timeline" label={t('customersui.card.timeline')} />
        <Tab value="history" label={t('customersui.card.history')} />
      </Tabs>
      {tab === 'timeline' ? <CustomerTimeline customerId={customerId} /> : <RecordHistory table="customers" recordId={customerId} />}
    </Stack>
  );
}
