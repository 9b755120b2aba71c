import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Attributes whose text a user reads or hears; their words must come from the dictionary. */
const textAttributes = new Set(['label', 'title', 'placeholder', 'aria-label', 'helperText', 'alt']);

/** Latin letters, CJK ideographs, kana…: anything that is a word rather than punctuation or digits. */
const wordy = /\p{L}/u;

interface RawString {
  file: string;
  line: number;
  text: string;
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('');
  if (ts.isJsxExpression(node)) return literalText(node.expression);
  return undefined;
}

function rawText(node: ts.Node): string | undefined {
  if (ts.isJsxText(node)) return node.text.trim();
  if (ts.isJsxAttribute(node) && textAttributes.has(node.name.getText())) return literalText(node.initializer);
  return undefined;
}

/** Every JSX text node and text-bearing attribute in `source` that holds words not from the dictionary. */
function findRawStrings(file: string, source: string): RawString[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: RawString[] = [];
  const visit = (node: ts.Node) => {
    const text = rawText(node);
    if (text !== undefined && wordy.test(text)) {
      found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

// Every .tsx file of the renderer, as source text (Vite resolves the glob at build time).
const sources = import.meta.glob<string>('../**/*.tsx', { query: '?raw', import: 'default', eager: true });

describe('no raw strings in JSX (all user-facing text comes from the dictionary)', () => {
  it('finds the renderer components', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  it('no renderer .tsx file has a raw Chinese or English string in JSX text or text attributes', () => {
    const found = Object.entries(sources).flatMap(([file, source]) => findRawStrings(file, source));
    expect(found.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('catches text nodes, literal labels and template titles, and lets dictionary calls pass', () => {
    const bad = `export const A = () => (
      <div aria-label="客户">
        保存
        <TextField label={'Name'} title={\`电话 \${1}\`} placeholder="e.g." />
      </div>
    );`;
    expect(findRawStrings('bad.tsx', bad).map((f) => f.text)).toEqual(['客户', '保存', 'Name', '电话 ', 'e.g.']);

    const good = `export const B = () => (
      <div aria-label={t('nav.calls')} className="grid">
        {t('action.save')} · 2026-01 ·
        <TextField label={t('call.field.phone')} format="YYYY-MM-DD" />
      </div>
    );`;
    expect(findRawStrings('good.tsx', good)).toEqual([]);
  });
});
