import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries, langs } from './index';

/** What a rule ID of DOMAIN.md looks like (OUT-7, SHP-5, WH-1); staff must never read one. */
const ruleIdPattern = /[A-Z]{2,4}-\d/;

/**
 * Product words that merely look like a rule ID. Exact tokens only, each with the reason it is
 * shown; a new entry needs the same: never widen the pattern instead.
 */
const allowedTokens = [
  'SHA-256', // the checksum of each Excel export, named in the export register
  'LQ-630K', // an Epson dot-matrix printer model, named in the paper setup help
] as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const allowedTokenPatterns = allowedTokens.map((token) => new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(token)}(?![A-Za-z0-9])`, 'g'));

/** Keys (with their text) whose text shows something shaped like a rule ID outside the allowed tokens. */
function keysShowingRuleIds(dictionary: Readonly<Record<string, string>>): string[] {
  return Object.entries(dictionary)
    .filter(([, text]) => ruleIdPattern.test(allowedTokenPatterns.reduce((rest, token) => rest.replace(token, ' '), text)))
    .map(([key, text]) => `${key}: ${text}`);
}

/**
 * The domain brief lives beside the project (../shared/domain/DOMAIN.md from the main checkout,
 * further up from a worktree), so look in each folder above the project.
 */
function findDomainBrief(): string {
  const looked: string[] = [];
  for (let dir = resolve(import.meta.dirname, '../..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'domain', 'DOMAIN.md');
    looked.push(candidate);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`DOMAIN.md not found; looked at:\n${looked.join('\n')}`);
  }
}

function domainRuleIds(): string[] {
  const text = readFileSync(findDomainBrief(), 'utf8');
  return [...new Set([...text.matchAll(/\*\*([A-Z][A-Za-z0-9]*-\d+)\*\*/g)].map((m) => m[1] ?? ''))];
}

describe('dictionary strings never show a rule ID', () => {
  it.each(langs)('no %s string shows a rule ID', (lang) => {
    expect(keysShowingRuleIds(dictionaries[lang])).toEqual([]);
  });

  it('every rule ID of DOMAIN.md has the shape the check looks for, and the check catches it', () => {
    const ids = domainRuleIds();
    expect(ids.length).toBeGreaterThan(40);
    expect(ids).toContain('OUT-7');
    for (const id of ids) {
      expect(id, id).toMatch(/^[A-Z]{2,4}-\d+$/); // ruleIdPattern, anchored to the whole ID
      // The shapes the dictionary used to carry: a leading "ID:" / "ID: " and a trailing "(ID)".
      const samples = { lead: `${id}:请填写联系人`, leadEn: `${id}: enter the contact person`, trail: `客户签字(${id})`, trailEn: `Customer signature (${id})` };
      expect(keysShowingRuleIds(samples), id).toEqual(Object.entries(samples).map(([key, text]) => `${key}: ${text}`));
    }
  });

  it('the allowed tokens are used by the dictionary and hide nothing beside them', () => {
    const allText = langs.flatMap((lang) => Object.values(dictionaries[lang])).join('\n');
    for (const token of allowedTokens) expect(allText, token).toContain(token);
    expect(keysShowingRuleIds({ alone: 'SHA-256 校验值', printer: '针式打印机(如 LQ-630K、TSC 等)' })).toEqual([]);
    expect(keysShowingRuleIds({ beside: 'SHA-256 (OUT-7)', glued: 'LQ-630KWH-1', longer: 'LQ-630KX' })).toEqual([
      'beside: SHA-256 (OUT-7)',
      'glued: LQ-630KWH-1',
      'longer: LQ-630KX',
    ]);
  });
});
