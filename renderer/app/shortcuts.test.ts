import { describe, expect, it, vi } from 'vitest';
import { menuCommandEvent, menuCommands } from '@shared/ipc';
import { previewRequestEvent } from '../print/use-preview-request';
import { commandHash, commandOfMenu, installShortcuts, runShortcut, shortcutFor, shortcutList, type ShortcutKey } from './shortcuts';

const key = (k: string, over: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key: k, ctrlOrMeta: false, shift: false, alt: false, inTextField: false, composing: false, handled: false, ...over,
});

describe('shortcut key mapping', () => {
  it('maps F1 and ? to the help sheet, F2 to a new call, F3 to a new slip', () => {
    expect(shortcutFor(key('F1'))).toBe('help');
    expect(shortcutFor(key('?'))).toBe('help');
    expect(shortcutFor(key('F2'))).toBe('newCall');
    expect(shortcutFor(key('F3'))).toBe('newSlip');
  });

  it('maps Ctrl+F (either case) to the customer search and Ctrl+P to print preview', () => {
    expect(shortcutFor(key('f', { ctrlOrMeta: true }))).toBe('customerSearch');
    expect(shortcutFor(key('F', { ctrlOrMeta: true }))).toBe('customerSearch');
    expect(shortcutFor(key('p', { ctrlOrMeta: true }))).toBe('printPreview');
  });

  it('works inside text fields, except a typed ? which is a character there', () => {
    expect(shortcutFor(key('F2', { inTextField: true }))).toBe('newCall');
    expect(shortcutFor(key('f', { ctrlOrMeta: true, inTextField: true }))).toBe('customerSearch');
    expect(shortcutFor(key('?', { inTextField: true }))).toBeNull();
  });

  it('leaves other keys, modified variants, IME composition and handled keys alone', () => {
    expect(shortcutFor(key('f'))).toBeNull();
    expect(shortcutFor(key('F2', { ctrlOrMeta: true }))).toBeNull();
    expect(shortcutFor(key('F2', { shift: true }))).toBeNull();
    expect(shortcutFor(key('f', { ctrlOrMeta: true, shift: true }))).toBeNull();
    expect(shortcutFor(key('p', { ctrlOrMeta: true, alt: true }))).toBeNull();
    expect(shortcutFor(key('F2', { composing: true }))).toBeNull();
    expect(shortcutFor(key('F1', { handled: true }))).toBeNull();
    expect(shortcutFor(key('a', { ctrlOrMeta: true }))).toBeNull();
  });

  it('lists every key in the help sheet, and maps every menu command to a shortcut', () => {
    expect(shortcutList.map((s) => s.keys)).toEqual(['F2', 'F3', 'Ctrl+F', 'Ctrl+P', 'Enter', 'Ctrl+Enter', 'PgUp / PgDn', 'F1 / ?']);
    expect(menuCommands.map(commandOfMenu)).toEqual(['printPreview', 'newCall', 'newSlip', 'customerSearch', 'help']);
    expect(commandHash).toEqual({ newCall: '#/calls?new=1', newSlip: '#/slips?new=1', customerSearch: '#/customers' });
  });
});

/** A window with a hash, a document that may hold an open dialog, and real events. */
function fakeWindow(hash = '#/home', dialogOpen = false) {
  const target = new EventTarget();
  const events: string[] = [];
  const win = Object.assign(target, {
    location: { hash },
    document: { querySelector: (sel: string) => (dialogOpen && sel.includes('MuiDialog') ? {} : null) },
  });
  for (const type of [menuCommandEvent, previewRequestEvent]) {
    target.addEventListener(type, (e) => events.push(e instanceof CustomEvent ? `${type}:${String(e.detail)}` : type));
  }
  // Only what the shortcuts touch of a window; the cast stands in for the rest.
  return { win: win as unknown as Window, events };
}

describe('running shortcuts', () => {
  it('F2 / F3 open the new-record address; nothing moves while a dialog is open', () => {
    const { win } = fakeWindow();
    runShortcut(win, 'newCall', { openHelp: vi.fn() });
    expect(win.location.hash).toBe('#/calls?new=1');
    runShortcut(win, 'newSlip', { openHelp: vi.fn() });
    expect(win.location.hash).toBe('#/slips?new=1');
    const blocked = fakeWindow('#/calls', true).win;
    runShortcut(blocked, 'newSlip', { openHelp: vi.fn() });
    expect(blocked.location.hash).toBe('#/calls');
  });

  it('Ctrl+P tells an open preview to print, and the menu command asks the screen for its preview', () => {
    const { win, events } = fakeWindow();
    const uninstall = installShortcuts(win, { openHelp: vi.fn() });
    runShortcut(win, 'printPreview', { openHelp: vi.fn() });
    expect(events).toEqual([`${menuCommandEvent}:print`, previewRequestEvent]);
    uninstall();
  });

  it('menu items send the same commands as the keys', () => {
    const { win } = fakeWindow();
    const openHelp = vi.fn();
    const uninstall = installShortcuts(win, { openHelp });
    win.dispatchEvent(new CustomEvent(menuCommandEvent, { detail: 'shortcutHelp' }));
    win.dispatchEvent(new CustomEvent(menuCommandEvent, { detail: 'newCall' }));
    win.dispatchEvent(new CustomEvent(menuCommandEvent, { detail: 'nonsense' }));
    expect(openHelp).toHaveBeenCalledTimes(1);
    expect(win.location.hash).toBe('#/calls?new=1');
    uninstall();
    win.dispatchEvent(new CustomEvent(menuCommandEvent, { detail: 'shortcutHelp' }));
    expect(openHelp).toHaveBeenCalledTimes(1);
  });
});
