import { useEffect, useEffectEvent } from 'react';

/**
 * Ctrl+P (and the menu's 打印…) on a screen: the app dispatches this window event, and the screen on
 * top that has a print preview opens it. A preview already open prints instead (use-menu-print.ts).
 */
export const previewRequestEvent = 'app-print-preview';

export function requestPrintPreview(target: Pick<Window, 'dispatchEvent'> = window): void {
  target.dispatchEvent(new Event(previewRequestEvent));
}

/** Runs `onOpen` when Ctrl+P asks for this screen's preview while `active`. */
export function usePreviewRequest(active: boolean, onOpen: () => void): void {
  const handle = useEffectEvent(() => onOpen());
  useEffect(() => {
    if (!active) return undefined;
    const listener = () => handle();
    window.addEventListener(previewRequestEvent, listener);
    return () => window.removeEventListener(previewRequestEvent, listener);
  }, [active]);
}
