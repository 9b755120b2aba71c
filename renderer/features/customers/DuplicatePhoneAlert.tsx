import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Customer } from '@shared/domain/customer';
import { useT } from '../../i18n/context';

interface Props {
  duplicates: Customer[];
  /** Save was pressed: the clerk must choose before anything is written. */
  asked: boolean;
  onOpen: (customer: Customer) => void;
  onSaveAnyway: () => void;
}

/** 该电话已有客户档案: who has the phone, with a way to open them instead of creating a second record. */
export function DuplicatePhoneAlert({ duplicates, asked, onOpen, onSaveAnyway }: Props) {
  const t = useT();
  if (duplicates.length === 0) return null;
  return (
    <Alert severity="warning" role="alert" aria-label={t('customersui.dup.title')}>
      <AlertTitle>{t('customersui.dup.title')}</AlertTitle>
      <Stack spacing={0.5}>
        {duplicates.map((c) => (
          <Stack key={c.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2">{t('customersui.dup.line', { name: c.name, phones: c.phones.join(t('list.separator')) })}</Typography>
            <Button size="small" startIcon={<OpenInNewIcon />} onClick={() => onOpen(c)}>
              {t('customersui.dup.open')}
            </Button>
          </Stack>
        ))}
        {asked && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {t('customersui.dup.ask')}
            </Typography>
            <Button size="small" color="warning" variant="outlined" onClick={onSaveAnyway}>
              {t('customersui.dup.saveAnyway')}
            </Button>
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}
