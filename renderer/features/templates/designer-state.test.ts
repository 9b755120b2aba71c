import { describe, expect, it } from 'vitest';
import type { Template, TemplateField } from '@shared/templates/template';
import { clampRect, nudgeForKey, snap } from './designer-geometry';
import { designerReducer, initialDesignerState, isDirty, selectedField, undoLimit, type DesignerAction, type DesignerState } from './designer-state';

const field: TemplateField = {
  key: 'recipient.name', x: 120, y: 30, width: 40, height: 6, fontFamily: 'song', fontSizePt: 11,
  bold: false, align: 'left', overflow: 'shrink', format: 'text',
};

const template: Template = {
  id: 'waybill-generic', name: '通用快递单', paper: { widthMm: 230, heightMm: 127 }, orientation: 'landscape',
  mode: 'overlay', copyLabels: [], fields: [field, { ...field, key: 'sender.name', x: 20 }], statics: [],
};

function run(state: DesignerState, ...actions: DesignerAction[]): DesignerState {
  return actions.reduce(designerReducer, state);
}

const selectedFirst = run(initialDesignerState(template), { type: 'select', index: 0 });

function keyMove(key: string, shiftKey: boolean): DesignerAction {
  const d = nudgeForKey(key, shiftKey);
  if (!d) throw new Error(`no nudge for ${key}`);
  return { type: 'move', ...d };
}

describe('keyboard nudges', () => {
  it('arrow keys move 0.5 mm, Shift+arrow 0.1 mm, other keys nothing', () => {
    expect(nudgeForKey('ArrowRight', false)).toEqual({ dx: 0.5, dy: 0 });
    expect(nudgeForKey('ArrowUp', false)).toEqual({ dx: 0, dy: -0.5 });
    expect(nudgeForKey('ArrowDown', true)).toEqual({ dx: 0, dy: 0.1 });
    expect(nudgeForKey('ArrowLeft', true)).toEqual({ dx: -0.1, dy: 0 });
    expect(nudgeForKey('Enter', false)).toBeNull();
  });

  it('4 × ArrowRight and 3 × Shift+ArrowDown move the field by exactly +2.0 / +0.3 mm', () => {
    const moves = [...Array(4).fill(keyMove('ArrowRight', false)), ...Array(3).fill(keyMove('ArrowDown', true))];
    const s = run(selectedFirst, ...moves);
    expect(selectedField(s)).toMatchObject({ x: 122, y: 30.3 });
    expect(s.template.fields[1]).toBe(template.fields[1]);
  });

  it('ten fine nudges add up to 1 mm without floating-point dust', () => {
    const s = run(selectedFirst, ...Array(10).fill(keyMove('ArrowLeft', true)));
    expect(selectedField(s)?.x).toBe(119);
  });

  it('does nothing without a selection', () => {
    const start = initialDesignerState(template);
    expect(run(start, keyMove('ArrowRight', false))).toBe(start);
  });
});

describe('keeping fields on the page', () => {
  it('clamps a move at the right and bottom edges and at zero', () => {
    const s = run(selectedFirst, { type: 'move', dx: 500, dy: 500 });
    expect(selectedField(s)).toMatchObject({ x: 190, y: 121 });
    const back = run(s, { type: 'move', dx: -1000, dy: -1000 });
    expect(selectedField(back)).toMatchObject({ x: 0, y: 0 });
  });

  it('a resize keeps the right edge on the page and a minimum size', () => {
    const s = run(selectedFirst, { type: 'resize', width: 300, height: 0.2 });
    expect(selectedField(s)).toMatchObject({ width: 110, height: 1 });
  });

  it('clampRect shrinks a box larger than the page to the page', () => {
    expect(clampRect({ x: -5, y: 3, width: 400, height: 10 }, template.paper)).toEqual({ x: 0, y: 3, width: 230, height: 10 });
  });

  it('a properties-panel position beyond the page is clamped', () => {
    const s = run(selectedFirst, { type: 'update', patch: { x: 229 } });
    expect(selectedField(s)?.x).toBe(190);
  });

  it('drag placement snaps to the 0.5 mm grid', () => {
    expect(snap(12.26)).toBe(12.5);
    expect(snap(12.24)).toBe(12);
    const s = run(initialDesignerState(template), { type: 'place', index: 1, rect: { x: snap(33.3), y: snap(41.8), width: 40, height: 6 } });
    expect(s.template.fields[1]).toMatchObject({ x: 33.5, y: 42 });
    expect(s.selected).toBe(1);
  });
});

describe('undo, redo and unsaved changes', () => {
  it('undo and redo walk back and forth through the edits', () => {
    const s = run(selectedFirst, { type: 'move', dx: 1, dy: 0 }, { type: 'update', patch: { bold: true } });
    expect(selectedField(s)).toMatchObject({ x: 121, bold: true });
    const u1 = run(s, { type: 'undo' });
    expect(selectedField(u1)).toMatchObject({ x: 121, bold: false });
    const u2 = run(u1, { type: 'undo' });
    expect(u2.template).toBe(template);
    expect(isDirty(u2)).toBe(false);
    const r = run(u2, { type: 'redo' }, { type: 'redo' });
    expect(selectedField(r)).toMatchObject({ x: 121, bold: true });
    expect(run(r, { type: 'redo' })).toBe(r);
  });

  it('a new edit after undo clears the redo stack', () => {
    const s = run(selectedFirst, { type: 'move', dx: 1, dy: 0 }, { type: 'undo' }, { type: 'move', dx: 0, dy: 1 });
    expect(s.redo).toEqual([]);
    expect(selectedField(s)).toMatchObject({ x: 120, y: 31 });
  });

  it(`keeps at most ${undoLimit} undo steps`, () => {
    const s = run(selectedFirst, ...Array(undoLimit + 20).fill({ type: 'move', dx: 0.1, dy: 0 }));
    expect(s.undo).toHaveLength(undoLimit);
    const all = run(s, ...Array(undoLimit + 5).fill({ type: 'undo' }));
    expect(selectedField(all)?.x).toBe(122);
  });

  it('typing into one box is one undo step; a different box starts a new one', () => {
    const s = run(
      selectedFirst,
      { type: 'update', patch: { fontSizePt: 1 }, tag: 'fontSizePt' },
      { type: 'update', patch: { fontSizePt: 12 }, tag: 'fontSizePt' },
      { type: 'update', patch: { width: 50 }, tag: 'width' },
    );
    expect(s.undo).toHaveLength(2);
    expect(selectedField(run(s, { type: 'undo' }))?.fontSizePt).toBe(12);
  });

  it('an edit that changes nothing is not a step and leaves the template clean', () => {
    const s = run(selectedFirst, { type: 'update', patch: { bold: false } }, { type: 'move', dx: 0, dy: 0 });
    expect(s.undo).toEqual([]);
    expect(isDirty(s)).toBe(false);
  });

  it('saving makes the current template the clean baseline', () => {
    const moved = run(selectedFirst, { type: 'move', dx: 1, dy: 0 });
    expect(isDirty(moved)).toBe(true);
    const saved = run(moved, { type: 'saved', template: moved.template });
    expect(isDirty(saved)).toBe(false);
    expect(isDirty(run(saved, { type: 'undo' }))).toBe(true);
  });

  it('replacing (import, reset) is undoable and clears the selection', () => {
    const other = { ...template, name: '导入的' };
    const s = run(selectedFirst, { type: 'replace', template: other });
    expect(s.selected).toBeNull();
    expect(s.template.name).toBe('导入的');
    expect(run(s, { type: 'undo' }).template).toBe(template);
  });

  it('sets and removes the background image as undoable steps', () => {
    const bg = { dataUrl: 'data:image/png;base64,AAAA', print: false };
    const s = run(selectedFirst, { type: 'background', background: bg });
    expect(s.template.background).toEqual(bg);
    const removed = run(s, { type: 'background', background: undefined });
    expect('background' in removed.template).toBe(false);
    expect(run(removed, { type: 'undo' }).template.background).toEqual(bg);
  });
});
