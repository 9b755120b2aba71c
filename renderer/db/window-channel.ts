import type { Dexie } from 'dexie';

/**
 * Windows of the app on the same PC tell each other when the live database changes under them. One
 * window per database is the rule (renderer/app/single-window.ts holds a Web Lock), but a window of an
 * older version, or a browser without Web Locks, may still be open: before it could go on writing into
 * a database that is no longer live (or silently reopen a deleted one as an empty database), it closes
 * its connection and says why.
 */
const channelName = 'shouhou-center.data';

type Message = { type: 'switched'; from: string };

/** This window's id: a BroadcastChannel also delivers to the sender's other channel objects. */
const windowId = Math.random().toString(36).slice(2);

let closedElsewhere = false;
const listeners = new Set<() => void>();

function markClosed(): void {
  if (closedElsewhere) return;
  closedElsewhere = true;
  for (const listener of listeners) listener();
}

/** True once another window switched the live database, or upgraded or deleted this one. */
export function isClosedElsewhere(): boolean {
  return closedElsewhere;
}

export function subscribeClosedElsewhere(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
}

/** Tells every other window that the live database has just been switched (a restore, an undo). */
export function announceSwitch(): void {
  const c = channel();
  if (!c) return;
  c.postMessage({ type: 'switched', from: windowId } satisfies Message);
  c.close();
}

/**
 * Watches `db` for this window: another window's switch, upgrade or delete closes it for good (no
 * auto-reopen, which would create an empty database under a deleted name) and marks the window closed.
 */
export function guardConnection(db: Dexie): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    markClosed();
    // false: Dexie's own handler would close with auto-reopen allowed.
    return false;
  });
  const c = channel();
  if (!c) return;
  c.addEventListener('message', (event: MessageEvent<Message>) => {
    if (event.data?.type !== 'switched' || event.data.from === windowId) return;
    db.close({ disableAutoOpen: true });
    markClosed();
    c.close();
  });
}
