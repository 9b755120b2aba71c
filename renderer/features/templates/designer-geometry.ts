/**
 * Millimetre geometry for the designer: nudges, snapping and keeping a field on its page. Positions
 * are kept in 0.1 mm steps so repeated nudges never accumulate floating-point dust.
 */
import type { Template, TemplateField } from '@shared/templates/template';

/** Arrow keys move by 0.5 mm; with Shift by 0.1 mm (fine adjustment on a pre-printed form). */
export const nudgeStepMm = 0.5;
export const fineNudgeStepMm = 0.1;
/** Dragging snaps to the 0.5 mm grid. */
export const snapStepMm = 0.5;
/** The smallest field the designer lets a resize make. */
export const minFieldSizeMm = 1;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Paper = Template['paper'];

/** Rounds to 0.1 mm (and turns -0 into 0). */
export function tenth(mm: number): number {
  return Math.round(mm * 10) / 10 || 0;
}

export function snap(mm: number, step = snapStepMm): number {
  return tenth(Math.round(mm / step) * step);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/** The (dx, dy) in mm an arrow key moves the selected field by, or null for any other key. */
export function nudgeForKey(key: string, shiftKey: boolean): { dx: number; dy: number } | null {
  const step = shiftKey ? fineNudgeStepMm : nudgeStepMm;
  switch (key) {
    case 'ArrowLeft':
      return { dx: -step, dy: 0 };
    case 'ArrowRight':
      return { dx: step, dy: 0 };
    case 'ArrowUp':
      return { dx: 0, dy: -step };
    case 'ArrowDown':
      return { dx: 0, dy: step };
    default:
      return null;
  }
}

/** Keeps the size between the minimum and the page, then the position so the whole box stays on the page. */
export function clampRect(rect: Rect, paper: Paper): Rect {
  const width = tenth(clamp(rect.width, minFieldSizeMm, paper.widthMm));
  const height = tenth(clamp(rect.height, minFieldSizeMm, paper.heightMm));
  return {
    x: tenth(clamp(rect.x, 0, paper.widthMm - width)),
    y: tenth(clamp(rect.y, 0, paper.heightMm - height)),
    width,
    height,
  };
}

/** A field moved by (dx, dy) mm, clamped to the page. */
export function movedField(field: TemplateField, dx: number, dy: number, paper: Paper): TemplateField {
  return { ...field, ...clampRect({ ...rectOf(field), x: field.x + dx, y: field.y + dy }, paper) };
}

/** A field resized from its top-left corner, clamped so its right and bottom edges stay on the page. */
export function resizedField(field: TemplateField, width: number, height: number, paper: Paper): TemplateField {
  const w = tenth(clamp(width, minFieldSizeMm, paper.widthMm - field.x));
  const h = tenth(clamp(height, minFieldSizeMm, paper.heightMm - field.y));
  return { ...field, width: w, height: h };
}

export function rectOf(field: TemplateField): Rect {
  return { x: field.x, y: field.y, width: field.width, height: field.height };
}
