import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useActor } from '../auth';
import { useT } from '../i18n/context';
import { visibleNavItems } from './nav-items';
import { hrefFor, type RouteId } from './router';

/**
 * The module list: plain links to `#/<id>`, so Tab/Enter and the browser history just work. A module
 * the signed-in person's roles may not use is not offered.
 */
export function SideNav({ current }: { current: RouteId }) {
  const t = useT();
  const { roles } = useActor();
  return (
    <List component="nav" aria-label={t('nav.label')} sx={{ px: 1 }}>
      {visibleNavItems(roles).map(({ id, label, Icon }) => (
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
