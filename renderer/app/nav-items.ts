import type SvgIcon from '@mui/material/SvgIcon';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import LocalShippingOutlined from '@mui/icons-material/LocalShippingOutlined';
import HomeRepairServiceOutlined from '@mui/icons-material/HomeRepairServiceOutlined';
import PhoneInTalkOutlined from '@mui/icons-material/PhoneInTalkOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import DashboardCustomizeOutlined from '@mui/icons-material/DashboardCustomizeOutlined';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import HistoryEduOutlined from '@mui/icons-material/HistoryEduOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import { can, type Action } from '@shared/auth/permissions';
import type { Role } from '@shared/auth/roles';
import type { StringKey } from '@shared/i18n';
import type { RouteId } from './router';

export interface NavItem {
  id: RouteId;
  label: StringKey;
  Icon: typeof SvgIcon;
  /** The permission a module needs; a role without it does not see the module at all. */
  action?: Action;
}

/** The side navigation, in the order the issue lists the modules (later issues open the rest). */
export const navItems: readonly NavItem[] = [
  { id: 'home', label: 'nav.home', Icon: HomeOutlined },
  { id: 'customers', label: 'nav.customers', Icon: PeopleAltOutlined },
  { id: 'products', label: 'nav.products', Icon: Inventory2Outlined },
  { id: 'slips', label: 'nav.slips', Icon: ReceiptLongOutlined },
  { id: 'shipping', label: 'nav.shipping', Icon: LocalShippingOutlined },
  { id: 'service', label: 'nav.service', Icon: HomeRepairServiceOutlined },
  { id: 'calls', label: 'nav.calls', Icon: PhoneInTalkOutlined },
  { id: 'review', label: 'nav.review', Icon: FactCheckOutlined },
  { id: 'exports', label: 'nav.exports', Icon: FileDownloadOutlined },
  { id: 'templates', label: 'nav.templates', Icon: DashboardCustomizeOutlined },
  { id: 'staff', label: 'nav.staff', Icon: BadgeOutlined, action: 'staff.manage' },
  { id: 'audit', label: 'nav.audit', Icon: HistoryEduOutlined, action: 'audit.view' },
  { id: 'settings', label: 'nav.settings', Icon: SettingsOutlined },
];

/** Whether a person with `roles` may open the module `id` (modules without a permission are open to all). */
export function mayOpen(roles: readonly Role[], id: RouteId): boolean {
  const action = navItems.find((item) => item.id === id)?.action;
  return action === undefined || can(roles, action);
}

/** The modules a person with `roles` sees in the side navigation. */
export function visibleNavItems(roles: readonly Role[]): NavItem[] {
  return navItems.filter((item) => mayOpen(roles, item.id));
}
