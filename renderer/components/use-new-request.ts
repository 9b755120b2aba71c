import { useEffect, useEffectEvent } from 'react';
import { hasNewRequest, withoutNewRequest } from './new-request';

/**
 * Calls `onNew` when the address asks for a new record (`?new=1`), at mount and on later hash changes,
 * then takes the flag out of the address without a history entry. `enabled` false (the role may not
 * create the record) leaves the request unanswered and the flag dropped.
 */
export function useNewRequest(onNew: () => void, enabled = true): void {
  const take = useEffectEvent(() => {
    const { hash } = window.location;
    if (!hasNewRequest(hash)) return;
    window.history.replaceState(window.history.state, '', withoutNewRequest(hash) || '#/');
    if (enabled) onNew();
  });
  useEffect(() => {
    take();
    const onHash = () => take();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
}
