import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import HelpOutline from '@mui/icons-material/HelpOutlineOutlined';
import TuneIcon from '@mui/icons-material/Tune';
import type { Lang, Translate } from '@shared/i18n';
import type { PrinterProfile } from '@shared/templates/calibration';
import type { Template } from '@shared/templates/template';
import type { PrinterInfo } from '../../platform';
import { CalibrationWizard } from './CalibrationWizard';
import { PaperHelpDialog } from './PaperHelpDialog';
import { ProfileEditor } from './ProfileEditor';
import type { PrinterChoice } from './use-printer-choice';

export interface PrinterPanelProps {
  t: Translate;
  lang: Lang;
  template: Template;
  choice: PrinterChoice;
  canManage: boolean;
  busy: boolean;
  onSaveProfile: (printerName: string, profile: PrinterProfile) => Promise<boolean>;
}

export function printerLabel(t: Translate, name: string, printers: readonly PrinterInfo[]): string {
  const p = printers.find((x) => x.name === name);
  if (!p) return t('designer.printer.systemDialog');
  return p.isDefault ? t('designer.printer.default', { name: p.displayName }) : p.displayName;
}

function PrinterSelect({ t, choice }: { t: Translate; choice: PrinterChoice }) {
  const printers = choice.printers ?? [];
  if (choice.isBrowser) return <Alert severity="info">{t('designer.printer.browserNote')}</Alert>;
  if (choice.printers && printers.length === 0) return <Alert severity="warning">{t('designer.printer.noneFound')}</Alert>;
  return (
    <TextField
      select
      size="small"
      label={t('designer.printer.select')}
      value={choice.printerName}
      helperText={t('designer.printer.remembered')}
      onChange={(e) => choice.choose(e.target.value)}
    >
      <MenuItem value="">{t('designer.printer.systemDialog')}</MenuItem>
      {printers.map((p) => (
        <MenuItem key={p.name} value={p.name}>
          {printerLabel(t, p.name, printers)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** 打印机与校准: the template's printer, its offset profile, the calibration wizard and the paper-size help. */
export function PrinterPanel({ t, lang, template, choice, canManage, busy, onSaveProfile }: PrinterPanelProps) {
  const [wizardOpen, setWizardOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const { printerName, profile } = choice;
  const label = printerLabel(t, printerName, choice.printers ?? []);
  return (
    <Stack spacing={2}>
      <PrinterSelect t={t} choice={choice} />
      <ProfileEditor
        key={`${printerName}:${profile.offsetXMm}:${profile.offsetYMm}:${profile.driftMmPerSheet}`}
        t={t}
        profile={profile}
        canManage={canManage}
        busy={busy}
        onSave={(p) => void onSaveProfile(printerName, p)}
      />
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="contained" startIcon={<TuneIcon />} onClick={() => setWizardOpen(true)} disabled={!canManage}>
          {t('designer.printer.wizard')}
        </Button>
        <Button startIcon={<HelpOutline />} onClick={() => setHelpOpen(true)}>
          {t('designer.printer.paperHelp')}
        </Button>
      </Stack>
      {wizardOpen && (
        <CalibrationWizard
          open
          onClose={() => setWizardOpen(false)}
          t={t}
          lang={lang}
          template={template}
          printerName={printerName}
          printerLabel={label}
          current={profile}
          onSave={(p) => onSaveProfile(printerName, p)}
        />
      )}
      <PaperHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} t={t} />
    </Stack>
  );
}
