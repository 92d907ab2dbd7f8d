/**
 * The ways people write an agency's or a region's name, as word lists for the jieba user
 * dictionary (so that names are cut whole) and the search index (agency boost). The forms
 * themselves come from agency/forms.ts, which the name resolver (agency/resolve.ts) uses too.
 */
import { namedForms, regionShortNames } from "./agency/forms.ts";


/** Administrative suffixes, longest first (自治县 before 县). */
export const REGION_SUFFIXES: readonly string[] = [
  "特别行政区", "自治区", "自治州", "自治县", "自治旗", "街道", "新区", "地区",
  "省", "市", "区", "县", "旗", "盟", "州", "镇", "乡",
];

/** The region without its suffix when at least two characters remain: 浔阳区 → 浔阳; 南区 → null; 广西壮族自治区 → 广西. */
export function regionShortName(region: string): string | null {
  return regionShortNames(region)[0] ?? null;
}

/** True when the name ends with an administrative suffix (淮安市, 洪泽区, 黄桥镇, 城关街道). */
export function hasRegionSuffix(name: string): boolean {
  return REGION_SUFFIXES.some((s) => name.endsWith(s) && name.length > s.length);
}

/**
 * Every spelling of an agency that names it (agency/forms.ts), longest first, without the bare
 * region names (see `regionForms`): 淮安市洪泽区人民政府 (region 洪泽区) → 淮安市洪泽区人民政府,
 * 淮安市洪泽区政府, 洪泽区人民政府, 洪泽区政府, 洪泽人民政府, 洪泽政府, 淮安市洪泽区 …;
 * 赣州市人力资源和社会保障局 → … 赣州市人社局, 赣州人社局, 人社局.
 */
export function agencyForms(agency: string, region: string): string[] {
  const bare = new Set(regionForms(region));
  return namedForms(agency)
    .map((f) => f.form)
    .filter((f) => !bare.has(f))
    .sort((a, b) => b.length - a.length);
}

/** A region and its short form: 浔阳区 → [浔阳区, 浔阳]. */
export function regionForms(region: string): string[] {
  if (!region) return [];
  return [region, ...regionShortNames(region)];
}

/** All names of an agency and its region, for the jieba user dictionary. */
export function nameWords(agency: string, region: string): string[] {
  return [...new Set([...agencyForms(agency, region), ...regionForms(region)])];
}
