/** What counts as someone at the keyboard: any key, click, pointer move, wheel or touch. */
export const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;

export const defaultIdleLockMinutes = 10;

/** Settings 'idleLockMinutes': a positive number of minutes, else the default (10). */
export function idleLockMs(setting: unknown): number {
  const minutes = typeof setting === 'number' && Number.isFinite(setting) && setting > 0 ? setting : defaultIdleLockMinutes;
  return minutes * 60_000;
}

export interface IdleWatchOptions {
  target: EventTarget;
  timeoutMs: number;
  onIdle: () => void;
  clock?: () => number;
}

/**
 * Calls `onIdle` once after `timeoutMs` without activity on `target`. Activity only stamps a time
 * (a mouse move is too frequent to restart a timer each time); the one timer re-arms itself for the
 * rest of the wait. A PC waking from sleep fires the overdue timer and locks at once.
 */
export function watchIdle({ target, timeoutMs, onIdle, clock = Date.now }: IdleWatchOptions): () => void {
  let lastActivity = clock();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const idleFor = clock() - lastActivity;
    if (idleFor >= timeoutMs) {
      timer = undefined;
      onIdle();
      return;
    }
    timer = setTimeout(check, timeoutMs - idleFor);
  };
  const onActivity = () => {
    lastActivity = clock();
  };
  for (const type of activityEvents) target.addEventListener(type, onActivity, { capture: true, passive: true });
  timer = setTimeout(check, timeoutMs);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    for (const type of activityEvents) target.removeEventListener(type, onActivity, { capture: true });
  };
}
