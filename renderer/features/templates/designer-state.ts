/**
 * The designer's state as a pure reducer: the template being edited, the selected field, bounded
 * undo/redo stacks and whether there are unsaved changes. Components only dispatch actions.
 */
import type { Template, TemplateField } from '@shared/templates/template';
import { clampRect, movedField, rectOf, resizedField, type Rect } from './designer-geometry';

/** How many steps undo keeps; older ones are dropped. */
export const undoLimit = 100;

export interface DesignerState {
  template: Template;
  /** The template as last saved (or loaded); unsaved changes are any difference from it. */
  baseline: Template;
  /** Index into template.fields, or null. */
  selected: number | null;
  undo: Template[];
  redo: Template[];
  /** Edits with the same tag in a row (typing "12.5" into one box) make one undo step. */
  lastTag: string | null;
}

/** Properties the panel may change; geometry changes are clamped to the page. */
export type FieldPatch = Partial<Omit<TemplateField, 'key'>>;

export type DesignerAction =
  | { type: 'select'; index: number | null }
  | { type: 'move'; dx: number; dy: number }
  | { type: 'place'; index: number; rect: Rect }
  | { type: 'resize'; width: number; height: number }
  | { type: 'update'; patch: FieldPatch; tag?: string }
  | { type: 'background'; background: Template['background'] }
  | { type: 'replace'; template: Template }
  /** `template` was saved (or is what the store now holds): it becomes the clean baseline. */
  | { type: 'saved'; template: Template }
  | { type: 'undo' }
  | { type: 'redo' };

export function initialDesignerState(template: Template): DesignerState {
  return { template, baseline: template, selected: null, undo: [], redo: [], lastTag: null };
}

export function isDirty(state: DesignerState): boolean {
  // Undo hands back the very object that was saved, so identity is enough.
  return state.template !== state.baseline;
}

export function selectedField(state: DesignerState): TemplateField | null {
  return state.selected === null ? null : (state.template.fields[state.selected] ?? null);
}

/** Records `next` as a new step (or folds it into the previous step when the tag repeats). */
function commit(state: DesignerState, next: Template, tag: string | null = null): DesignerState {
  if (next === state.template) return state;
  const coalesce = tag !== null && tag === state.lastTag;
  const undo = coalesce ? state.undo : [...state.undo, state.template].slice(-undoLimit);
  return { ...state, template: next, undo, redo: [], lastTag: tag };
}

function withField(template: Template, index: number, change: (f: TemplateField) => TemplateField): Template {
  const field = template.fields[index];
  if (!field) return template;
  const changed = change(field);
  if (sameField(field, changed)) return template;
  return { ...template, fields: template.fields.map((f, i) => (i === index ? changed : f)) };
}

function sameField(a: TemplateField, b: TemplateField): boolean {
  return (Object.keys(a) as (keyof TemplateField)[]).every((k) => a[k] === b[k]);
}

/** Applies a properties-panel patch: the geometry it touches is clamped to the page, the rest taken as is. */
function patchedField(field: TemplateField, patch: FieldPatch, paper: Template['paper']): TemplateField {
  const merged = { ...field, ...patch };
  return { ...merged, ...clampRect(rectOf(merged), paper) };
}

function onSelected(state: DesignerState, change: (f: TemplateField) => TemplateField, tag: string | null = null): DesignerState {
  if (state.selected === null) return state;
  return commit(state, withField(state.template, state.selected, change), tag);
}

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  const paper = state.template.paper;
  switch (action.type) {
    case 'select': {
      const valid = action.index !== null && action.index >= 0 && action.index < state.template.fields.length;
      return { ...state, selected: valid ? action.index : null, lastTag: null };
    }
    case 'move':
      return onSelected(state, (f) => movedField(f, action.dx, action.dy, paper));
    case 'place': {
      const next = withField(state.template, action.index, (f) => ({ ...f, ...clampRect(action.rect, paper) }));
      return { ...commit(state, next), selected: action.index };
    }
    case 'resize':
      return onSelected(state, (f) => resizedField(f, action.width, action.height, paper));
    case 'update':
      return onSelected(state, (f) => patchedField(f, action.patch, paper), action.tag ?? null);
    case 'background':
      return commit(state, withBackground(state.template, action.background));
    case 'replace':
      return { ...commit(state, action.template), selected: null };
    case 'saved':
      // Only the baseline moves: edits made while the save was running stay unsaved.
      return { ...state, baseline: action.template, lastTag: null };
    case 'undo':
      return step(state, 'undo', 'redo');
    case 'redo':
      return step(state, 'redo', 'undo');
  }
}

function withBackground(template: Template, background: Template['background']): Template {
  if (background === template.background) return template;
  const { background: _old, ...rest } = template;
  return background ? { ...rest, background } : rest;
}

/** Undo or redo: pops from one stack, pushes the current template onto the other. */
function step(state: DesignerState, from: 'undo' | 'redo', to: 'undo' | 'redo'): DesignerState {
  const previous = state[from].at(-1);
  if (!previous) return state;
  const selected = state.selected !== null && state.selected < previous.fields.length ? state.selected : null;
  return {
    ...state,
    template: previous,
    [from]: state[from].slice(0, -1),
    [to]: [...state[to], state.template].slice(-undoLimit),
    selected,
    lastTag: null,
  };
}
