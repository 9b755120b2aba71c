import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useT } from '../i18n/context';
import { navItems } from './nav-items';
import { hrefFor, type RouteId } from './router';

/** The module list: plain links to `#/<id>`, so Tab/Enter and the browser history just work. */
export function SideNav({ current }: { current: RouteId }) {
  const t = useT();
  return (
    <List component="nav" aria-label={t('nav.label')} sx={{ px: 1 }}>
      {navItems.map(({ id, label, Icon }) => (
        <ListItemButton
          key={id}
          component="a"
          href={hrefFor(id)}
          selected={id === current}
          aria-current={id === current ? 'page' : undefined}
        >
          <ListItemIcon>
            <Icon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t(label)} />
        </ListItemButton>
      ))}
    </List>
  );
}
