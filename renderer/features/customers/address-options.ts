import { isMunicipalityLike, provinces, type Province } from '@shared/address/regions';

/** The province a typed text names, by full or short name (广东省 / 广东). */
function provinceOf(text: string): Province | undefined {
  const p = text.trim();
  if (p === '') return undefined;
  return provinces.find((x) => x.name === p || x.aliases.includes(p));
}

/** Every province, as the province field suggests them. */
export const provinceOptions: readonly string[] = provinces.map((p) => p.name);

/** The cities of the typed province; a municipality is its own city (北京市 → 北京市). Empty when unknown. */
export function cityOptions(province: string): string[] {
  const p = provinceOf(province);
  if (!p) return [];
  return isMunicipalityLike(p) ? [p.name] : p.cities.map((c) => c.name);
}

/** The districts the offline table knows: a municipality's 区/县; other cities are typed freely. */
export function districtOptions(province: string): string[] {
  return provinceOf(province)?.districts.map((d) => d.name) ?? [];
}
