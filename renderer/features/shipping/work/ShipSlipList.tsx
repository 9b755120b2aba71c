import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { sameSource, sourceKey, type ShipSource } from '@shared/shipping/ship-doc';
import { useT } from '../../../i18n/context';
import { useCustomersByIds, useShipDocs } from './use-ship-work';

/** 待发货: the shipping slips and courier exchanges in progress, oldest first; the chosen one opens its steps. */
export function ShipSlipList({ selected, onOpen }: { selected: ShipSource | null; onOpen: (doc: ShipSource) => void }) {
  const t = useT();
  const docs = useShipDocs();
  const customers = useCustomersByIds(docs?.map((s) => s.customerId) ?? []);
  if (docs && docs.length === 0) {
    return (
      <Typography color="text.secondary" sx={{ p: 2 }}>
        {t('shipui.work.empty')}
      </Typography>
    );
  }
  return (
    <List dense aria-label={t('shipui.work.list')}>
      {(docs ?? []).map((d) => (
        <ListItemButton key={sourceKey(d.source)} selected={sameSource(d.source, selected ?? undefined)} onClick={() => onOpen(d.source)}>
          <ListItemText
            primary={
              <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center' }}>
                <span>{t('shipui.work.slip', { no: d.no, customer: customers?.get(d.customerId)?.name ?? '' })}</span>
                {d.source.type === 'exchange' && <Chip size="small" variant="outlined" color="secondary" label={t('shipui.work.exchange')} component="span" />}
              </Stack>
            }
            secondary={t(`slip.status.${d.status}`)}
          />
        </ListItemButton>
      ))}
    </List>
  );
}
