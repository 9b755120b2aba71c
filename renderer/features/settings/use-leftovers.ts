import { useCallback, useEffect, useState } from 'react';
import { useActor } from '../../auth';
import type { Notice } from '../../components/notice';
import { listLeftovers, removeLeftover, type LeftoverCopy } from '../../db/backup/leftovers';
import { useT } from '../../i18n/context';

export interface Leftovers {
  copies: LeftoverCopy[] | undefined;
  busy: string | null;
  notice: Notice | null;
  clearNotice: () => void;
  remove: (name: string) => Promise<void>;
}

/** 未使用的数据副本: read once when 设置 opens (each copy is opened to count its rows), again after a removal. */
export function useLeftovers(): Leftovers {
  const t = useT();
  const actor = useActor();
  const [copies, setCopies] = useState<LeftoverCopy[] | undefined>(undefined);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const refresh = useCallback(async () => {
    setCopies(await listLeftovers().catch(() => []));
  }, []);
  useEffect(() => {
    let live = true;
    void listLeftovers()
      .catch(() => [])
      .then((list) => live && setCopies(list));
    return () => {
      live = false;
    };
  }, []);

  const remove = useCallback(
    async (name: string) => {
      setBusy(name);
      const result = await removeLeftover(actor, name);
      setBusy(null);
      setNotice(
        result.ok
          ? { severity: 'success', text: t('leftovers.removed', { name }) }
          : { severity: 'error', text: t('leftovers.removeFailed', { message: t(result.reason) }) },
      );
      await refresh();
    },
    [actor, t, refresh],
  );

  return { copies, busy, notice, clearNotice: useCallback(() => setNotice(null), []), remove };
}
