import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import dayjs from 'dayjs';
import { useActor, useApproval } from '../../auth';
import type { Notice } from '../../components/notice';
import { confirmLastRestore, lastRestore, undoLastRestore, type LastRestore } from '../../db/backup/undo-restore';
import { getDb } from '../../db/db';
import { useT } from '../../i18n/context';

export interface LastRestoreActions {
  /** The restore that can still be undone, or null (none, confirmed, a week old); undefined while reading. */
  restore: LastRestore | null | undefined;
  busy: boolean;
  notice: Notice | null;
  clearNotice: () => void;
  undo: () => Promise<void>;
  confirm: () => Promise<void>;
}

/** Long enough to read the notice; the reload then opens the data from before the restore. */
const reloadDelayMs = 1200;
const when = (at: number) => dayjs(at).format('YYYY-MM-DD HH:mm');

/** 设置 → 上次恢复: what the last restore was, 撤销上次恢复 and 确认恢复无误, each with a supervisor's signature. */
export function useLastRestore(): LastRestoreActions {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const restore = useLiveQuery(() => lastRestore(getDb(), Date.now()), []);

  const run = useCallback(
    async (kind: 'undo' | 'confirm') => {
      if (!restore) return;
      const approval = await requestApproval({
        title: t(kind === 'undo' ? 'restoreUndo.undo' : 'restoreUndo.confirm'),
        description:
          kind === 'undo'
            ? `${t('restoreUndo.approvalUndo', { at: when(restore.at) })}。${t('restoreUndo.undoWarning', { n: restore.actionsSince })}`
            : t('restoreUndo.approvalConfirm', { at: when(restore.at) }),
      });
      if (!approval) return;
      setBusy(true);
      const result = await (kind === 'undo' ? undoLastRestore : confirmLastRestore)(actor, approval);
      if (!result.ok) {
        setBusy(false);
        return setNotice({ severity: 'error', text: t('restoreUndo.failed', { reason: t(result.reason) }) });
      }
      if (kind === 'confirm') {
        setBusy(false);
        return setNotice({ severity: 'success', text: t('restoreUndo.confirmed') });
      }
      setNotice({ severity: 'success', text: t('restoreUndo.undone') });
      setTimeout(() => window.location.reload(), reloadDelayMs);
    },
    [restore, requestApproval, t, actor],
  );

  return {
    restore,
    busy,
    notice,
    clearNotice: useCallback(() => setNotice(null), []),
    undo: useCallback(() => run('undo'), [run]),
    confirm: useCallback(() => run('confirm'), [run]),
  };
}
