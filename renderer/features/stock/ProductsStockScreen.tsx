import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { Notice } from '../../components/notice';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { useT } from '../../i18n/context';
import { DiscrepanciesTab } from './discrepancies/DiscrepanciesTab';
import { ExchangesTab } from './exchanges/ExchangesTab';
import { FaultyTab } from './faulty/FaultyTab';
import { LedgerTab } from './ledger/LedgerTab';
import { StockLevelsTab } from './levels/StockLevelsTab';
import { PartsReleasesTab } from './parts/PartsReleasesTab';
import { ProductsTab } from './products/ProductsTab';
import { ReceivingTab } from './receiving/ReceivingTab';
import { ReturnsTab } from './returns/ReturnsTab';
import { SettlementTab } from './settlement/SettlementTab';
import { stockTabs, type StockTab } from './stock-tabs';
import { StockTakeTab } from './stock-take/StockTakeTab';
import type { TabProps } from './tab-props';
import { useStockTab } from './use-stock-tab';


function panel(tab: StockTab, props: TabProps): ReactNode {
  switch (tab) {
    case 'products':
      return <ProductsTab {...props} />;
    case 'stock':
      return <StockLevelsTab {...props} />;
    case 'ledger':
      return <LedgerTab {...props} />;
    case 'faulty':
      return <FaultyTab {...props} />;
    case 'receiving':
      return <ReceivingTab {...props} />;
    case 'returns':
      return <ReturnsTab {...props} />;
    case 'exchanges':
      return <ExchangesTab {...props} />;
    case 'settlement':
      return <SettlementTab {...props} />;
    case 'stockTake':
      return <StockTakeTab {...props} />;
    case 'discrepancies':
      return <DiscrepanciesTab {...props} />;
    case 'partsReleases':
      return <PartsReleasesTab {...props} />;
  }
}

/** 产品与库存: the product master, stock on hand and every warehouse document, one tab each. */
export function ProductsStockScreen() {
  const t = useT();
  const [tab, openTab] = useStockTab();
  const [notice, setNotice] = useState<Notice | null>(null);
  return (
    <Stack spacing={1} sx={{ height: '100%' }} component="section" aria-label={t('nav.products')}>
      <Typography variant="h2" component="h1">
        {t('nav.products')}
      </Typography>
      <Tabs value={tab} variant="scrollable" scrollButtons="auto" onChange={(_e, v: StockTab) => openTab(v)} aria-label={t('stockui.tabs')} sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 40 }}>
        {stockTabs.map((id) => (
          <Tab key={id} value={id} label={t(`stockui.tab.${id}`)} sx={{ minHeight: 40 }} />
        ))}
      </Tabs>
      <Box role="tabpanel" aria-label={t(`stockui.tab.${tab}`)} sx={{ flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        {panel(tab, { onNotice: setNotice, onOpenTab: openTab })}
      </Box>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
