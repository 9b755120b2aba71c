import PersonAddIcon from '@mui/icons-material/PersonAdd';
import PersonIcon from '@mui/icons-material/Person';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/context';
import type { PhoneMatch } from './use-phone-match';

interface Props {
  match: PhoneMatch;
  onCreateCustomer: () => void;
}

/** Under the phone field: whose phone this is, or an offer to create the customer. */
export function PhoneMatchLine({ match, onCreateCustomer }: Props) {
  const t = useT();
  if (match.kind === 'matched') {
    return (
      <Chip
        icon={<PersonIcon />}
        color="success"
        variant="outlined"
        label={t('calls.matched', { name: match.customer.name })}
        role="status"
        sx={{ alignSelf: 'flex-start' }}
      />
    );
  }
  if (match.kind === 'unknown') {
    return (
      <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary">
          {t('calls.unknownPhone')}
        </Typography>
        <Button size="small" startIcon={<PersonAddIcon />} onClick={onCreateCustomer}>
          {t('customers.new')}
        </Button>
      </Stack>
    );
  }
  return null;
}
