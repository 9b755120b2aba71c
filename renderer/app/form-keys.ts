/**
 * Keyboard-first forms, app-wide: inside a `<form data-enter-next>`, Enter moves to the next field and
 * Ctrl+Enter (⌘+Enter) saves. Installed once by the app, so feature forms only mark themselves and need
 * no shared import (features may not import each other).
 */

export type EnterAction = 'next' | 'submit' | 'none';

export interface KeyFacts {
  key: string;
  ctrlOrMeta: boolean;
  /** A text input, select-like combobox or picker section: somewhere Enter has no meaning of its own. */
  isField: boolean;
  isMultiline: boolean;
  /** Another handler (a menu, a picker, an autocomplete) already used this key. */
  handled: boolean;
  composing: boolean;
}

export function enterAction(k: KeyFacts): EnterAction {
  if (k.key !== 'Enter' || k.handled || k.composing) return 'none';
  if (k.ctrlOrMeta) return 'submit';
  if (!k.isField || k.isMultiline) return 'none';
  return 'next';
}

const fieldSelector = [
  'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([disabled]):not([tabindex="-1"])',
  'textarea:not([disabled]):not([tabindex="-1"])',
  '[role=spinbutton][tabindex="0"]',
  '[role=combobox][tabindex="0"]',
  'button[type=submit]',
].join(', ');

function nextStop(form: HTMLFormElement, from: Element): HTMLElement | undefined {
  const stops = [...form.querySelectorAll<HTMLElement>(fieldSelector)].filter((el) => el.offsetParent !== null);
  // A date picker's sections (year/month/day…) belong together; jump past the whole field.
  const group = from.closest('.MuiPickersSectionList-root') ?? from;
  const index = stops.findIndex((el) => el === from || group.contains(el));
  return stops.slice(index + 1).find((el) => !group.contains(el));
}

function facts(event: KeyboardEvent, target: HTMLElement): KeyFacts {
  const tag = target.tagName;
  return {
    key: event.key,
    ctrlOrMeta: event.ctrlKey || event.metaKey,
    isField: tag === 'INPUT' || tag === 'TEXTAREA' || target.matches('[role=spinbutton], [role=combobox]'),
    isMultiline: tag === 'TEXTAREA',
    handled: event.defaultPrevented,
    composing: event.isComposing,
  };
}

function onKeyDown(event: KeyboardEvent): void {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return;
  const form = target.closest<HTMLFormElement>('form[data-enter-next]');
  if (!form) return;
  const action = enterAction(facts(event, target));
  if (action === 'none') return;
  event.preventDefault();
  if (action === 'submit') form.requestSubmit();
  else nextStop(form, target)?.focus();
}

/** Listens on the document (bubble phase, after React's handlers), so a menu's own Enter wins. */
export function installFormKeys(doc: Document): () => void {
  doc.addEventListener('keydown', onKeyDown);
  return () => doc.removeEventListener('keydown', onKeyDown);
}
