import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { sizeText } from '@shared/backup/storage-space';
import { useT } from '../i18n/context';
import { useStorageWarning } from './use-storage-health';

/**
 * 磁盘空间不足: under the header (`banner`) and on 首页 (`card`) when the data disk has less than 1 GB
 * free or a write has failed because it was full. Hidden otherwise.
 */
export function StorageWarning({ variant }: { variant: 'banner' | 'card' }) {
  const t = useT();
  const warning = useStorageWarning();
  if (!warning) return null;
  const size = warning.kind === 'low' ? sizeText(warning.freeBytes) : null;
  const text = size ? t('storage.warn.low', { free: t(size.key, { n: size.n }) }) : t('storage.warn.failed');
  const banner = variant === 'banner';
  return (
    <Alert
      severity="error"
      variant={banner ? 'filled' : 'outlined'}
      role="alert"
      aria-label={t('storage.warn.title')}
      sx={banner ? { borderRadius: 0, py: 0 } : undefined}
    >
      {!banner && <AlertTitle>{t('storage.warn.title')}</AlertTitle>}
      {text}
    </Alert>
  );
}
