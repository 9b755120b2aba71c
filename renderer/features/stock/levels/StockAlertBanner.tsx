import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useT } from '../../../i18n/context';
import { hashForTab } from '../stock-tabs';
import { useReorderList } from './use-levels';

/**
 * IN-1: "n products are at or below safety stock" while any is; it clears by itself when stock
 * recovers. The shell shows it under the top bar; the stock tab shows it above the list.
 */
export function StockAlertBanner() {
  const t = useT();
  const reorder = useReorderList();
  if (!reorder || reorder.length === 0) return null;
  const href = hashForTab('stock');
  return (
    <Alert
      severity="warning"
      role="alert"
      action={
        window.location.hash.startsWith(href) ? undefined : (
          <Button color="inherit" size="small" href={href}>
            {t('stockui.banner.open')}
          </Button>
        )
      }
    >
      {t('stock.safety.banner', { count: reorder.length })}
    </Alert>
  );
}
