import type { StringKey } from '@shared/i18n';
import { CallLogsScreen } from '../features/call-logs/CallLogsScreen';
import { CustomersScreen } from '../features/customers/CustomersScreen';
import { ExportsScreen } from '../features/exports/ExportsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { CreateCustomerForCall } from './CreateCustomerForCall';
import { NotBuiltPanel } from './NotBuiltPanel';
import type { RouteId } from './router';

const notBuilt: Partial<Record<RouteId, StringKey>> = {
  home: 'nav.home',
  products: 'nav.products',
  slips: 'nav.slips',
  shipping: 'nav.shipping',
  service: 'nav.service',
  review: 'nav.review',
};

/** Route → screen. Screens that combine features are composed here, never inside a feature. */
export function Screen({ route }: { route: RouteId }) {
  switch (route) {
    case 'customers':
      return <CustomersScreen />;
    case 'calls':
      return <CallLogsScreen CreateCustomerDialog={CreateCustomerForCall} />;
    case 'exports':
      return <ExportsScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <NotBuiltPanel title={notBuilt[route] ?? 'nav.home'} />;
  }
}
