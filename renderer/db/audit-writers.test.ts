import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Methods that change or remove rows; none may ever run on the audit table. */
const changing = new Set(['update', 'put', 'delete', 'clear', 'bulkDelete', 'bulkPut', 'bulkUpdate', 'modify']);
/**
 * Methods that add rows: only appendAudit (audit-repo.ts) adds to the audit table, in the record's own
 * transaction. Generated data (benchmarks, test helpers) may seed it directly.
 */
const adding = new Set(['add', 'bulkAdd']);
const mayAdd = (file: string) => file === 'db/audit-repo.ts' || file.startsWith('bench/') || /(^|\/)test-[^/]*$|test-support\.ts$/.test(file);

const mentionsAudit = (node: ts.Node, sf: ts.SourceFile) => /\bauditLog\b/.test(node.getText(sf));

/** `x.auditLog` or `x.table('auditLog')`: an expression that is the audit table itself. */
function isAuditTable(node: ts.Node): boolean {
  if (ts.isPropertyAccessExpression(node)) return node.name.text === 'auditLog';
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'table') {
    const [arg] = node.arguments;
    return arg !== undefined && ts.isStringLiteralLike(arg) && arg.text === 'auditLog';
  }
  return false;
}

/** Every place in `source` that could change the audit trail other than by appending through appendAudit. */
function findAuditWriters(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1} ${what}`);
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const receiver = node.expression.expression;
      if (changing.has(method) && mentionsAudit(receiver, sf)) at(node, method);
      if (adding.has(method) && mentionsAudit(receiver, sf) && !mayAdd(file)) at(node, method);
    }
    // An alias (`const log = db.auditLog`) would hide later calls from the check above.
    if (ts.isVariableDeclaration(node) && node.initializer && isAuditTable(node.initializer)) at(node, 'alias');
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

// Every non-test source file of the renderer (Vite resolves the glob at build time).
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The glob's key ('./audit-repo.ts', '../bench/x.ts') as a path under renderer/ ('db/audit-repo.ts', 'bench/x.ts'). */
const rendererPath = (file: string) => (file.startsWith('./') ? `db/${file.slice(2)}` : file.replace(/^\.\.\//, ''));

describe('append-only audit trail: no code path updates or deletes it', () => {
  it('scans the renderer sources, the repositories among them', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(Object.keys(sources)).toContain('./audit-repo.ts');
    expect(Object.keys(sources).some((f) => f.endsWith('.test.ts'))).toBe(false);
  });

  it('no renderer file updates, puts, deletes, clears or modifies the audit table, or adds to it outside appendAudit', () => {
    const found = Object.entries(sources).flatMap(([file, source]) => findAuditWriters(rendererPath(file), source));
    expect(found).toEqual([]);
  });

  it('catches every changing call, a stray add and an alias, and lets reads and appendAudit pass', () => {
    const bad = `
      await db.auditLog.update(1, { note: 'x' });
      await db.auditLog.where('at').below(5).delete();
      await db.auditLog.where('at').below(5).modify({ note: '' });
      await db.table('auditLog').clear();
      await this.db.auditLog.bulkPut(rows);
      await db.auditLog.add(entry);
      const log = db.auditLog;
    `;
    expect(findAuditWriters('db/customers-repo.ts', bad).map((f) => f.split(' ')[1])).toEqual([
      'update', 'delete', 'modify', 'clear', 'bulkPut', 'add', 'alias',
    ]);
    const good = `
      await db.transaction('rw', db.customers, db.auditLog, () => db.customers.put(row));
      const rows = await db.auditLog.where('[table+recordId]').equals(['customers', '1']).toArray();
      await db.customers.delete(3);
    `;
    expect(findAuditWriters('db/customers-repo.ts', good)).toEqual([]);
    expect(findAuditWriters('db/audit-repo.ts', 'await db.auditLog.add(entry);')).toEqual([]);
    expect(findAuditWriters('db/backup/test-support.ts', 'await db.auditLog.bulkAdd(rows);')).toEqual([]);
    expect(findAuditWriters('db/backup/test-support.ts', 'await db.auditLog.bulkPut(rows);')).toHaveLength(1);
    expect(rendererPath('../bench/bench.ts')).toBe('bench/bench.ts');
  });
});
