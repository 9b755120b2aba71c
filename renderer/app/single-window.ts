/**
 * One live window per database: the app holds a Web Lock for as long as the window is open. A second
 * window (another browser tab, a second copy of the page) does not open the database at all: it says
 * the app is open elsewhere and waits in the lock's queue, going on by itself once the first window closes.
 * Two windows writing one database lost one window's work on a restore in the other.
 */
export const windowLockName = 'shouhou-center.window';

/** The part of `navigator.locks` this needs; absent in Node and in very old browsers. */
export interface LockManagerLike {
  request(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<unknown> | unknown): Promise<unknown>;
  request(name: string, callback: (lock: unknown) => Promise<unknown> | unknown): Promise<unknown>;
}

export type WindowClaim = { owner: true } | { owner: false; waitForTurn: Promise<void> };

/** Held until the window goes away: the lock is released by the browser when the page unloads. */
const forever = () => new Promise<never>(() => undefined);

let claim: Promise<WindowClaim> | null = null;

/**
 * Takes the window lock if it is free; otherwise reports that another window has it, with a promise
 * that resolves when this window's turn comes (the lock is then held by this window). Without Web Locks
 * the window goes ahead (the BroadcastChannel guard in db/window-channel.ts still closes stale windows).
 */
export function claimWindow(locks: LockManagerLike | undefined = globalThis.navigator?.locks): Promise<WindowClaim> {
  claim ??= new Promise<WindowClaim>((resolve) => {
    if (!locks) return resolve({ owner: true });
    void locks
      .request(windowLockName, { ifAvailable: true }, (lock) => {
        if (lock) {
          resolve({ owner: true });
          return forever();
        }
        const waitForTurn = new Promise<void>((turn) => {
          void locks.request(windowLockName, () => {
            turn();
            return forever();
          });
        });
        resolve({ owner: false, waitForTurn });
        return null;
      })
      .catch((error: unknown) => {
        console.warn('the window lock is not available; going ahead', error);
        resolve({ owner: true });
      });
  });
  return claim;
}

/** For tests: forget this window's claim. */
export function resetWindowClaim(): void {
  claim = null;
}
