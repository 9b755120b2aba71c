import { useCallback, useRef, useState } from 'react';
import { useActor } from '../../auth';
import { getDb } from '../../db/db';
import { runDataCheck, type IntegrityReport, type IntegrityStep } from '../../db/integrity';

export type DataCheck =
  | { status: 'idle' }
  | { status: 'running'; step: IntegrityStep; done: number; total: number }
  | { status: 'done'; report: IntegrityReport }
  | { status: 'failed'; message: string };

/** 数据自检: runs the check on demand (it reads every record, so never on its own), with its progress. */
export function useDataCheck(): { check: DataCheck; start: () => Promise<void> } {
  const actor = useActor();
  const [check, setCheck] = useState<DataCheck>({ status: 'idle' });
  const running = useRef(false);
  const start = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setCheck({ status: 'running', step: 'read', done: 0, total: 1 });
    try {
      const report = await runDataCheck(getDb(), actor, (step, done, total) => setCheck({ status: 'running', step, done, total }));
      setCheck({ status: 'done', report });
    } catch (error) {
      setCheck({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      running.current = false;
    }
  }, [actor]);
  return { check, start };
}
