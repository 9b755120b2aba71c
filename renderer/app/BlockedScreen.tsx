import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { translate, type StringKey } from '@shared/i18n';
import { AppThemeProvider } from '../theme/AppThemeProvider';

export interface BlockedScreenProps {
  titleKey: StringKey;
  bodyKey: StringKey;
  params?: Record<string, string>;
  /** A button under the text, e.g. 重新加载. */
  action?: { label: StringKey; onClick: () => void };
  /** 'error' for a start that failed, 'info' for a window that waits. */
  severity: 'error' | 'info';
  children?: ReactNode;
}

/**
 * A whole-window screen shown instead of the app when it must not open its data here (another window
 * has it, the data was replaced elsewhere, the start failed). The language setting lives in that very
 * data, so the screen says it in Chinese and in English.
 */
export function BlockedScreen({ titleKey, bodyKey, params, action, severity, children }: BlockedScreenProps) {
  const zh = (key: StringKey) => translate('zh-CN', key, params);
  const en = (key: StringKey) => translate('en', key, params);
  return (
    <AppThemeProvider>
      <Box sx={{ height: '100%', display: 'grid', placeItems: 'center', p: 3 }}>
        <Paper variant="outlined" component="main" aria-labelledby="blocked-title" sx={{ p: 4, maxWidth: 640 }}>
          <Stack spacing={2}>
            <Typography id="blocked-title" variant="h2" component="h1">
              {zh(titleKey)}
            </Typography>
            <Alert severity={severity} role={severity === 'error' ? 'alert' : 'status'}>
              {zh(bodyKey)}
            </Alert>
            <Box lang="en">
              <Typography variant="h3" component="p" sx={{ mb: 0.5 }}>
                {en(titleKey)}
              </Typography>
              <Typography color="text.secondary">{en(bodyKey)}</Typography>
            </Box>
            {children}
            {action && (
              <Box>
                <Button variant="contained" onClick={action.onClick}>
                  {zh(action.label)} · {en(action.label)}
                </Button>
              </Box>
            )}
          </Stack>
        </Paper>
      </Box>
    </AppThemeProvider>
  );
}
