import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { StringKey, Translate } from '@shared/i18n';
import type { PrinterProfile } from '@shared/templates/calibration';
import { MmField } from './MmField';

const profileFields = [
  ['offsetXMm', 'designer.printer.offsetX'],
  ['offsetYMm', 'designer.printer.offsetY'],
  ['driftMmPerSheet', 'designer.printer.drift'],
] as const satisfies readonly (readonly [keyof PrinterProfile, StringKey])[];

export interface ProfileEditorProps {
  t: Translate;
  profile: PrinterProfile;
  canManage: boolean;
  busy: boolean;
  onSave: (profile: PrinterProfile) => void;
}

/** X/Y offset and drift per sheet, in 0.1 mm steps; the parent keys it by printer and stored profile. */
export function ProfileEditor({ t, profile, canManage, busy, onSave }: ProfileEditorProps) {
  const [draft, setDraft] = useState(profile);
  const changed = profileFields.some(([k]) => draft[k] !== profile[k]);
  return (
    <Stack spacing={1.5} component="form" aria-label={t('designer.printer.profile')} onSubmit={(e) => e.preventDefault()}>
      <Typography variant="subtitle2">{t('designer.printer.profile')}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 }}>
        {profileFields.map(([key, label]) => (
          <MmField key={key} label={t(label)} value={draft[key]} step={0.1} disabled={!canManage} onChange={(v) => setDraft((d) => ({ ...d, [key]: v }))} />
        ))}
      </Box>
      <Typography variant="caption" color="text.secondary">
        {t('designer.printer.profileHint')}
      </Typography>
      <Box>
        <Button variant="outlined" onClick={() => onSave(draft)} disabled={!canManage || busy || !changed}>
          {t('designer.printer.saveProfile')}
        </Button>
      </Box>
    </Stack>
  );
}
