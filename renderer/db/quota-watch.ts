import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import { isQuotaError } from './storage-errors';
import { reportQuotaFailure } from './storage-health';

interface ErrorTarget {
  addEventListener(type: 'abort', listener: () => void): void;
  readonly error: unknown;
}

function isErrorTarget(tx: DBCoreTransaction): tx is DBCoreTransaction & ErrorTarget {
  return 'addEventListener' in tx && typeof tx.addEventListener === 'function' && 'error' in tx;
}

/**
 * Every write transaction of the app's database is watched: one that IndexedDB aborts for lack of
 * space raises the disk-full warning, whichever screen started it and however it reports the error.
 * IndexedDB rolls the whole transaction back, so the record and its audit entry are both absent.
 */
export const quotaWatch: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'quotaWatch',
  create: (down) => ({
    ...down,
    // A request refused outright (some engines report quota on the request, not the commit).
    table(name) {
      const table = down.table(name);
      return {
        ...table,
        mutate: (req) =>
          table.mutate(req).catch((error: unknown) => {
            if (isQuotaError(error)) reportQuotaFailure();
            throw error;
          }),
      };
    },
    transaction(stores, mode, options) {
      const tx = down.transaction(stores, mode, options);
      if (mode === 'readwrite' && isErrorTarget(tx)) {
        tx.addEventListener('abort', () => {
          if (isQuotaError(tx.error)) reportQuotaFailure();
        });
      }
      return tx;
    },
  }),
};
