import { useMemo, type ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { useLang } from '../i18n/context';
import { createAppTheme } from './theme';
import { dayjsLocale } from './dayjs-locale';

/** Theme, baseline CSS and the date pickers' locale, all following the current language. */
export function AppThemeProvider({ children }: { children: ReactNode }) {
  const [lang] = useLang();
  const theme = useMemo(() => createAppTheme(lang), [lang]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={dayjsLocale(lang)}>
        {children}
      </LocalizationProvider>
    </ThemeProvider>
  );
}
