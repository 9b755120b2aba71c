import { findPhones, cutSpans, type FoundPhone } from './phones';
import { parseRegion, type Confidence, type RegionParse } from './region-match';

export type { Confidence } from './region-match';

export const addressParts = ['name', 'phone', 'province', 'city', 'district', 'detail'] as const;
export type AddressPart = (typeof addressParts)[number];

export interface ParsedAddress {
  name: string;
  /** Digits only (mobile 11 digits, landline with area code), '' when none was found. */
  phone: string;
  phoneKind?: 'mobile' | 'landline';
  extension?: string;
  /** Further numbers in the text (a second phone), for the clerk to pick from. */
  otherPhones: string[];
  province: string;
  city: string;
  district: string;
  detail: string;
  postalCode?: string;
  confidence: Record<AddressPart, Confidence>;
  /** The parts to highlight for the clerk to check: every part whose confidence is low. */
  flagged: AddressPart[];
}

type Tag = 'name' | 'phone' | 'address';

/** Labels as shops and apps write them; the short ones need their colon ("地区" is also in 阿里地区). */
const labelPattern =
  /(收货人姓名|收件人姓名|收货人|收件人|联系人|手机号码|联系电话|电话号码|详细地址|收货地址|收件地址|所在地区|(?:姓名|名字|手机号|手机|电话|固话|座机|联系方式|地址|所在地|地区|name|tel|phone|mobile|address)(?=\s*:))\s*:?/gi;

function tagOf(label: string): Tag {
  if (/人|姓名|名字|name/i.test(label)) return 'name';
  if (/地址|地区|所在地|address/i.test(label)) return 'address';
  return 'phone';
}

/** Full-width forms to ASCII (NFKC), every separator to a space. */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/[,;、|\t\r\n，；]+/g, ' ');
}

/** Spaces inside Chinese text carry no meaning in an address; between Latin words they do ("SOHO T3"). */
function compact(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/ (?=[^\x20-\x7e])|(?<=[^\x20-\x7e]) /g, '').trim();
}

const postalLabelled = /(?:邮编|邮政编码)\s*:?\s*(\d{6})/;
const postalBare = /(?<=^|\s)(\d{6})(?=\s|$)/;

function takePostal(text: string): { text: string; postalCode?: string } {
  const m = postalLabelled.exec(text) ?? postalBare.exec(text);
  if (!m) return { text };
  return { text: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`, postalCode: m[1] ?? '' };
}

interface Segments {
  untagged: string[];
  name: string[];
  address: string[];
}

/** Splits the text at its labels: each label's text runs to the next label. */
function segment(text: string): Segments {
  const out: Segments = { untagged: [], name: [], address: [] };
  let tag: Tag | undefined;
  let from = 0;
  const push = (s: string) => {
    if (s.trim() === '') return;
    if (tag === 'name') {
      // The name is the label's first word; anything after it is read like unlabelled text.
      const [first = '', ...more] = s.trim().split(/\s+/);
      out.name.push(first);
      if (more.length > 0) out.untagged.push(more.join(' '));
    }
    else if (tag === 'address') out.address.push(s.trim());
    else out.untagged.push(s.trim()); // a phone label's leftovers are read like unlabelled text
  };
  for (const m of text.matchAll(labelPattern)) {
    push(text.slice(from, m.index));
    tag = tagOf(m[1] ?? '');
    from = m.index + m[0].length;
  }
  push(text.slice(from));
  return out;
}

const addressWords = /[省市区县镇乡村路街巷弄号楼室栋幢]|单元|小区|大厦|广场|公司|中心|大道/;

/** A Chinese name: 2–5 characters, or a · name (阿卜杜·热合曼); no address words. */
function isChineseName(token: string): boolean {
  if (addressWords.test(token)) return false;
  return /^[\u4e00-\u9fa5]{2,5}$/.test(token) || /^[\u4e00-\u9fa5]{1,8}[·•][\u4e00-\u9fa5]{1,8}$/.test(token);
}

/** Before the address a Latin word is a name too ("Tom"); after it, it is more likely the address's ("SOHO"). */
function isNameLike(token: string): boolean {
  return isChineseName(token) || /^[A-Za-z][A-Za-z .'-]{1,29}$/.test(token);
}

interface Found {
  name: string;
  nameConfidence: Confidence;
  region: RegionParse;
}

/** Building words after which a name may be glued on: "3单元502室张三". */
const gluedNameAfter = /[号室楼层元栋幢座户院弄]$/;

function splitGluedName(region: RegionParse): { name: string; region: RegionParse } | undefined {
  for (const len of [3, 2]) {
    const tail = region.detail.slice(-len);
    const before = region.detail.slice(0, -len);
    if (/^[\u4e00-\u9fa5]+$/.test(tail) && !gluedNameAfter.test(tail[0] ?? '') && gluedNameAfter.test(before)) {
      return { name: tail, region: { ...region, detail: before } };
    }
  }
  return undefined;
}

/** The address begins with the token (or the tail of a token) from which most regions are read. */
function findAddressStart(tokens: string[]): { index: number; cut: number; region: RegionParse } | undefined {
  let best: { index: number; cut: number; region: RegionParse } | undefined;
  const consider = (index: number, cut: number, minScore: number) => {
    const region = parseRegion(compact([tokens[index]?.slice(cut) ?? '', ...tokens.slice(index + 1)].join(' ')));
    if (region.score >= minScore && (!best || region.score > best.region.score)) best = { index, cut, region };
  };
  tokens.forEach((_t, i) => consider(i, 0, 1));
  if (best) return best;
  // No token starts with a region: a name may be glued on in front ("张三北京市海淀区…").
  tokens.forEach((t, i) => {
    for (let cut = 1; cut <= Math.min(5, t.length - 2); cut++) if (/^[\u4e00-\u9fa5·]+$/.test(t.slice(0, cut))) consider(i, cut, 3);
  });
  return best;
}

function readUntagged(tokens: string[]): Found {
  const start = findAddressStart(tokens);
  if (!start) {
    const nameAt = tokens.findIndex(isNameLike);
    const rest = tokens.filter((_t, i) => i !== nameAt);
    return { name: tokens[nameAt] ?? '', nameConfidence: nameAt >= 0 ? 'medium' : 'low', region: parseRegion(compact(rest.join(' '))) };
  }
  const glued = tokens[start.index]?.slice(0, start.cut) ?? '';
  const before = tokens.slice(0, start.index).filter(isNameLike);
  if (glued) return { name: glued, nameConfidence: 'medium', region: start.region };
  if (before.length > 0) return { name: before[0] ?? '', nameConfidence: 'high', region: start.region };
  const last = tokens[tokens.length - 1] ?? '';
  if (tokens.length - 1 > start.index && isChineseName(last)) {
    const region = parseRegion(compact(tokens.slice(start.index, -1).join(' ')));
    return { name: last, nameConfidence: 'medium', region };
  }
  const split = splitGluedName(start.region);
  return split ? { name: split.name, nameConfidence: 'low', region: split.region } : { name: '', nameConfidence: 'low', region: start.region };
}

function read(segs: Segments): Found {
  const untagged = segs.untagged.flatMap((s) => s.split(/\s+/)).filter((t) => t !== '');
  const labelledName = segs.name[0] ?? '';
  if (segs.address.length > 0) {
    const region = parseRegion(compact(segs.address.join(' ')));
    if (labelledName) return { name: labelledName, nameConfidence: 'high', region };
    const name = untagged.find(isNameLike) ?? '';
    return { name, nameConfidence: name ? 'medium' : 'low', region };
  }
  const found = readUntagged(untagged);
  return labelledName ? { ...found, name: labelledName, nameConfidence: 'high' } : found;
}

function phoneFields(phones: FoundPhone[]): Pick<ParsedAddress, 'phone' | 'phoneKind' | 'extension' | 'otherPhones'> {
  const main = phones.find((p) => p.kind === 'mobile') ?? phones[0];
  if (!main) return { phone: '', otherPhones: [] };
  return {
    phone: main.phone,
    phoneKind: main.kind,
    ...(main.extension ? { extension: main.extension } : {}),
    otherPhones: phones.filter((p) => p !== main).map((p) => p.phone),
  };
}

/**
 * Offline parse of a pasted delivery blob ("张三 13800138000 北京市海淀区中关村大街1号", labelled
 * or not, name before or after, mobiles and landlines, 自治区/直辖市, missing district or province)
 * into name, phone, province, city, district and street address, each with a confidence.
 */
export function parseAddress(text: string): ParsedAddress {
  const normalized = normalize(text);
  const phones = findPhones(normalized);
  const { text: rest, postalCode } = takePostal(cutSpans(normalized, phones).replace(/\n/g, ' '));
  const found = read(segment(rest));
  const r = found.region;
  const detailConfidence: Confidence = r.detail.length < 2 ? 'low' : r.score === 0 ? 'low' : 'high';
  const confidence: Record<AddressPart, Confidence> = {
    name: found.name ? found.nameConfidence : 'low',
    phone: phones.length > 0 ? 'high' : 'low',
    ...r.confidence,
    detail: detailConfidence,
  };
  return {
    name: found.name,
    ...phoneFields(phones),
    province: r.province,
    city: r.city,
    district: r.district,
    detail: r.detail,
    ...(postalCode ? { postalCode } : {}),
    confidence,
    flagged: addressParts.filter((p) => confidence[p] === 'low'),
  };
}
