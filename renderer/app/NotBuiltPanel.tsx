import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { StringKey } from '@shared/i18n';
import { useT } from '../i18n/context';

/**
 * What a module that later issues will build shows now: a plain statement, no fake screen. With a
 * `message`, it says that instead (e.g. a module the role may not use, opened by its address).
 */
export function NotBuiltPanel({ title, message }: { title: StringKey; message?: StringKey }) {
  const t = useT();
  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 560 }} aria-label={t(title)} role="region">
      <Typography variant="h2" component="h1" gutterBottom>
        {t(title)}
      </Typography>
      {message ? (
        <Typography>{t(message)}</Typography>
      ) : (
        <>
          <Typography>{t('module.notBuilt')}</Typography>
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            {t('module.notBuiltHint')}
          </Typography>
        </>
      )}
    </Paper>
  );
}
