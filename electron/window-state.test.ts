import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultWindowSize, fitInside, loadWindowState, minWindowSize, placeWindow, saveWindowState } from './window-state';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('placeWindow', () => {
  it('centres a first window on the primary display at the default size', () => {
    const { bounds, isMaximized } = placeWindow(null, [primary], primary);
    expect(bounds).toEqual({ ...defaultWindowSize, x: 320, y: 120 });
    expect(isMaximized).toBe(false);
  });

  it('keeps saved bounds that are on a display', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1400, height: 900 }, isMaximized: true };
    expect(placeWindow(saved, [primary, right], primary)).toEqual(saved);
  });

  it('re-centres on the primary display when the saved monitor is gone', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1400, height: 900 }, isMaximized: false };
    const placed = placeWindow(saved, [primary], primary);
    expect(placed.bounds).toEqual({ x: 260, y: 70, width: 1400, height: 900 });
  });

  it('re-centres when only a sliver of the title bar would be reachable', () => {
    const saved = { bounds: { x: 1880, y: 100, width: 1200, height: 800 }, isMaximized: false };
    const placed = placeWindow(saved, [primary], primary);
    expect(placed.bounds.x).toBeGreaterThanOrEqual(0);
    expect(placed.bounds.x + placed.bounds.width).toBeLessThanOrEqual(primary.width);
  });

  it('pulls a half-off-screen window fully onto its display and shrinks one larger than it', () => {
    const saved = { bounds: { x: -300, y: 900, width: 2400, height: 900 }, isMaximized: false };
    const placed = placeWindow(saved, [primary], primary);
    expect(placed.bounds).toEqual({ x: 0, y: 140, width: 1920, height: 900 });
  });

  it('never goes below the minimum size on a display that can hold it', () => {
    expect(fitInside({ x: 10, y: 10, width: 200, height: 100 }, primary)).toMatchObject(minWindowSize);
  });
});

describe('window state file', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('saves and loads the state', () => {
    dir = mkdtempSync(join(tmpdir(), 'window-state-'));
    const file = join(dir, 'window-state.json');
    const state = { bounds: { x: 5, y: 6, width: 1300, height: 820 }, isMaximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
  });

  it('treats a missing or corrupt file as "no saved state"', () => {
    dir = mkdtempSync(join(tmpdir(), 'window-state-'));
    const file = join(dir, 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '{"bounds":');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 10 }, isMaximized: false }));
    expect(loadWindowState(file)).toBeNull();
  });
});
