import { useEffect, useEffectEvent } from 'react';

/**
 * PgUp / PgDn page through the preview while `active`, wherever the focus is: a button that was
 * just disabled (下一页 on the last page) leaves the focus on the body, outside the dialog.
 */
export function usePageKeys(active: boolean, onStep: (step: 1 | -1) => void): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || (event.key !== 'PageDown' && event.key !== 'PageUp')) return;
    event.preventDefault();
    onStep(event.key === 'PageDown' ? 1 : -1);
  });
  useEffect(() => {
    if (!active) return undefined;
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [active]);
}
