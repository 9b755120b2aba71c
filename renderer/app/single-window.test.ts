import { afterEach, describe, expect, it } from 'vitest';
import { claimWindow, resetWindowClaim, windowLockName, type LockManagerLike } from './single-window';

type Callback = (lock: unknown) => Promise<unknown> | unknown;

/** The Web Locks API for one lock name shared by several windows: held until its callback's promise settles. */
class FakeLocks {
  held = false;
  private queue: Callback[] = [];

  /** One window's `navigator.locks`. */
  manager(): LockManagerLike {
    const request = (name: string, a: { ifAvailable: true } | Callback, b?: Callback): Promise<unknown> => {
      expect(name).toBe(windowLockName);
      const ifAvailable = typeof a !== 'function';
      const callback = typeof a === 'function' ? a : b;
      if (!callback) throw new Error('no callback');
      if (!this.held) return this.grant(callback);
      if (ifAvailable) return Promise.resolve(callback(null));
      this.queue.push(callback);
      return Promise.resolve();
    };
    return { request } as LockManagerLike;
  }

  private grant(callback: Callback): Promise<unknown> {
    this.held = true;
    return Promise.resolve(callback({ name: windowLockName }));
  }

  /** The holding window closes: the browser releases its lock and the next waiting window gets it. */
  release(): void {
    this.held = false;
    const next = this.queue.shift();
    if (next) void this.grant(next);
  }
}

afterEach(resetWindowClaim);

describe('one live window per database', () => {
  it('the first window takes the lock and opens the data', async () => {
    const locks = new FakeLocks();
    expect(await claimWindow(locks.manager())).toEqual({ owner: true });
    expect(locks.held).toBe(true);
  });

  it('a second window is told the app is open elsewhere, and goes on by itself once the first window closes', async () => {
    const locks = new FakeLocks();
    await claimWindow(locks.manager());
    resetWindowClaim(); // another window: its own page, its own claim
    const second = await claimWindow(locks.manager());
    expect(second.owner).toBe(false);
    if (second.owner) return;
    let turn = false;
    void second.waitForTurn.then(() => (turn = true));
    await Promise.resolve();
    expect(turn).toBe(false);
    locks.release();
    await second.waitForTurn;
    expect(turn).toBe(true);
    expect(locks.held).toBe(true);
  });

  it('a browser without Web Locks goes ahead', async () => {
    expect(await claimWindow(undefined)).toEqual({ owner: true });
  });
});
