import { describe, expect, it } from 'vitest';
import { draggedRect } from './use-field-drag';
import { effectivePrinter } from './use-printer-choice';
import { undoKeyAction } from './use-undo-keys';

const paper = { widthMm: 230, heightMm: 127 };
const start = { x: 120.3, y: 30, width: 40, height: 6 };

describe('dragging a field', () => {
  it('moves by the pointer travel, snapped to the 0.5 mm grid', () => {
    expect(draggedRect(start, 'move', 5.12, -2.3, paper)).toEqual({ x: 125.5, y: 27.5, width: 40, height: 6 });
  });

  it('stops at the page edge', () => {
    expect(draggedRect(start, 'move', 500, 500, paper)).toEqual({ x: 190, y: 121, width: 40, height: 6 });
  });

  it('resizes from the top-left corner, snapped, never past the page or below 1 mm', () => {
    expect(draggedRect(start, 'resize', 10.2, 3.9, paper)).toEqual({ x: 120.3, y: 30, width: 50, height: 10 });
    expect(draggedRect(start, 'resize', 500, -50, paper)).toEqual({ x: 120.3, y: 30, width: 109.7, height: 1 });
  });
});

describe('undo and redo keys', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
    undoKeyAction({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

  it('Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('z', { metaKey: true })).toBe('undo');
  });

  it('ignores plain letters and other shortcuts', () => {
    expect(key('z')).toBeNull();
    expect(key('s', { ctrlKey: true })).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
  });
});

describe('the printer a template prints on', () => {
  const printers = [
    { name: 'EPSON LQ-630K', displayName: 'EPSON LQ-630K', isDefault: false },
    { name: 'HP LaserJet', displayName: 'HP LaserJet', isDefault: true },
  ];

  it('is the remembered printer while it is installed', () => {
    expect(effectivePrinter('EPSON LQ-630K', printers)).toBe('EPSON LQ-630K');
    expect(effectivePrinter('', printers)).toBe('');
  });

  it('falls back to the system default when none is remembered or the remembered one is gone', () => {
    expect(effectivePrinter(null, printers)).toBe('HP LaserJet');
    expect(effectivePrinter('Removed printer', printers)).toBe('HP LaserJet');
  });

  it('is the system dialog in browser mode (no printers listed)', () => {
    expect(effectivePrinter(null, [])).toBe('');
    expect(effectivePrinter('EPSON LQ-630K', [])).toBe('');
  });
});
