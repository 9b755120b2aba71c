import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useT } from '../i18n/context';
import { useRoute } from './router';
import { Screen } from './Screen';
import { SideNav } from './SideNav';

/** Title bar on top, modules on the left, the current module's screen filling the rest. */
export function AppShell() {
  const t = useT();
  const route = useRoute();
  return (
    <Box sx={{ display: 'grid', gridTemplateRows: 'auto 1fr', gridTemplateColumns: '208px 1fr', height: '100%' }}>
      <AppBar position="static" sx={{ gridColumn: '1 / -1' }}>
        <Toolbar variant="dense">
          <Typography variant="h1" component="div">
            {t('app.title')}
          </Typography>
        </Toolbar>
      </AppBar>
      <Box component="aside" sx={{ borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper', overflowY: 'auto', pt: 1 }}>
        <SideNav current={route} />
      </Box>
      <Box component="main" sx={{ minWidth: 0, minHeight: 0, overflow: 'auto', p: 2 }}>
        <Screen route={route} />
      </Box>
    </Box>
  );
}
