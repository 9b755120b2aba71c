import { usedHeapBytes } from '../export/progress';

export interface MonitorResult {
  /** Longest gap between two ticks of a 16 ms timer: how long the window could not respond. */
  maxGapMs: number;
  /** Highest main-thread JS heap sampled (bytes), null outside Chromium. */
  peakHeapBytes: number | null;
}

/** Watches main-thread responsiveness and heap while a task runs. */
export function startMonitor(): { stop(): MonitorResult } {
  let last = performance.now();
  let maxGapMs = 0;
  let peakHeapBytes = usedHeapBytes();
  const sample = () => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
    const heap = usedHeapBytes();
    if (heap !== null) peakHeapBytes = Math.max(peakHeapBytes ?? 0, heap);
  };
  const timer = setInterval(sample, 16);
  return {
    stop() {
      sample();
      clearInterval(timer);
      return { maxGapMs, peakHeapBytes };
    },
  };
}
