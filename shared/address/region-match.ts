import type { City, Province, Region } from './regions';
import { citiesWithoutDistricts, isMunicipalityLike, provinceByName, provinces } from './regions';

export type Confidence = 'high' | 'medium' | 'low';

export interface RegionParse {
  province: string;
  city: string;
  district: string;
  detail: string;
  confidence: { province: Confidence; city: Confidence; district: Confidence };
  /** How much of the text was recognised as regions: the parser keeps the best-scoring reading. */
  score: number;
}

interface Hit<T> {
  item: T;
  end: number;
  full: boolean;
}

/** After a short name, these mean it is a district or a street of the same name, not the region. */
const notAfterShort = /^[区县路街道巷弄号镇乡村]/;
const allCities: readonly City[] = provinces.flatMap((p) => p.cities);

/** The longest full name or short name of `regions` at `pos` (a full name wins a tie). */
function matchAt<T extends Region>(s: string, pos: number, regions: readonly T[], suffix: RegExp, refuse?: (r: T, next: string) => boolean): Hit<T> | undefined {
  let best: Hit<T> | undefined;
  for (const r of regions) {
    if (s.startsWith(r.name, pos) && (!best || pos + r.name.length > best.end)) best = { item: r, end: pos + r.name.length, full: true };
    for (const a of r.aliases) {
      if (!s.startsWith(a, pos)) continue;
      const next = s.slice(pos + a.length);
      if (notAfterShort.test(next) || refuse?.(r, next)) continue;
      const end = pos + a.length + (suffix.exec(next)?.[0].length ?? 0);
      if (!best || end > best.end) best = { item: r, end, full: false };
    }
  }
  return best;
}

/** 吉林市 is a city, not 吉林省 + 市: a province's short name is followed by 市 only for a municipality. */
const provinceSuffix = /^(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)/;
const matchProvince = (s: string, pos: number) =>
  matchAt(s, pos, provinces, provinceSuffix, (p, next) => !isMunicipalityLike(p) && next.startsWith('市'));
const matchCity = (s: string, pos: number, cities: readonly City[]) => matchAt(s, pos, cities, /^(?:市|地区|盟|自治州|州)/);
const matchTableDistrict = (s: string, pos: number, p: Province) => matchAt(s, pos, p.districts, /^(?:新区|区|县)/);

/** A district, county, county-level city or banner (旗) named before the street: 天山区, 昆山市, 达拉特旗. */
const genericDistrict = /^[\u4e00-\u9fa5]{1,9}?(?:自治县|自治旗|新区|林区|矿区|特区|区|县|市|旗)/;
const notADistrict = /[路街巷弄号村镇乡]|大道|(?:超市|门市|菜市|夜市|集市|小区|社区|校区|厂区|景区|片区)$/;

function matchGenericDistrict(s: string, pos: number): { name: string; end: number } | undefined {
  const m = genericDistrict.exec(s.slice(pos));
  if (!m || notADistrict.test(m[0])) return undefined;
  return { name: m[0], end: pos + m[0].length };
}

/** "北京市北京市海淀区", "上海市市辖区…": the municipality's name repeated in the city slot. */
function skipMunicipalRepeat(s: string, pos: number, p: Province): number {
  let at = pos;
  const again = matchProvince(s, at);
  if (again?.item === p) at = again.end;
  if (s.startsWith('市辖区', at)) at += 3;
  return at;
}

interface Draft {
  province?: { name: string; c: Confidence };
  city?: { name: string; c: Confidence };
  district?: { name: string; c: Confidence };
  end: number;
  score: number;
}

function districtAfter(s: string, d: Draft, p: Province | undefined): Draft {
  const table = p && isMunicipalityLike(p) ? matchTableDistrict(s, d.end, p) : undefined;
  if (table) return { ...d, district: { name: table.item.name, c: table.full ? 'high' : 'medium' }, end: table.end, score: d.score + (table.full ? 3 : 2) };
  const g = matchGenericDistrict(s, d.end);
  return g ? { ...d, district: { name: g.name, c: 'medium' }, end: g.end, score: d.score + 1 } : d;
}

/** Reading 1: a province, then (unless a municipality) its city, then a district. */
function provinceFirst(s: string): Draft | undefined {
  const ph = matchProvince(s, 0);
  if (!ph) return undefined;
  const p = ph.item;
  const d: Draft = { province: { name: p.name, c: 'high' }, end: ph.end, score: ph.full ? 3 : 2 };
  if (isMunicipalityLike(p)) return districtAfter(s, { ...d, city: { name: p.name, c: 'high' }, end: skipMunicipalRepeat(s, ph.end, p) }, p);
  const ch = matchCity(s, ph.end, p.cities);
  if (!ch) return districtAfter(s, d, p);
  return districtAfter(s, { ...d, city: { name: ch.item.name, c: 'high' }, end: ch.end, score: d.score + (ch.full ? 3 : 2) }, p);
}

/** Reading 2: the province left out: a city (its province inferred), then a district. */
function cityFirst(s: string): Draft | undefined {
  const ch = matchCity(s, 0, allCities);
  if (!ch) return undefined;
  const p = provinceByName.get(ch.item.province);
  const d: Draft = { province: { name: ch.item.province, c: 'medium' }, city: { name: ch.item.name, c: ch.full ? 'high' : 'medium' }, end: ch.end, score: ch.full ? 3 : 1 };
  const withDistrict = districtAfter(s, d, p);
  // A short city name alone ("东方红大街") is too weak to stand on without a district after it.
  return ch.full || withDistrict.district ? withDistrict : undefined;
}

/** Reading 3: only a municipality's district ("海淀区…"): the municipality inferred, flagged for checking. */
function districtFirst(s: string): Draft | undefined {
  for (const p of provinces) {
    if (!isMunicipalityLike(p)) continue;
    const dh = matchTableDistrict(s, 0, p);
    if (dh?.full) return { province: { name: p.name, c: 'low' }, city: { name: p.name, c: 'low' }, district: { name: dh.item.name, c: 'medium' }, end: dh.end, score: 2 };
  }
  return undefined;
}

const trimSeparators = (s: string) => s.replace(/^[\s,.:;-]+|[\s,.:;-]+$/g, '');

function toParse(s: string, d: Draft | undefined): RegionParse {
  if (!d) return { province: '', city: '', district: '', detail: trimSeparators(s), confidence: { province: 'low', city: 'low', district: 'low' }, score: 0 };
  const city = d.city?.name ?? '';
  const noDistrictLevel = citiesWithoutDistricts.has(city);
  return {
    province: d.province?.name ?? '',
    city,
    district: d.district?.name ?? '',
    detail: trimSeparators(s.slice(d.end)),
    confidence: { province: d.province?.c ?? 'low', city: d.city?.c ?? 'low', district: d.district?.c ?? (noDistrictLevel ? 'high' : 'low') },
    score: d.score,
  };
}

/**
 * Reads province, city and district from the start of an address (spaces already removed between
 * Chinese characters), keeping the reading that recognises most; the rest is the street address.
 */
export function parseRegion(s: string): RegionParse {
  const readings = [provinceFirst(s), cityFirst(s), districtFirst(s)].filter((d): d is Draft => d !== undefined);
  const best = readings.reduce<Draft | undefined>((b, d) => (!b || d.score > b.score ? d : b), undefined);
  return toParse(s, best);
}
