import { describe, expect, it } from 'vitest';
import { checkNewPin, hasErrors, pinInput } from './pin-entry';

describe('new PIN entry', () => {
  it('accepts 4–8 digits typed twice the same', () => {
    expect(checkNewPin('123456', '123456')).toEqual({});
    expect(hasErrors(checkNewPin('1234', '1234'))).toBe(false);
  });

  it('refuses a short, long or non-digit PIN at the first field', () => {
    expect(checkNewPin('123', '123')).toEqual({ pin: 'session.error.pinFormat' });
    expect(checkNewPin('123456789', '123456789')).toEqual({ pin: 'session.error.pinFormat' });
    expect(checkNewPin('12a4', '12a4')).toEqual({ pin: 'session.error.pinFormat' });
  });

  it('a supervisor’s new PIN has 6 to 8 digits: four or five are refused with the supervisor’s rule', () => {
    expect(checkNewPin('1234', '1234', ['supervisor'])).toEqual({ pin: 'session.error.supervisorPinFormat' });
    expect(checkNewPin('12345', '12345', ['frontdesk', 'supervisor'])).toEqual({ pin: 'session.error.supervisorPinFormat' });
    expect(checkNewPin('123456', '123456', ['supervisor'])).toEqual({});
    expect(checkNewPin('1234', '1234', ['warehouse'])).toEqual({});
  });

  it('refuses a second entry that differs, at the second field', () => {
    expect(checkNewPin('123456', '123465')).toEqual({ confirm: 'session.error.pinMismatch' });
    expect(hasErrors(checkNewPin('123456', ''))).toBe(true);
  });

  it('keeps only digits, at most eight, as the user types', () => {
    expect(pinInput('12 3a4')).toBe('1234');
    expect(pinInput('1234567890')).toBe('12345678');
  });
});
