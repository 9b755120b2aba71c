import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/context';
import { useCustomersByIds, useShipSlips } from './use-ship-work';

/** 待发货: the shipping slips in progress, oldest first; the chosen one opens its steps. */
export function ShipSlipList({ selected, onOpen }: { selected: number | null; onOpen: (id: number) => void }) {
  const t = useT();
  const slips = useShipSlips();
  const customers = useCustomersByIds(slips?.map((s) => s.customerId) ?? []);
  if (slips && slips.length === 0) {
    return (
      <Typography color="text.secondary" sx={{ p: 2 }}>
        {t('shipui.work.empty')}
      </Typography>
    );
  }
  return (
    <List dense aria-label={t('shipui.work.list')}>
      {(slips ?? []).map((s) => (
        <ListItemButton key={s.id} selected={s.id === selected} onClick={() => onOpen(s.id)}>
          <ListItemText
            primary={t('shipui.work.slip', { no: s.no, customer: customers?.get(s.customerId)?.name ?? '' })}
            secondary={t(`slip.status.${s.status}`)}
          />
        </ListItemButton>
      ))}
    </List>
  );
}
