import { useEffect, useEffectEvent } from 'react';
import { menuCommandEvent, type MenuCommand } from '@shared/ipc';

function isMenuCommand(event: Event, command: MenuCommand): boolean {
  return event instanceof CustomEvent && event.detail === command;
}

/**
 * Runs `onPrint` when the application menu's 打印… (Ctrl+P in Electron) fires while `active`: main
 * sends it as a DOM event and the screen on top decides what printing means.
 */
export function useMenuPrint(active: boolean, onPrint: () => void): void {
  const handle = useEffectEvent((event: Event) => {
    if (isMenuCommand(event, 'print')) onPrint();
  });
  useEffect(() => {
    if (!active) return undefined;
    const listener = (event: Event) => handle(event);
    window.addEventListener(menuCommandEvent, listener);
    return () => window.removeEventListener(menuCommandEvent, listener);
  }, [active]);
}
