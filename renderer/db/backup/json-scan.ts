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

/** Index of the quote closing a string whose content starts at `from`, or -1 when it ends in a later chunk. */
function closingQuote(s: string, from: number): number {
  for (let j = s.indexOf('"', from); j >= 0; j = s.indexOf('"', j + 1)) {
    let slashes = 0;
    for (let k = j - 1; s.charCodeAt(k) === backslash; k--) slashes++;
    if (slashes % 2 === 0) return j;
  }
  return -1;
}

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

  constructor(private readonly rowsPerBatch = 5000) {}

  /** Feeds the next piece of text; returns what it completed. */
  push(chunk: string): ScanEvent[] {
    this.rebase();
    this.buf += chunk;
    this.scan();
    if (this.stage === 'rows') this.flush();
    return this.events.splice(0);
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
        if (end < 0) break; // the string goes on in the next chunk: scan it again from its quote
        i = end + 1;
        continue;
      }
      if (c === openBrace || c === openBracket) this.open(c, i);
      else if (c === closeBrace || c === closeBracket) this.close(c, i);
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
