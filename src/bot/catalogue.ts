/**
 * The report heads a core answers /check, help and follow-up buttons from (Core.names, heads,
 * count, multiYearRegion), over reports held in memory. The PostgreSQL core answers the same
 * queries from the database (core-pg.ts); both give the heads in load order (by file).
 */
import type { AgencyName } from "../index/agency/resolve.ts";
import type { Core, HeadQuery, ReportHead } from "./types.ts";

export type Catalogue = Pick<Core, "count" | "names" | "heads" | "multiYearRegion">;

/** Each agency once with the region of its first report, in load order. */
export function agencyNamesOf(reports: readonly Pick<ReportHead, "agency" | "region">[]): AgencyName[] {
  const seen = new Map<string, AgencyName>();
  for (const r of reports) if (!seen.has(r.agency)) seen.set(r.agency, { agency: r.agency, region: r.region });
  return [...seen.values()];
}

/** A test of whether a head answers the query (every condition given holds). */
export function headFilter(q: HeadQuery): (r: ReportHead) => boolean {
  const agencies = q.agencies && new Set(q.agencies);
  const regions = q.regions && new Set(q.regions);
  return (r) =>
    (!agencies || agencies.has(r.agency)) &&
    (!regions || regions.has(r.region)) &&
    (q.year === undefined || r.year === q.year) &&
    (q.containing === undefined || r.agency.includes(q.containing) || r.title.includes(q.containing));
}

/** The first region with reports of two years or more, among heads in load order. */
export function multiYearRegionOf(reports: readonly ReportHead[]): { region: string; years: number[] } | null {
  const byRegion = new Map<string, Set<number>>();
  for (const r of reports) byRegion.set(r.region, (byRegion.get(r.region) ?? new Set()).add(r.year));
  const multi = [...byRegion].find(([, years]) => years.size > 1);
  return multi ? { region: multi[0], years: [...multi[1]].sort((a, b) => a - b) } : null;
}

/** The catalogue of reports held in memory (`reports()` is read at each call: it changes with uploads). */
export function memoryCatalogue(reports: () => readonly ReportHead[]): Catalogue {
  const names = new WeakMap<readonly ReportHead[], AgencyName[]>();
  return {
    count: () => reports().length,
    names() {
      const all = reports();
      let list = names.get(all);
      if (!list) names.set(all, (list = agencyNamesOf(all)));
      return list;
    },
    async heads(q) {
      const found = reports().filter(headFilter(q));
      return q.limit === undefined ? found : found.slice(0, q.limit);
    },
    multiYearRegion: async () => multiYearRegionOf(reports()),
  };
}
