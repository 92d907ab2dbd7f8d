/**
 * The in-memory store: every parsed report held in the process, indexed by agency, year and
 * file. The default for one machine.
 */
import type { Metric } from "../answers/lexicon.ts";
import type { AgencyName } from "../answers/understand.ts";
import type { CellColumns, PartialTables } from "../index/report-cache-cells.ts";
import { cachedCells } from "../index/report-cache.ts";
import { buildSearchIndex, type SearchIndex } from "../index/search.ts";
import type { Report } from "../index/schema.ts";
import { figureCells, rankReports, tableValue } from "./ranking.ts";
import type { RankedField, ReportStore } from "./store.ts";

export interface MemoryStoreOptions {
  /**
   * The search index, or how to get it (e.g. from a snapshot) when a free-text question first
   * needs it; built from the reports otherwise. Figures never need it.
   */
  search?: SearchIndex | (() => SearchIndex);
}

/** How many ranked fields are kept (one per year, figure and order asked). */
const RANKINGS_KEPT = 256;

export function memoryStore(reports: Report[], opts: MemoryStoreOptions = {}): ReportStore {
  const names = distinctAgencies(reports);
  let index = typeof opts.search === "object" ? opts.search : null;
  const make = typeof opts.search === "function" ? opts.search : () => buildSearchIndex(reports);
  // Bucketed by year (in load order), then each agency's reports taken year by year: the order a
  // stable sort by year gives, without comparing 50 000 reports.
  const byYear = new Map<number, Report[]>();
  const byFile = new Map<string, Report>();
  for (const r of reports) {
    const list = byYear.get(r.year);
    if (list) list.push(r);
    else byYear.set(r.year, [r]);
    byFile.set(r.file, r);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const byAgency = new Map<string, Report[]>();
  for (const y of years) {
    for (const r of byYear.get(y) as Report[]) {
      const list = byAgency.get(r.agency);
      if (list) list.push(r);
      else byAgency.set(r.agency, [r]);
    }
  }
  const rankings = new Map<string, RankedField>();
  let order: Report[] | undefined;
  return {
    names: () => names,
    years: () => years,
    countOfYear: (year) => byYear.get(year)?.length ?? 0,
    ofAgency: (agency) => byAgency.get(agency) ?? [],
    byFile: (file) => byFile.get(file),
    search: () => (index ??= make()),
    listed(limit, regions) {
      order ??= listOrder(reports);
      const first = new Set<string>();
      for (const r of reports) {
        if (first.size >= regions) break;
        first.add(r.region);
      }
      return { total: reports.length, byYear: years.map((y) => [y, byYear.get(y)?.length ?? 0]), first: order.slice(0, limit), regions: [...first] };
    },
    rankField(year, metric, columns, asc) {
      const key = rankingKey(year, metric, columns, asc);
      const hit = rankings.get(key);
      if (hit) return hit;
      const field = rankYear(byYear.get(year) ?? [], year, metric, columns, asc);
      if (rankings.size >= RANKINGS_KEPT) rankings.clear();
      rankings.set(key, field);
      return field;
    },
  };
}

const collator = new Intl.Collator("zh");

/**
 * The report list's order: by region (Chinese collation), then year, then as loaded. Made once per
 * store: the distinct regions are sorted (a few thousand comparisons), not every report.
 */
export function listOrder<T extends { region: string; year: number }>(reports: readonly T[]): T[] {
  const byRegion = new Map<string, T[]>();
  for (const r of reports) {
    const list = byRegion.get(r.region);
    if (list) list.push(r);
    else byRegion.set(r.region, [r]);
  }
  return [...byRegion.keys()].sort(collator.compare).flatMap((region) => (byRegion.get(region) as T[]).sort((a, b) => a.year - b.year));
}

export function rankingKey(year: number, metric: Metric, columns: string[], asc: boolean): string {
  return `${year}|${JSON.stringify(metric)}|${columns.join("+")}|${asc ? "asc" : "desc"}`;
}

/**
 * A year's reports ranked by a figure. A report from the report cache is not built: its value is
 * read off the cache's cell columns (that figure's cells only, into tables holding just them);
 * a report parsed in this process is read as it is. Both give metricValue the same cells.
 */
function rankYear(reports: readonly Report[], year: number, metric: Metric, columns: string[], asc: boolean): RankedField {
  const value = tableValue(metric, columns);
  const partial = new Map<Report, PartialTables>();
  const bySource = new Map<CellColumns, { slot: Int32Array; into: PartialTables[] }>();
  for (const r of reports) {
    const c = cachedCells(r);
    if (!c) continue;
    const p: PartialTables = { template: r.template, table1: {}, table2: {}, table3: {} };
    partial.set(r, p);
    let s = bySource.get(c.cells);
    if (!s) bySource.set(c.cells, (s = { slot: new Int32Array(c.cells.index.years.length).fill(-1), into: [] }));
    s.slot[c.i] = s.into.length;
    s.into.push(p);
  }
  const sel = figureCells(metric, columns);
  for (const [cells, { slot, into }] of bySource) cells.fill(sel, year, slot, into);
  return rankReports(reports, (r) => value(partial.get(r) ?? r), asc);
}

export function distinctAgencies(reports: readonly Report[]): AgencyName[] {
  const seen = new Map<string, AgencyName>();
  for (const r of reports) if (!seen.has(r.agency)) seen.set(r.agency, { agency: r.agency, region: r.region });
  return [...seen.values()];
}
