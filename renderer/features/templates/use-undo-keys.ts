import { useEffect, type Dispatch } from 'react';
import type { DesignerAction } from './designer-state';

/** Ctrl+Z undo, Ctrl+Y or Ctrl+Shift+Z redo; or null. Exported for its test. */
export function undoKeyAction(e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Inputs without text of their own: Ctrl+Z there means the designer's undo. */
const nonTextInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color']);

function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !nonTextInputs.has(target.type);
  return target instanceof HTMLElement && (target.tagName === 'TEXTAREA' || target.isContentEditable);
}

/**
 * The designer's undo/redo keys, while it is open. A text box keeps its own Ctrl+Z for the digits
 * being typed; a dialog on top (print preview, wizard) gets the keys instead.
 */
export function useUndoKeys(dispatch: Dispatch<DesignerAction>, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      const action = undoKeyAction(e);
      if (!action || e.defaultPrevented || isTextEntry(e.target)) return;
      e.preventDefault();
      dispatch({ type: action });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [dispatch, enabled]);
}
