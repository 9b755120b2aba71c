/** Settings 'idleLockMinutes': how long the PC may sit unused before the screen locks. */
export const idleLockKey = 'idleLockMinutes';
export const minIdleMinutes = 1;
/** Four hours: beyond that the lock would no longer protect a PC left alone over lunch. */
export const maxIdleMinutes = 240;

/** The typed minutes as a whole number in range, or null (the field says why and nothing is saved). */
export function parseIdleMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= minIdleMinutes && n <= maxIdleMinutes ? n : null;
}
