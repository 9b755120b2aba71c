/**
 * Global keyboard shortcuts, app-wide: F1 / ? the help sheet, F2 a new call, F3 a new purchase slip,
 * Ctrl+F find a customer, Ctrl+P the current screen's print preview (or print, when a preview is
 * open). The renderer handles the keys in both modes; in Electron the menu shows the same keys and
 * its items send the same commands (a page that handles a key keeps the menu from firing it too).
 */
import { menuCommandEvent, menuCommands, type MenuCommand } from '@shared/ipc';
import type { StringKey } from '@shared/i18n';
import { requestPrintPreview } from '../print/use-preview-request';

export const shortcutCommands = ['help', 'newCall', 'newSlip', 'customerSearch', 'printPreview'] as const;
export type ShortcutCommand = (typeof shortcutCommands)[number];

export interface ShortcutKey {
  key: string;
  ctrlOrMeta: boolean;
  shift: boolean;
  alt: boolean;
  /** Typing in a text field: a plain '?' is a character there, not the help key. */
  inTextField: boolean;
  /** An input method is composing (Chinese pinyin input): its keys are not ours. */
  composing: boolean;
  /** Another handler already used this key. */
  handled: boolean;
}

/** The command a key press asks for, or null. Pure: the key mapping the help sheet lists. */
export function shortcutFor(k: ShortcutKey): ShortcutCommand | null {
  if (k.handled || k.composing || k.alt) return null;
  if (k.key === 'F1' && !k.ctrlOrMeta && !k.shift) return 'help';
  if (k.key === '?' && !k.ctrlOrMeta && !k.inTextField) return 'help';
  if (k.ctrlOrMeta && !k.shift) {
    const key = k.key.toLowerCase();
    if (key === 'f') return 'customerSearch';
    if (key === 'p') return 'printPreview';
    return null;
  }
  if (k.shift || k.ctrlOrMeta) return null;
  if (k.key === 'F2') return 'newCall';
  if (k.key === 'F3') return 'newSlip';
  return null;
}

/** The help sheet's rows, in order: the keys as printed on the keyboard, and what they do. */
export const shortcutList: readonly { keys: string; label: StringKey }[] = [
  { keys: 'F2', label: 'shortcut.newCall' },
  { keys: 'F3', label: 'shortcut.newSlip' },
  { keys: 'Ctrl+F', label: 'shortcut.customerSearch' },
  { keys: 'Ctrl+P', label: 'shortcut.printPreview' },
  { keys: 'Enter', label: 'shortcut.enterNext' },
  { keys: 'Ctrl+Enter', label: 'shortcut.ctrlEnter' },
  { keys: 'PgUp / PgDn', label: 'shortcut.pageKeys' },
  { keys: 'F1 / ?', label: 'shortcut.help' },
];

/**
 * Where a navigation command goes: the call log and the slip list open their new-record form from
 * `?new=1`; the customer list focuses its search box when it opens.
 */
export const commandHash: Readonly<Partial<Record<ShortcutCommand, string>>> = {
  newCall: '#/calls?new=1',
  newSlip: '#/slips?new=1',
  customerSearch: '#/customers',
};

/** Menu commands (Electron's menu items) that are shortcut commands. */
export function commandOfMenu(command: MenuCommand): ShortcutCommand {
  switch (command) {
    case 'print':
      return 'printPreview';
    case 'shortcutHelp':
      return 'help';
    default:
      return command;
  }
}

function keyOf(event: KeyboardEvent): ShortcutKey {
  const target = event.target instanceof HTMLElement ? event.target : null;
  return {
    key: event.key,
    ctrlOrMeta: event.ctrlKey || event.metaKey,
    shift: event.shiftKey && event.key !== '?',
    alt: event.altKey,
    inTextField: target !== null && (target.isContentEditable || target.matches('input, textarea, [role=combobox]')),
    composing: event.isComposing,
    handled: event.defaultPrevented,
  };
}

/** A modal dialog is open: leaving the screen would throw away what is typed in it. */
function dialogOpen(doc: Document): boolean {
  return doc.querySelector('.MuiDialog-root') !== null;
}

function focusSearch(doc: Document): void {
  const tries = [0, 50, 150, 400];
  for (const ms of tries) {
    setTimeout(() => doc.querySelector<HTMLInputElement>('main input[type="search"]')?.focus(), ms);
  }
}

export interface ShortcutActions {
  openHelp: () => void;
}

/** Runs a command in `win`; navigation waits while a dialog is open. */
export function runShortcut(win: Window, command: ShortcutCommand, actions: ShortcutActions): void {
  if (command === 'help') return actions.openHelp();
  if (command === 'printPreview') {
    // An open preview prints (use-menu-print.ts); otherwise the screen opens its preview.
    win.dispatchEvent(new CustomEvent(menuCommandEvent, { detail: 'print' }));
    return;
  }
  const target = commandHash[command];
  if (target === undefined || dialogOpen(win.document)) return;
  if (win.location.hash !== target) win.location.hash = target;
  if (command === 'customerSearch') focusSearch(win.document);
}

/** Listens for the keys and the menu's commands; returns the uninstaller. */
export function installShortcuts(win: Window, actions: ShortcutActions): () => void {
  const onKey = (event: KeyboardEvent) => {
    const command = shortcutFor(keyOf(event));
    if (!command) return;
    event.preventDefault();
    runShortcut(win, command, actions);
  };
  const onMenu = (event: Event) => {
    const detail: unknown = event instanceof CustomEvent ? event.detail : undefined;
    const menuCommand = menuCommands.find((c) => c === detail);
    if (menuCommand === undefined) return;
    const command = commandOfMenu(menuCommand);
    if (command === 'printPreview') requestPrintPreview(win);
    else runShortcut(win, command, actions);
  };
  win.addEventListener('keydown', onKey);
  win.addEventListener(menuCommandEvent, onMenu);
  return () => {
    win.removeEventListener('keydown', onKey);
    win.removeEventListener(menuCommandEvent, onMenu);
  };
}
