import type { Province, Region } from './regions';
import { isMunicipalityLike, provinces } from './regions';

/** A region cell that is not a region: which one, and why (a dictionary key of the import's messages). */
export interface RegionProblem {
  field: 'province' | 'city' | 'district';
  reason: 'import.error.unknownProvince' | 'import.error.unknownCity' | 'import.error.badDistrict' | 'import.error.provinceRequired';
}

const named = (r: Region, text: string) => r.name === text || r.aliases.includes(text);

/** The province a cell names: its full name (广东省) or its short one (广东); simplified characters, as the table has them. */
export function findProvince(text: string): Province | undefined {
  return provinces.find((p) => named(p, text));
}

/** A district, county, county-level city or banner as written in an address (天河区, 昆山市, 达拉特旗). */
const districtPattern = /^[\u4e00-\u9fa5]{1,15}(?:自治县|自治旗|新区|林区|矿区|特区|区|县|市|旗)$/;

function cityProblem(p: Province, city: string): RegionProblem | null {
  if (city === '') return null;
  // A municipality or SAR has no city level: the cell repeats the province (北京市), says 市辖区, or names a district.
  if (p.cities.length === 0 || isMunicipalityLike(p)) {
    const fine = named(p, city) || city === '市辖区' || p.districts.some((d) => named(d, city));
    return fine ? null : { field: 'city', reason: 'import.error.unknownCity' };
  }
  return p.cities.some((c) => named(c, city)) ? null : { field: 'city', reason: 'import.error.unknownCity' };
}

function districtProblem(p: Province, district: string): RegionProblem | null {
  if (district === '') return null;
  if (p.kind === 'municipality') return p.districts.some((d) => named(d, district)) ? null : { field: 'district', reason: 'import.error.badDistrict' };
  return p.kind === 'sar' || districtPattern.test(district) ? null : { field: 'district', reason: 'import.error.badDistrict' };
}

/**
 * The first region cell of an address that names no real region: a province not in the table (火星省,
 * 44, the traditional 廣東省), a city not in that province, a district that is not written as one, or a
 * city or district without its province. Blank cells are fine: the address may be only a street.
 */
export function regionProblem(a: { province: string; city: string; district: string }): RegionProblem | null {
  if (a.province === '') return a.city !== '' || a.district !== '' ? { field: 'province', reason: 'import.error.provinceRequired' } : null;
  const p = findProvince(a.province);
  if (!p) return { field: 'province', reason: 'import.error.unknownProvince' };
  return cityProblem(p, a.city) ?? districtProblem(p, a.district);
}
