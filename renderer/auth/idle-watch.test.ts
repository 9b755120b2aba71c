import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleLockMs, watchIdle } from './idle-watch';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('idle lock', () => {
  it('locks after the idle time without activity, once', () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    watchIdle({ target, timeoutMs: 10_000, onIdle });
    vi.advanceTimersByTime(9_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('any key or mouse activity starts the wait again', () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    watchIdle({ target, timeoutMs: 10_000, onIdle });
    vi.advanceTimersByTime(8_000);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(8_000);
    target.dispatchEvent(new Event('mousemove'));
    vi.advanceTimersByTime(9_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('stops watching when disposed (after sign-out nothing locks)', () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    const stop = watchIdle({ target, timeoutMs: 1_000, onIdle });
    stop();
    vi.advanceTimersByTime(5_000);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it("reads settings 'idleLockMinutes', 10 minutes by default or for a nonsense value", () => {
    expect(idleLockMs(3)).toBe(180_000);
    expect(idleLockMs(undefined)).toBe(600_000);
    expect(idleLockMs(0)).toBe(600_000);
    expect(idleLockMs('5')).toBe(600_000);
  });
});
