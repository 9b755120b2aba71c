import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  isMaximized: boolean;
}

export const defaultWindowSize = { width: 1280, height: 800 };
export const minWindowSize = { width: 1024, height: 640 };

/** How much of the window must overlap a display for it to count as reachable (title bar grab). */
const minVisible = { width: 120, height: 40 };

const windowStateSchema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }),
  isMaximized: z.boolean(),
});

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/** Fits a rectangle inside a work area: size first (never larger than the area), then position. */
export function fitInside(rect: Rect, area: Rect): Rect {
  const width = Math.min(Math.max(rect.width, minWindowSize.width), area.width);
  const height = Math.min(Math.max(rect.height, minWindowSize.height), area.height);
  return {
    width,
    height,
    x: clamp(rect.x, area.x, area.x + area.width - width),
    y: clamp(rect.y, area.y, area.y + area.height - height),
  };
}

function centeredIn(area: Rect, size: { width: number; height: number }): Rect {
  const fitted = fitInside({ x: area.x, y: area.y, ...size }, area);
  return {
    ...fitted,
    x: area.x + Math.round((area.width - fitted.width) / 2),
    y: area.y + Math.round((area.height - fitted.height) / 2),
  };
}

/**
 * Where to open the window: the saved bounds if their top strip is still on a display (a monitor may
 * have been unplugged since), fitted inside that display; otherwise centred on the primary display.
 */
export function placeWindow(saved: WindowState | null, workAreas: Rect[], primary: Rect): WindowState {
  if (!saved) return { bounds: centeredIn(primary, defaultWindowSize), isMaximized: false };
  const titleStrip = { ...saved.bounds, height: Math.min(saved.bounds.height, minVisible.height) };
  const home = workAreas.find((area) => {
    const o = overlap(titleStrip, area);
    return o.width >= minVisible.width && o.height >= Math.min(minVisible.height, titleStrip.height);
  });
  if (!home) return { bounds: centeredIn(primary, saved.bounds), isMaximized: saved.isMaximized };
  return { bounds: fitInside(saved.bounds, home), isMaximized: saved.isMaximized };
}

/** A missing or corrupt file is not an error: the window just opens at the default place. */
export function loadWindowState(file: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state));
  } catch (error) {
    // Losing the window position is harmless; never block closing the app over it.
    console.warn('window state not saved', error);
  }
}
