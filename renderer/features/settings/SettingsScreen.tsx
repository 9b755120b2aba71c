import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { langs, type Lang, type StringKey } from '@shared/i18n';
import { useCan } from '../../auth';
import { useLang, useT } from '../../i18n/context';
import { BackupPasswordSection } from './BackupPasswordSection';
import { BackupSection } from './BackupSection';
import { IdleLockSection } from './IdleLockSection';
import { LeftoversSection } from './LeftoversSection';
import { RestoreUndoSection } from './RestoreUndoSection';
import { SettingsSection } from './SettingsSection';
import { useExportFolder } from '../../components/use-export-folder';
import { usePersisted, type PersistedAnswer } from './use-persisted';

const langLabel: Record<Lang, StringKey> = { 'zh-CN': 'settings.lang.zh', en: 'settings.lang.en' };
const persistedLabel: Record<PersistedAnswer, StringKey> = {
  granted: 'settings.persisted.granted',
  denied: 'settings.persisted.denied',
  unknown: 'settings.persisted.unknown',
};

/** 设置: language, backup and restore, the idle lock, whether the browser keeps the data, where exports go. */
export function SettingsScreen() {
  const t = useT();
  const [lang, setLang] = useLang();
  const persisted = usePersisted();
  const exportFolder = useExportFolder();
  // Undoing a restore and removing data copies are a supervisor's, as the restore itself is.
  const canRestore = useCan('backup.restore');
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }} component="section" aria-label={t('nav.settings')}>
      <Typography variant="h2" component="h1">
        {t('nav.settings')}
      </Typography>
      <SettingsSection title={t('settings.language')}>
        <ToggleButtonGroup
          exclusive
          color="primary"
          value={lang}
          aria-label={t('settings.language')}
          onChange={(_e, next: Lang | null) => next && setLang(next)}
        >
          {langs.map((l) => (
            <ToggleButton key={l} value={l} lang={l}>
              {t(langLabel[l])}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </SettingsSection>
      <BackupSection />
      <BackupPasswordSection />
      {canRestore && <RestoreUndoSection />}
      {canRestore && <LeftoversSection />}
      <IdleLockSection />
      <SettingsSection title={t('settings.storage')}>
        <Typography>{persisted && t(persistedLabel[persisted])}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t('settings.storage.hint')}
        </Typography>
      </SettingsSection>
      <SettingsSection title={t('settings.exportFolder')}>
        {exportFolder.kind === 'browser' ? (
          <Typography>{t('settings.exportFolder.browser')}</Typography>
        ) : (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography sx={{ wordBreak: 'break-all' }}>
              {exportFolder.folder ?? t('settings.exportFolder.none')}
            </Typography>
            <Button variant="outlined" onClick={() => void exportFolder.choose()} sx={{ flexShrink: 0 }}>
              {t('settings.exportFolder.choose')}
            </Button>
          </Stack>
        )}
        {exportFolder.error && <Alert severity="error">{t('error.unexpected', { message: exportFolder.error })}</Alert>}
      </SettingsSection>
    </Stack>
  );
}
