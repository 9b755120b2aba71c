import { describe, expect, it } from 'vitest';
import { enterAction, type KeyFacts } from './form-keys';

const base: KeyFacts = { key: 'Enter', ctrlOrMeta: false, isField: true, isMultiline: false, handled: false, composing: false };

describe('enterAction', () => {
  it('moves to the next field on Enter in a single-line field', () => {
    expect(enterAction(base)).toBe('next');
  });

  it('saves on Ctrl+Enter, even from a multi-line field or a button', () => {
    expect(enterAction({ ...base, ctrlOrMeta: true, isMultiline: true })).toBe('submit');
    expect(enterAction({ ...base, ctrlOrMeta: true, isField: false })).toBe('submit');
  });

  it('leaves Enter alone in a multi-line field (new line) and on buttons (press)', () => {
    expect(enterAction({ ...base, isMultiline: true })).toBe('none');
    expect(enterAction({ ...base, isField: false })).toBe('none');
  });

  it('does nothing when a menu already handled Enter, while composing Chinese input, or for other keys', () => {
    expect(enterAction({ ...base, handled: true })).toBe('none');
    expect(enterAction({ ...base, composing: true })).toBe('none');
    expect(enterAction({ ...base, key: 'Tab' })).toBe('none');
  });
});
