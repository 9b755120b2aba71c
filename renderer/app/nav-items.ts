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
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import type { StringKey } from '@shared/i18n';
import type { RouteId } from './router';

export interface NavItem {
  id: RouteId;
  label: StringKey;
  Icon: typeof SvgIcon;
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
  { id: 'settings', label: 'nav.settings', Icon: SettingsOutlined },
];
