import { useEffect } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppThemeProvider } from '../theme/AppThemeProvider';
import { AppShell } from './AppShell';
import { FirstRunDialog } from './FirstRunDialog';
import { installFormKeys } from './form-keys';

export function App() {
  useEffect(() => installFormKeys(document), []);
  return (
    <I18nProvider>
      <AppThemeProvider>
        <AppShell />
        <FirstRunDialog />
      </AppThemeProvider>
    </I18nProvider>
  );
}
