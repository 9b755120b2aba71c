import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import LockOutlined from '@mui/icons-material/LockOutlined';
import SwitchAccountOutlined from '@mui/icons-material/SwitchAccountOutlined';
import { rolesText, useActor, useSession } from '../auth';
import { useT } from '../i18n/context';

/** The app's name, who is signed in (the 经手人 of everything done now), 切换用户 and 锁定. */
export function TopBar() {
  const t = useT();
  const actor = useActor();
  const { switchUser, lock } = useSession();
  return (
    <AppBar position="static" sx={{ gridColumn: '1 / -1' }}>
      <Toolbar variant="dense" sx={{ gap: 1 }}>
        <Typography variant="h1" component="div">
          {t('app.title')}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Typography component="div" sx={{ mr: 1 }}>
          {t('session.bar.user', { name: actor.name, roles: rolesText(t, actor.roles) })}
        </Typography>
        <Button color="inherit" variant="outlined" startIcon={<SwitchAccountOutlined />} onClick={switchUser}>
          {t('session.bar.switchUser')}
        </Button>
        <Button color="inherit" variant="outlined" startIcon={<LockOutlined />} onClick={lock}>
          {t('session.bar.lock')}
        </Button>
      </Toolbar>
    </AppBar>
  );
}
