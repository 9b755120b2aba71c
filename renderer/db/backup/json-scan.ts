/**
 * Reads a dexie-export-import JSON text as it streams in, without building it as one string: it
 * tracks only nesting depth and strings, hands out the header and each table's opening as small JSON
 * texts, and the rows as slices of complete rows (`row,row,row`) for one native JSON.parse each.
 * The library's own reader parses character by character in JS and is many times slower.
 *
 * Layout: {"formatName":"dexie",…,"data":{…,"tables":[…],"data":[ {"tableName":…,"rows":[ROW,…]}, … ]}}
 * depth:   1                          2                        3    4                       5
 */
export interface ExportMeta {
  formatName: string;
  formatVersion: number;
  data: { databaseName: string; databaseVersion: number; tables: { name: string; schema: string; rowCount: number }[] };
}

export type ScanEvent =
  | { type: 'header'; meta: ExportMeta }
  | { type: 'table'; name: string; inbound: boolean }
  | { type: 'rows'; json: string; count: number };

type Stage = 'header' | 'tables' | 'prefix' | 'rows' | 'tableEnd' | 'done';

const quote = 0x22;
const backslash = 0x5c;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;

/** An odd run of backslashes escapes what follows it. */
function escapes(slashes: number): boolean {
  return slashes % 2 === 1;
}

/**
 * Index of the quote closing a string in `s` at or after `from`, or -1 when it ends in a later chunk.
 * `carried`: the text before `s` (inside the same string) ends in an escaping backslash run.
 */
function closingQuote(s: string, from: number, carried = false): number {
  for (let j = s.indexOf('"', from); j >= 0; j = s.indexOf('"', j + 1)) {
    let slashes = 0;
    let k = j - 1;
    for (; k >= 0 && s.charCodeAt(k) === backslash; k--) slashes++;
    if (k < 0 && carried) slashes++;
    if (!escapes(slashes)) return j;
  }
  return -1;
}

/** Whether `s` (the end of a string's text so far, from `from`) leaves the next character escaped. */
function endsEscaped(s: string, from: number, carried: boolean): boolean {
  let slashes = 0;
  let k = s.length - 1;
  for (; k >= from && s.charCodeAt(k) === backslash; k--) slashes++;
  return k < from && carried ? !escapes(slashes) : escapes(slashes);
}

/** Thrown when one row (or the header) is longer than any the app writes: a damaged or crafted file. */
export class ExportTooLarge extends Error {
  constructor() {
    super('a row of the export is larger than the limit');
    this.name = 'ExportTooLarge';
  }
}

export interface ScanLimits {
  /** The longest row (or header) in characters: a stored screenshot (20 MB as base64) and more fit. */
  maxRowChars: number;
  /** The most characters of one row outside its strings (numbers, brackets, spaces): no record has a megabyte of those. */
  maxStructureChars: number;
}

export const defaultScanLimits: ScanLimits = { maxRowChars: 48 * 1024 * 1024, maxStructureChars: 8 * 1024 * 1024 };

export class ExportScanner {
  private buf = '';
  private pos = 0;
  private depth = 0;
  private stage: Stage = 'header';
  /** Start of the text still needed: the header, a table's opening, or the row being read. */
  private keep = 0;
  private rowStart = -1;
  private batchStart = -1;
  private batchEnd = -1;
  private batchCount = 0;
  private events: ScanEvent[] = [];
  /**
   * While a string runs on over several chunks, the chunks wait here and only each new one is searched
   * for the closing quote: appending them to `buf` one by one would copy the whole string every time.
   */
  private pending: string[] | null = null;
  private pendingChars = 0;
  private pendingEscaped = false;
  /** Characters of the current row read outside its strings. */
  private structureChars = 0;

  constructor(
    private readonly rowsPerBatch = 5000,
    private readonly limits: ScanLimits = defaultScanLimits,
  ) {}

  /** Feeds the next piece of text; returns what it completed. Throws ExportTooLarge past the limits. */
  push(chunk: string): ScanEvent[] {
    if (this.pending) {
      const end = closingQuote(chunk, 0, this.pendingEscaped);
      if (end < 0) {
        this.pending.push(chunk);
        this.pendingChars += chunk.length;
        this.pendingEscaped = endsEscaped(chunk, 0, this.pendingEscaped);
        this.checkSize();
        return [];
      }
      const resume = this.buf.length + this.pendingChars + end + 1;
      this.buf += this.pending.join('') + chunk;
      this.pending = null;
      this.pendingChars = 0;
      this.pos = resume;
    } else {
      this.rebase();
      this.buf += chunk;
    }
    this.scan();
    if (this.stage === 'rows') this.flush();
    this.checkSize();
    return this.events.splice(0);
  }

  /** The text kept for the row (or header) being read must stay within the limit. */
  private checkSize(): void {
    const start = this.stage === 'rows' ? (this.rowStart >= 0 ? this.rowStart : this.pos) : Math.min(this.keep, this.pos);
    const held = this.buf.length - start + this.pendingChars;
    if (held > this.limits.maxRowChars || this.structureChars > this.limits.maxStructureChars) throw new ExportTooLarge();
  }

  /** True once the data array has closed: anything missing before that means a cut-off file. */
  get complete(): boolean {
    return this.stage === 'done';
  }

  /** Drops the text before `keep`, shifting every position by the same amount. */
  private rebase(): void {
    const cut = this.stage === 'rows' ? (this.rowStart >= 0 ? this.rowStart : this.pos) : Math.min(this.keep, this.pos);
    if (cut <= 0) return;
    this.buf = this.buf.slice(cut);
    this.pos -= cut;
    this.keep = Math.max(0, this.keep - cut);
    if (this.rowStart >= 0) this.rowStart -= cut;
    if (this.batchStart >= 0) this.batchStart -= cut;
  }

  private scan(): void {
    const s = this.buf;
    let i = this.pos;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === quote) {
        const end = closingQuote(s, i + 1);
        if (end < 0) {
          // The string goes on in the next chunks: they wait in `pending` until its closing quote comes.
          this.pending = [];
          this.pendingEscaped = endsEscaped(s, i + 1, false);
          break;
        }
        i = end + 1;
        continue;
      }
      if (c === openBrace || c === openBracket) this.open(c, i);
      else if (c === closeBrace || c === closeBracket) this.close(c, i);
      if (this.rowStart >= 0) this.structureChars++;
      i++;
    }
    this.pos = i;
  }

  private open(c: number, i: number): void {
    const d = this.depth++;
    if (d === 2 && this.stage === 'header' && c === openBracket && /"data"\s*:\s*$/.test(this.buf.slice(Math.max(0, i - 24), i))) {
      const meta: unknown = JSON.parse(`${this.buf.slice(this.keep, i + 1)}]}}`);
      this.events.push({ type: 'header', meta: meta as ExportMeta }); // shape checked by the reader
      this.stage = 'tables';
      this.keep = i + 1;
    } else if (d === 3 && this.stage === 'tables' && c === openBrace) {
      this.stage = 'prefix';
      this.keep = i;
    } else if (d === 4 && this.stage === 'prefix' && c === openBracket) {
      const prefix = JSON.parse(`${this.buf.slice(this.keep, i + 1)}]}`) as { tableName?: unknown; inbound?: unknown };
      if (typeof prefix.tableName !== 'string') throw new SyntaxError('a table in the export has no name');
      this.events.push({ type: 'table', name: prefix.tableName, inbound: prefix.inbound === true });
      this.stage = 'rows';
    } else if (d === 5 && this.stage === 'rows') {
      this.rowStart = i;
      this.structureChars = 0;
      if (this.batchStart < 0) this.batchStart = i;
    }
  }

  private close(c: number, i: number): void {
    const d = --this.depth;
    if (d < 0) throw new SyntaxError('unbalanced brackets in the export');
    if (d === 5 && this.stage === 'rows') {
      this.batchEnd = i + 1;
      this.batchCount++;
      this.rowStart = -1;
      if (this.batchCount >= this.rowsPerBatch) this.flush();
    } else if (d === 4 && this.stage === 'rows' && c === closeBracket) {
      this.flush();
      this.stage = 'tableEnd';
      this.keep = i + 1;
    } else if (d === 3 && this.stage === 'tableEnd' && c === closeBrace) {
      this.stage = 'tables';
      this.keep = i + 1;
    } else if (d === 2 && this.stage === 'tables' && c === closeBracket) {
      this.stage = 'done';
      this.keep = i + 1;
    }
  }

  private flush(): void {
    if (this.batchCount > 0) this.events.push({ type: 'rows', json: this.buf.slice(this.batchStart, this.batchEnd), count: this.batchCount });
    this.batchStart = this.rowStart;
    this.batchCount = 0;
  }
}
