import { useCallback, useState } from 'react';
import type { StockTake } from '@shared/stock/stock-take';
import { useActor, useApproval } from '../../../auth';
import type { Notice } from '../../../components/notice';
import { getDb } from '../../../db/db';
import { applyVariances, enterCounts, varianceApprovalList } from '../../../db/stock-take-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import { inputsFromTake, postingIssues, readCounts, type CountInput } from './take-form';
import { varianceApprovalDetails } from './variance-approval';

const isField = (path: string) => /^lines\.\d+\.(countedQty|reason)$/.test(path);

/** The count table's typed values, saving them (enterCounts) and posting with the supervisor's approval (WH-2). */
export function useTakeEntry(take: StockTake & { id: number }, onNotice: (n: Notice) => void) {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  const [inputs, setInputs] = useState(() => inputsFromTake(take));
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);

  const setInput = useCallback((productId: number, change: Partial<CountInput>) => {
    setInputs((all) => ({ ...all, [productId]: { qty: '', reason: '', ...all[productId], ...change } }));
    setRefusal(noRefusal);
  }, []);

  /** Reads and saves the counts; the lines as saved, or undefined when something was refused. */
  const store = useCallback(async () => {
    const read = readCounts(take, inputs);
    if (read.issues.length > 0) return void setRefusal(refusalFromIssues(t, read.issues, isField));
    if (read.counts.length > 0) await enterCounts(getDb(), actor, take.id, read.counts);
    return read.lines;
  }, [take, inputs, actor, t]);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setRefusal(refusalOf(t, e, isField));
    } finally {
      setBusy(false);
    }
  }, [t]);

  const save = () => run(async () => {
    if (await store()) onNotice({ severity: 'success', text: t('stockui.take.countsSaved') });
  });

  const post = () => run(async () => {
    const lines = await store();
    if (!lines) return;
    const issues = postingIssues(lines);
    if (issues.length > 0) return setRefusal(refusalFromIssues(t, issues, isField));
    // WH-2: the supervisor signs the list itself, as saved; the approval covers exactly these lines.
    const list = await varianceApprovalList(getDb(), take.id);
    const approval = await requestApproval({
      title: t('stockui.take.approveTitle'),
      description: t(list.rows.length > 0 ? 'stockui.take.approveDescription' : 'stockui.take.approveNoVariance', { docNo: take.docNo, count: list.rows.length }),
      ...(list.rows.length > 0 ? { details: varianceApprovalDetails(list, t) } : {}),
    });
    if (!approval) return;
    const movement = await applyVariances(getDb(), actor, take.id, approval, list.rows);
    onNotice({ severity: 'success', text: t(movement ? 'stockui.take.posted' : 'stockui.take.postedNoChange', { docNo: take.docNo }) });
  });

  return { inputs, setInput, refusal, busy, save, post, preview: readCounts(take, inputs).lines };
}
