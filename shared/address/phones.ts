/** A phone number found in pasted text. */
export interface FoundPhone {
  /** Digits only, the way customer records keep phones (see normalizePhone): 13800138000, 01012345678. */
  phone: string;
  kind: 'mobile' | 'landline';
  extension?: string;
  start: number;
  end: number;
}

/** +86 / 0086 / 86- prefixes, spaces or dashes anywhere inside: +86 138-0013-8000. */
const mobilePattern = /(?<!\d)(?:(?:\+|00)?86[\s-]?)?(1[3-9]\d(?:[\s-]?\d){8})(?!\d)/g;
/** Area code (optionally in brackets), 7–8 digits possibly split, optional extension: 0755 8888 6666 转 123. */
const landlinePattern = /(?<!\d)\(?(0\d{2,3})\)?[\s-]?(\d{3,4}[\s-]?\d{4})(?:\s*(?:转|分机|ext\.?|x|#|-)\s*(\d{1,6}))?(?!\d)/gi;

const digitsOnly = (s: string) => s.replace(/\D/g, '');

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** Every phone in the text, mobiles first found, in text order. */
export function findPhones(text: string): FoundPhone[] {
  const found: FoundPhone[] = [];
  let rest = text;
  for (const m of text.matchAll(mobilePattern)) {
    const start = m.index;
    found.push({ phone: digitsOnly(m[1] ?? ''), kind: 'mobile', start, end: start + m[0].length });
    rest = blank(rest, start, start + m[0].length);
  }
  for (const m of rest.matchAll(landlinePattern)) {
    const start = m.index;
    const ext = m[3];
    found.push({ phone: digitsOnly(`${m[1] ?? ''}${m[2] ?? ''}`), kind: 'landline', start, end: start + m[0].length, ...(ext ? { extension: ext } : {}) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text with the given spans replaced by line breaks (so what was around them splits apart). */
export function cutSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = `${out.slice(0, s.start)}\n${out.slice(s.end)}`;
  return out;
}
