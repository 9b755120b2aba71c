import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Analysis } from '@shared/service/request';
import { analysisIssues } from '@shared/service/request-flow';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { analyseServiceRequest, type StoredServiceRequest } from '../../../db/service-requests-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';

interface Props {
  request: StoredServiceRequest;
  onClose: () => void;
  onSaved: () => void;
}

const parts = ['likelyCause', 'referenceSolution', 'materials'] as const;
const isField = (path: string) => parts.some((p) => path === `analysis.${p}`);

/** 问题分析 (SVC-1): likely cause, reference solution and the materials to bring, all before dispatch. */
export function AnalysisDialog({ request, onClose, onSaved }: Props) {
  const t = useT();
  const actor = useActor();
  const [values, setValues] = useState<Analysis>(request.analysis ?? { likelyCause: '', referenceSolution: '', materials: '' });
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const issues = analysisIssues(values);
    if (issues.length > 0) return setRefusal(refusalFromIssues(t, issues, isField));
    setBusy(true);
    try {
      await analyseServiceRequest(getDb(), actor, request.id, values);
      onSaved();
    } catch (err) {
      setRefusal(refusalOf(t, err, isField));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="analysis-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="analysis-title">{t('svcui.analysis.title', { no: request.no })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1.5, whiteSpace: 'pre-wrap' }}>{request.problem}</DialogContentText>
          <Stack spacing={1.5}>
            {parts.map((p) => (
              <TextField
                key={p}
                label={t(`service.analysis.field.${p}`)}
                required
                multiline
                minRows={2}
                size="small"
                value={values[p]}
                onChange={(e) => (setValues((v) => ({ ...v, [p]: e.target.value })), setRefusal(noRefusal))}
                error={refusal.fields[`analysis.${p}`] !== undefined}
                helperText={refusal.fields[`analysis.${p}`]}
              />
            ))}
            {refusal.message && <Alert severity="error">{refusal.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('svcui.analysis.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
