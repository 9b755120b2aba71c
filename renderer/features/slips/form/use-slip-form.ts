import { useCallback, useEffect, useMemo, useState } from 'react';
import { toIsoDate } from '@shared/domain/local-date';
import { replacementFields } from '@shared/slips/editable';
import type { SlipAttachment } from '@shared/slips/purchase-slip';
import { coveringApprovals, lapsedKinds, type SlipApprovalKind } from '@shared/slips/approval-cover';
import { ValidationError, type Issue } from '@shared/validation';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { checkSlip, createSlip, updateSlip, type SavedSlip } from '../../../db/slips-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import type { StoredProduct } from '../common/use-products';
import { chooseProduct, emptySlipForm, issuesAtRows, isFormField, readSlipForm, slipToForm, withTrailingBlank, type SlipFormValues, type SlipLineRow } from './slip-form';

export type SlipFormMode = { kind: 'new' } | { kind: 'edit'; slip: SavedSlip } | { kind: 'replace'; old: SavedSlip };

function initialValues(mode: SlipFormMode): SlipFormValues {
  if (mode.kind === 'edit') return slipToForm(mode.slip);
  if (mode.kind === 'replace') return slipToForm(replacementFields(mode.old));
  return emptySlipForm();
}

/** Rules the form shows while the clerk types: a line's own refusals (OUT-3, OUT-5, stock) and OUT-2. */
function isLiveIssue(i: Issue, values: SlipFormValues): boolean {
  const m = /^lines\.(\d+)\./.exec(i.path);
  if (m) return values.lines[Number(m[1])]?.productId != null;
  return i.path === 'attachments';
}

export interface SlipForm {
  values: SlipFormValues;
  /** Messages beside the fields (live rule checks, then the refused save's) and the rest above the buttons. */
  errors: Record<string, string>;
  message: string | null;
  saving: boolean;
  update: (change: Partial<SlipFormValues>) => void;
  setLine: (row: number, change: Partial<SlipLineRow>) => void;
  chooseLineProduct: (row: number, product: StoredProduct | null) => void;
  removeLine: (row: number) => void;
  setAttachment: (a: SlipAttachment | null) => void;
  refuse: (issues: Issue[]) => void;
  submit: () => Promise<SavedSlip | undefined>;
  /** OUT-7: approvals on the slip being edited that saving these lines would let lapse. */
  lapses: SlipApprovalKind[];
}

export function useSlipForm(mode: SlipFormMode): SlipForm {
  const t = useT();
  const actor = useActor();
  const [values, setValues] = useState(() => initialValues(mode));
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [live, setLive] = useState<Issue[]>([]);
  const [saving, setSaving] = useState(false);
  // A draft keeps its day; a new slip (or a replacement) is today's.
  const [day] = useState(() => (mode.kind === 'edit' ? mode.slip.day : toIsoDate(Date.now())));

  const change = useCallback((next: (v: SlipFormValues) => SlipFormValues) => {
    setValues(next);
    setRefusal(noRefusal);
  }, []);

  // The shared rules against the stored products and stock, shortly after the clerk stops typing.
  useEffect(() => {
    const reading = readSlipForm(values, day);
    const timer = setTimeout(() => {
      void checkSlip(getDb(), reading.fields).then((issues) => setLive(issuesAtRows(issues, reading.rowOfLine).filter((i) => isLiveIssue(i, values))));
    }, 200);
    return () => clearTimeout(timer);
  }, [values, day]);

  const submit = useCallback(async () => {
    const reading = readSlipForm(values, day, mode.kind === 'edit' ? mode.slip.approvals : {});
    const atRows = (issues: readonly Issue[]) => [...reading.issues, ...issuesAtRows(issues, reading.rowOfLine)];
    setSaving(true);
    try {
      const issues = atRows(await checkSlip(getDb(), reading.fields));
      if (issues.length > 0) return void setRefusal(refusalFromIssues(t, issues, isFormField));
      if (mode.kind === 'edit') return await updateSlip(getDb(), actor, mode.slip.id, reading.fields);
      return await createSlip(getDb(), actor, mode.kind === 'replace' ? { ...reading.fields, replacesSlipId: mode.old.id } : reading.fields);
    } catch (e) {
      setRefusal(e instanceof ValidationError ? refusalFromIssues(t, atRows(e.issues), isFormField) : refusalOf(t, e, isFormField));
      return undefined;
    } finally {
      setSaving(false);
    }
  }, [values, day, mode, actor, t]);

  const errors = useMemo(() => ({ ...refusalFromIssues(t, live, isFormField).fields, ...refusal.fields }), [live, refusal, t]);
  const lapses = useMemo(() => {
    if (mode.kind !== 'edit') return [];
    const holding = coveringApprovals(mode.slip.approvals, mode.slip.lines);
    return lapsedKinds(holding, readSlipForm(values, day).fields.lines);
  }, [mode, values, day]);

  return {
    values,
    errors,
    message: refusal.message,
    saving,
    update: (c) => change((v) => ({ ...v, ...c })),
    setLine: (row, c) => change((v) => ({ ...v, lines: withTrailingBlank(v.lines.map((r, i) => (i === row ? { ...r, ...c } : r))) })),
    chooseLineProduct: (row, product) => change((v) => chooseProduct(v, row, product)),
    removeLine: (row) => change((v) => ({ ...v, lines: withTrailingBlank(v.lines.filter((_r, i) => i !== row)) })),
    setAttachment: (a) => change((v) => ({ ...v, attachments: a ? [a] : [] })),
    refuse: (issues) => setRefusal(refusalFromIssues(t, issues, isFormField)),
    submit,
    lapses,
  };
}
