import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useT } from '../i18n/context';

/** The frame of the screens before work starts: the app's name, then one centred card. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  return (
    <Box component="main" sx={{ height: '100%', overflowY: 'auto', display: 'grid', placeItems: 'center', p: 3 }}>
      <Box sx={{ width: '100%', maxWidth: 520 }}>
        <Typography variant="h2" component="p" color="primary" sx={{ textAlign: 'center', mb: 2 }}>
          {t('app.title')}
        </Typography>
        <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="auth-title">
          <Typography variant="h1" id="auth-title" gutterBottom>
            {title}
          </Typography>
          {children}
        </Paper>
      </Box>
    </Box>
  );
}
