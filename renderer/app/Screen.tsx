import type { StringKey } from '@shared/i18n';
import { useActor } from '../auth';
import { AuditScreen } from '../features/audit/AuditScreen';
import { CallLogsScreen } from '../features/call-logs/CallLogsScreen';
import { CustomersScreen } from '../features/customers/CustomersScreen';
import { ExportsScreen } from '../features/exports/ExportsScreen';
import { ReviewScreen } from '../features/review';
import { ServiceScreen } from '../features/service';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ShippingScreen } from '../features/shipping';
import { SlipsScreen } from '../features/slips';
import { StaffScreen } from '../features/staff/StaffScreen';
import { ProductsStockScreen } from '../features/stock';
import { TemplatesScreen } from '../features/templates/TemplatesScreen';
import { TodayScreen } from '../features/today/TodayScreen';
import { CreateCustomerForCall } from './CreateCustomerForCall';
import { CallServiceAction } from './CallServiceAction';
import { mayOpen, navItems } from './nav-items';
import { NotBuiltPanel } from './NotBuiltPanel';
import type { RouteId } from './router';

const notBuilt: Partial<Record<RouteId, StringKey>> = {
};

/** Route → screen. Screens that combine features are composed here, never inside a feature. */
export function Screen({ route }: { route: RouteId }) {
  const { roles } = useActor();
  if (!mayOpen(roles, route)) {
    const label = navItems.find((item) => item.id === route)?.label ?? 'nav.home';
    return <NotBuiltPanel title={label} message="session.noPermission" />;
  }
  switch (route) {
    case 'home':
      return <TodayScreen />;
    case 'customers':
      return <CustomersScreen />;
    case 'calls':
      return <CallLogsScreen CreateCustomerDialog={CreateCustomerForCall} CallActions={CallServiceAction} />;
    case 'products':
      return <ProductsStockScreen />;
    case 'slips':
      return <SlipsScreen />;
    case 'service':
      return <ServiceScreen />;
    case 'review':
      return <ReviewScreen />;
    case 'shipping':
      return <ShippingScreen />;
    case 'exports':
      return <ExportsScreen />;
    case 'templates':
      return <TemplatesScreen />;
    case 'staff':
      return <StaffScreen />;
    case 'audit':
      return <AuditScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <NotBuiltPanel title={notBuilt[route] ?? 'nav.home'} />;
  }
}
