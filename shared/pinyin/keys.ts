import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Full pinyin without tones or spaces: 张三 → 'zhangsan'; ü is written 'v' as on a keyboard (吕 → 'lv'). */
  full: string;
  /** First letters: 张三 → 'zs'. */
  initials: string;
  /** `full` with ü written 'u' (吕 → 'lu'), as some people type it; equal to `full` when there is no ü. */
  fullU: string;
}

/** Letters and digits are kept (lower-cased) in both keys; spaces and punctuation are dropped. */
const keptAscii = /[a-z0-9]/;

/**
 * The pinyin of a name for search as you type. The first character is read as a surname
 * (pinyin-pro `surname: 'head'`), so 单 → shan, 曾 → zeng, 解 → xie, 仇 → qiu, 区 → ou.
 */
export function pinyinKeys(name: string): PinyinKeys {
  const trimmed = name.trim();
  if (trimmed === '') return { full: '', initials: '', fullU: '' };
  const chars = pinyin(trimmed, { toneType: 'none', surname: 'head', type: 'all', v: true });
  let full = '';
  let initials = '';
  let fullU = '';
  for (const c of chars) {
    if (c.isZh && c.pinyin) {
      const syllable = c.pinyin.toLowerCase();
      full += syllable;
      fullU += syllable.replaceAll('v', 'u');
      initials += syllable[0] ?? '';
    } else {
      const kept = [...c.origin.toLowerCase()].filter((ch) => keptAscii.test(ch)).join('');
      full += kept;
      fullU += kept;
      initials += kept;
    }
  }
  return { full, initials, fullU };
}

/**
 * The keys a name adds to `customerSearchKeys` (prefix-matched, multiEntry index): full pinyin,
 * initials and the 'u' spelling of ü, without duplicates or empty keys.
 */
export function pinyinSearchKeys(name: string): string[] {
  const { full, initials, fullU } = pinyinKeys(name);
  return [...new Set([full, initials, fullU])].filter((k) => k !== '');
}
