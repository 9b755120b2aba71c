import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../../db/db';
import { majorIncidents } from '../../../db/escalations-repo';
import { useT } from '../../../i18n/context';
import { hashForTab } from '../service-tabs';

/**
 * SVC-4: a major incident is reported upward at once — this banner shows for everyone, under the top
 * bar, until the supervisor records how it was handled. The shell places it.
 */
export function MajorIncidentBanner() {
  const t = useT();
  const incidents = useLiveQuery(() => majorIncidents(getDb()), []);
  if (!incidents || incidents.length === 0) return null;
  const href = hashForTab('complaints');
  return (
    <Alert
      severity="error"
      variant="filled"
      role="alert"
      action={
        window.location.hash.startsWith(href) ? undefined : (
          <Button color="inherit" size="small" href={href}>
            {t('svcui.complaint.open')}
          </Button>
        )
      }
    >
      {t('service.complaint.banner', { count: incidents.length })}
    </Alert>
  );
}
