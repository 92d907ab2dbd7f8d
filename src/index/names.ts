/**
 * The ways people write an agency's or a region's name: 浔阳区人民政府 → 浔阳区政府, 浔阳区, 浔阳;
 * 上海市人民政府办公厅 → 上海市政府办公厅, 上海市政府办. Used by the jieba user dictionary (so that
 * names are cut whole), by the search index (agency boost) and by question understanding.
 */

/** Administrative suffixes, longest first (自治县 before 县). */
export const REGION_SUFFIXES: readonly string[] = [
  "特别行政区", "自治区", "自治州", "自治县", "自治旗", "街道", "新区", "地区",
  "省", "市", "区", "县", "旗", "盟", "州", "镇", "乡",
];

/** The region without its suffix when at least two characters remain: 浔阳区 → 浔阳; 南区 → null. */
export function regionShortName(region: string): string | null {
  for (const suffix of REGION_SUFFIXES) {
    if (region.endsWith(suffix) && region.length - suffix.length >= 2) return region.slice(0, -suffix.length);
  }
  return null;
}

/** True when the name ends with an administrative suffix (淮安市, 洪泽区, 黄桥镇, 城关街道). */
export function hasRegionSuffix(name: string): boolean {
  return REGION_SUFFIXES.some((s) => name.endsWith(s) && name.length > s.length);
}

/** Spellings of the part after the region: 人民政府办公室 → 政府办公室, 人民政府办, 政府办 … */
function restVariants(rest: string): string[] {
  const out = new Set<string>([rest]);
  for (const r of [...out]) out.add(r.replace("人民政府", "政府"));
  for (const r of [...out]) {
    out.add(r.replace(/办公(室|厅)$/u, "办"));
    if (r.endsWith("办公厅")) out.add(r.replace(/办公厅$/u, "办公室"));
    if (r.endsWith("办公室")) out.add(r.replace(/办公室$/u, "办公厅"));
  }
  return [...out].filter((r) => r.length > 0);
}

/**
 * Every spelling of an agency that names it, longest first, without the bare region names
 * (see `regionForms`): 淮安市洪泽区人民政府 (region 洪泽区) → 淮安市洪泽区人民政府, 淮安市洪泽区政府,
 * 洪泽区人民政府, 洪泽区政府, 洪泽人民政府, 洪泽政府, 淮安市洪泽区 ….
 */
export function agencyForms(agency: string, region: string): string[] {
  const out = new Set<string>([agency]);
  const at = region ? agency.indexOf(region) : -1;
  if (at >= 0) {
    const before = agency.slice(0, at);
    const rest = agency.slice(at + region.length);
    const short = regionShortName(region);
    const heads = [before + region, region, ...(short ? [short] : [])];
    if (before) out.add(before + region);
    for (const head of heads) {
      for (const r of rest ? restVariants(rest) : [""]) {
        const form = head + r;
        if (form !== region && form !== short) out.add(form);
      }
    }
  } else {
    for (const r of restVariants(agency)) out.add(r);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** A region and its short form: 浔阳区 → [浔阳区, 浔阳]. */
export function regionForms(region: string): string[] {
  if (!region) return [];
  const short = regionShortName(region);
  return short ? [region, short] : [region];
}

/** All names of an agency and its region, for the jieba user dictionary. */
export function nameWords(agency: string, region: string): string[] {
  return [...new Set([...agencyForms(agency, region), ...regionForms(region)])];
}
