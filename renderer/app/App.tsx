import { useEffect } from 'react';
import { SessionProvider } from '../auth';
import { getDb } from '../db/db';
import { I18nProvider } from '../i18n/I18nProvider';
import { getPlatform } from '../platform';
import { AppThemeProvider } from '../theme/AppThemeProvider';
import { installQuitBackup } from './app-backups';
import { AppShell } from './AppShell';
import { FirstRunDialog } from './FirstRunDialog';
import { installFormKeys } from './form-keys';

export function App() {
  useEffect(() => installFormKeys(document), []);
  // The backup on quit does not depend on who is signed in: the window may close on the sign-in screen.
  useEffect(() => installQuitBackup(window, getDb, getPlatform()), []);
  return (
    <I18nProvider>
      <AppThemeProvider>
        <SessionProvider>
          <AppShell />
          <FirstRunDialog />
        </SessionProvider>
      </AppThemeProvider>
    </I18nProvider>
  );
}
