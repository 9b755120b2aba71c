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
 * The rule IDs of the domain brief (DOMAIN.md), kept here so the check runs in any checkout; when the
 * brief is beside the project (../shared/domain/DOMAIN.md from the main checkout, further up from a
 * worktree), the list is compared with it so a new rule cannot be missed.
 */
const domainRuleIds = [
  'EXC-1', 'EXC-2', 'IN-1', 'IN-2', 'IN-3', 'IN-4', 'MSG-1', 'OUT-1', 'OUT-2', 'OUT-3', 'OUT-4', 'OUT-5', 'OUT-6', 'OUT-7',
  'PRM-1', 'PRM-2', 'PRM-3', 'PRT-1', 'PRT-2', 'PRT-3', 'PRT-4', 'REC-1', 'REC-2', 'REV-1', 'RMA-1', 'RMA-2', 'RMA-3',
  'SAT-1', 'SAT-2', 'SHP-1', 'SHP-2', 'SHP-3', 'SHP-4', 'SHP-5', 'SUP-1', 'SUP-2', 'SUP-3', 'SUP-4', 'SVC-1', 'SVC-2',
  'SVC-3', 'SVC-4', 'WAR-1', 'WAR-2', 'WAR-3', 'WH-1', 'WH-2',
] as const;

function findDomainBrief(): string | null {
  for (let dir = resolve(import.meta.dirname, '../..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'domain', 'DOMAIN.md');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

describe('dictionary strings never show a rule ID', () => {
  it.each(langs)('no %s string shows a rule ID', (lang) => {
    expect(keysShowingRuleIds(dictionaries[lang])).toEqual([]);
  });

  it('the rule list is the domain brief’s, where the brief is at hand', () => {
    const brief = findDomainBrief();
    // A checkout without the brief beside it has only the list above to go by.
    if (brief === null) return;
    const inBrief = [...new Set([...readFileSync(brief, 'utf8').matchAll(/\*\*([A-Z][A-Za-z0-9]*-\d+)\*\*/g)].map((m) => m[1] ?? ''))];
    expect([...inBrief].sort()).toEqual([...domainRuleIds].sort());
  });

  it('every rule ID of DOMAIN.md has the shape the check looks for, and the check catches it', () => {
    for (const id of domainRuleIds) {
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
