import { useRef, type PointerEvent } from 'react';
import { clampRect, snap, type Paper, type Rect } from './designer-geometry';

/** A pointer must travel this far before a press becomes a drag, so a click only selects. */
const dragThresholdPx = 3;

export type DragKind = 'move' | 'resize';

interface DragStart {
  kind: DragKind;
  pointerId: number;
  clientX: number;
  clientY: number;
  rect: Rect;
  dragging: boolean;
}

export interface FieldDragHandlers {
  onPointerDown: (e: PointerEvent<HTMLElement>, kind: DragKind, rect: Rect) => void;
  onPointerMove: (e: PointerEvent<HTMLElement>) => void;
  onPointerUp: (e: PointerEvent<HTMLElement>) => void;
}

/** Where a drag puts the box: the pointer's travel in mm, snapped to the 0.5 mm grid and kept on the page. */
export function draggedRect(start: Rect, kind: DragKind, dxMm: number, dyMm: number, paper: Paper): Rect {
  if (kind === 'move') return clampRect({ ...start, x: snap(start.x + dxMm), y: snap(start.y + dyMm) }, paper);
  const width = Math.min(snap(start.width + dxMm), paper.widthMm - start.x);
  const height = Math.min(snap(start.height + dyMm), paper.heightMm - start.y);
  return clampRect({ ...start, width, height }, paper);
}

/**
 * Pointer dragging of one field at a time: `onPreview` follows the pointer (no undo step per pixel),
 * `onDrop` gets the final rectangle once, on release.
 */
export function useFieldDrag(
  pxPerMm: number,
  paper: Paper,
  onPreview: (rect: Rect | null) => void,
  onDrop: (rect: Rect) => void,
): FieldDragHandlers {
  const start = useRef<DragStart | null>(null);
  const last = useRef<Rect | null>(null);

  return {
    onPointerDown(e, kind, rect) {
      if (e.button !== 0) return;
      e.stopPropagation();
      e.currentTarget.setPointerCapture(e.pointerId);
      start.current = { kind, pointerId: e.pointerId, clientX: e.clientX, clientY: e.clientY, rect, dragging: false };
      last.current = null;
    },
    onPointerMove(e) {
      const s = start.current;
      if (!s || s.pointerId !== e.pointerId) return;
      const dxPx = e.clientX - s.clientX;
      const dyPx = e.clientY - s.clientY;
      if (!s.dragging && Math.hypot(dxPx, dyPx) < dragThresholdPx) return;
      s.dragging = true;
      last.current = draggedRect(s.rect, s.kind, dxPx / pxPerMm, dyPx / pxPerMm, paper);
      onPreview(last.current);
    },
    onPointerUp(e) {
      const s = start.current;
      if (!s || s.pointerId !== e.pointerId) return;
      start.current = null;
      onPreview(null);
      if (s.dragging && last.current) onDrop(last.current);
    },
  };
}
