/**
 * A store whose `ofAgency` gives a renamed body's reports under every name of its line
 * (index/agency/successions.ts): 砚州市城市管理局 2019–2021 and 砚州市城市管理综合执法局 2022–2024 are
 * one body's six reports, asked by either name. Every answer reads an agency's reports through
 * `ofAgency`, so "the latest", a year asked, trends, 比上年 and the cross-year checks all run
 * across the rename; each report keeps the name it was printed under, so the answer says whose it is.
 */
import { renamedLine } from "../index/agency/successions.ts";
import type { Report } from "../index/schema.ts";
import type { ReportStore } from "./store.ts";
import type { AgencyName } from "../answers/understand.ts";

export interface RenamedStore extends ReportStore {
  /** The agency and the other names it reported under, oldest first ([agency] when never renamed). */
  lineOf(agency: string): string[];
}

export function withRenamed(store: ReportStore): RenamedStore {
  const lineOf = (agency: string) => renamedLine(store.names(), agency, (a) => store.ofAgency(a).map((r) => r.year));
  let placed: { base: AgencyName[]; length: number; names: AgencyName[] } | null = null;
  // the same array until the store's names change (name tables and pools are kept by its identity)
  const names = (): AgencyName[] => {
    const base = store.names();
    if (!placed || placed.base !== base || placed.length !== base.length) placed = { base, length: base.length, names: placedAlong(base, lineOf) };
    return placed.names;
  };
  return {
    names,
    years: () => store.years(),
    countOfYear: (year) => store.countOfYear(year),
    ofAgency(agency: string): Report[] {
      const line = lineOf(agency);
      if (line.length === 1) return store.ofAgency(agency);
      return line.flatMap((a) => store.ofAgency(a)).sort((a, b) => a.year - b.year);
    },
    byFile: (file) => store.byFile(file),
    rankField: (year, metric, columns, asc) => store.rankField(year, metric, columns, asc),
    rankPooled: (year, metric, columns, asc, pool, n) => store.rankPooled(year, metric, columns, asc, pool, n),
    indicatorField: (year, f, pool, asc, size) => store.indicatorField(year, f, pool, asc, size),
    kept: (year, key, make, empty) => store.kept(year, key, make, empty),
    search: () => store.search(),
    listed: (limit, regions) => store.listed(limit, regions),
    lineOf,
  };
}

/**
 * The parents a report states for its place (“设立楠州市柏坪区”) hold for the same body under its
 * other names (柏坪县 before 撤县设区): each name of a line that states none takes them. The names
 * as they are when nothing is to add.
 */
function placedAlong(base: AgencyName[], lineOf: (agency: string) => string[]): AgencyName[] {
  const add = new Map<string, string[]>();
  for (const n of base) {
    if (!n.parents?.length) continue;
    for (const other of lineOf(n.agency)) if (other !== n.agency) add.set(other, n.parents);
  }
  if (!add.size) return base;
  return base.map((n) => (add.has(n.agency) && !n.parents?.length ? { ...n, parents: add.get(n.agency) as string[] } : n));
}
