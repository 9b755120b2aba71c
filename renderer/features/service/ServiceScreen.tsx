import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { Notice } from '../../components/notice';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { useT } from '../../i18n/context';
import { BoardTab } from './board/BoardTab';
import { CardsTab } from './cards/CardsTab';
import { ComplaintsTab } from './complaints/ComplaintsTab';
import { OutstandingTab } from './outstanding/OutstandingTab';
import { ReportsTab } from './reports/ReportsTab';
import { RequestsTab } from './requests/RequestsTab';
import { serviceTabs, type ServiceTab } from './service-tabs';
import type { TabProps } from './tab-props';
import { useServiceTab } from './use-service-tab';

function panel(tab: ServiceTab, props: TabProps): ReactNode {
  switch (tab) {
    case 'requests':
      return <RequestsTab {...props} />;
    case 'board':
      return <BoardTab {...props} />;
    case 'reports':
      return <ReportsTab {...props} />;
    case 'cards':
      return <CardsTab {...props} />;
    case 'outstanding':
      return <OutstandingTab {...props} />;
    case 'complaints':
      return <ComplaintsTab {...props} />;
  }
}

/** 服务: requests and dispatch (SVC-1, SVC-2), reports, cards and outstanding issues (SVC-3), complaints (SVC-4). */
export function ServiceScreen() {
  const t = useT();
  const [tab, openTab] = useServiceTab();
  const [notice, setNotice] = useState<Notice | null>(null);
  return (
    <Stack spacing={1} sx={{ height: '100%' }} component="section" aria-label={t('nav.service')}>
      <Typography variant="h2" component="h1">
        {t('nav.service')}
      </Typography>
      <Tabs value={tab} onChange={(_e, v: ServiceTab) => openTab(v)} aria-label={t('svcui.tabs')} sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 40 }}>
        {serviceTabs.map((id) => (
          <Tab key={id} value={id} label={t(`svcui.tab.${id}`)} sx={{ minHeight: 40 }} />
        ))}
      </Tabs>
      <Box role="tabpanel" aria-label={t(`svcui.tab.${tab}`)} sx={{ flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        {panel(tab, { onNotice: setNotice })}
      </Box>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
