import { useId, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import AddIcon from '@mui/icons-material/Add';
import type { Lang, Translate } from '@shared/i18n';
import { calibrationCrosshairs, calibrationTemplate } from '@shared/templates/builtin/calibration-page';
import { neutralProfile, profileFromMeasurements, type PrinterProfile } from '@shared/templates/calibration';
import type { Template } from '@shared/templates/template';
import { PrintPreviewDialog } from '../../print/PrintPreviewDialog';
import { templatePrintSource } from '../../print/template-print-source';
import { initialRows, measurementsFromRows, nextSheetRow, type MeasureRow } from './calibration-rows';
import { MeasureTable } from './MeasureTable';
import { ProfileSummary } from './ProfileSummary';

export interface CalibrationWizardProps {
  open: boolean;
  onClose: () => void;
  t: Translate;
  lang: Lang;
  template: Template;
  printerName: string;
  printerLabel: string;
  current: PrinterProfile;
  onSave: (profile: PrinterProfile) => Promise<boolean>;
}

const stepKeys = ['designer.wizard.step.print', 'designer.wizard.step.measure', 'designer.wizard.step.result'] as const;

/**
 * 校准向导: print the calibration page on the template's paper without any correction, enter where
 * the crosshairs landed, and save the profile computed from them.
 */
export function CalibrationWizard(props: CalibrationWizardProps) {
  const { open, onClose, t, lang, template, printerName } = props;
  const titleId = useId();
  const crosshairs = useMemo(() => calibrationCrosshairs(template.paper), [template.paper]);
  const [step, setStep] = useState(0);
  const [rows, setRows] = useState<MeasureRow[]>(() => initialRows(crosshairs));
  const [printing, setPrinting] = useState(false);
  const measurements = measurementsFromRows(rows, crosshairs);
  const computed = measurements ? profileFromMeasurements(measurements) : null;
  const source = useMemo(
    () => (printing ? templatePrintSource(calibrationTemplate(template.paper, lang), [{}], { profile: neutralProfile, printerName, lang }) : null),
    [printing, template.paper, lang, printerName],
  );

  const save = async () => {
    if (computed && (await props.onSave(computed))) onClose();
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{t('designer.wizard.title', { printer: props.printerLabel })}</DialogTitle>
      <DialogContent>
        <Stepper activeStep={step} sx={{ mb: 3 }}>
          {stepKeys.map((k) => (
            <Step key={k}>
              <StepLabel>{t(k)}</StepLabel>
            </Step>
          ))}
        </Stepper>
        {step === 0 && (
          <>
            <Typography sx={{ mb: 1 }}>{t('designer.wizard.print.text', { width: template.paper.widthMm, height: template.paper.heightMm })}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t('designer.wizard.print.continuous')}
            </Typography>
            <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => setPrinting(true)}>
              {t('designer.wizard.print.button')}
            </Button>
          </>
        )}
        {step === 1 && (
          <>
            <Typography sx={{ mb: 1 }}>{t('designer.wizard.measure.text')}</Typography>
            <MeasureTable t={t} crosshairs={crosshairs} rows={rows} fixedRows={crosshairs.length} onChange={setRows} />
            <Button startIcon={<AddIcon />} onClick={() => setRows((r) => [...r, nextSheetRow(r)])} sx={{ mt: 1 }}>
              {t('designer.wizard.measure.addRow')}
            </Button>
            {!computed && rows.some((r) => r.x || r.y) && (
              <Alert severity="warning" sx={{ mt: 1 }}>
                {t('designer.wizard.measure.invalid')}
              </Alert>
            )}
          </>
        )}
        {step === 2 && computed && (
          <>
            <Typography sx={{ mb: 2 }}>{t('designer.wizard.result.text')}</Typography>
            <ProfileSummary t={t} current={props.current} next={computed} />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('action.cancel')}</Button>
        {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('designer.wizard.back')}</Button>}
        {step < 2 && (
          <Button variant="contained" onClick={() => setStep(step + 1)} disabled={step === 1 && !computed}>
            {t('designer.wizard.next')}
          </Button>
        )}
        {step === 2 && (
          <Button variant="contained" onClick={() => void save()} disabled={!computed}>
            {t('designer.wizard.save')}
          </Button>
        )}
      </DialogActions>
      <PrintPreviewDialog open={printing} onClose={() => setPrinting(false)} doc={source} />
    </Dialog>
  );
}
