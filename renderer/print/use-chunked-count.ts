import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render: one chunk at once, then one more chunk per task, so a batch of
 * hundreds of pages appears progressively instead of freezing the window. Starts over for a new `key`.
 */
export function useChunkedCount(key: unknown, total: number, chunk: number, enabled: boolean): number {
  const [state, setState] = useState({ key, count: Math.min(total, chunk) });
  let current = state;
  if (state.key !== key) {
    // A new document: start over during render rather than showing the old count for a frame.
    current = { key, count: Math.min(total, chunk) };
    setState(current);
  }
  const { count } = current;
  useEffect(() => {
    if (!enabled || count >= total) return undefined;
    const id = setTimeout(() => setState((s) => ({ ...s, count: Math.min(total, s.count + chunk) })), 0);
    return () => clearTimeout(id);
  }, [enabled, count, total, chunk]);
  return enabled ? count : 0;
}
