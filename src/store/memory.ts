/**
 * The in-memory store: every parsed report held in the process, indexed by agency, year and
 * file. The default for one machine.
 */
import type { Metric } from "../answers/lexicon.ts";
import type { AgencyName } from "../answers/understand.ts";
import { YearCells, type CellColumns } from "../index/report-cache-cells.ts";
import { metricValuer } from "../answers/figure-value.ts";
import { cachedSource } from "../index/report-cache.ts";
import { buildSearchIndex, type Hit, type SearchIndex } from "../index/search.ts";
import type { Report } from "../index/schema.ts";
import { AgencyColumns } from "./agency-columns.ts";
import { NO_PARENTS, placedByName } from "../index/agency/identity.ts";
import { pageOf, poolYear, type PoolYear } from "./pool-page.ts";
import { indicatorOfPlaces } from "./indicator-places.ts";
import { fieldOf, figureCells, rankPlaces, tableValue, type RankedPlaces } from "./ranking.ts";
import { rankingsOf, type StoredRanking } from "./stored-rankings.ts";
import type { RankedField, ReportStore } from "./store.ts";

export interface MemoryStoreOptions {
  /**
   * The search index, or how to get it (e.g. from a snapshot) when a free-text question first
   * needs it; built from the reports otherwise. Figures never need it.
   */
  search?: SearchIndex | (() => SearchIndex);
}

/** How many ranked fields are kept (one per year, figure and order asked), and figures' values (per year and figure). */
const RANKINGS_KEPT = 256;
/** How many results made from rankings (store.kept: pages of a ranking for a pool, indicator fields) are kept. */
const KEPT = 512;
/** How many searches' hits are kept (per query and options, as the PostgreSQL view keeps them). */
const SEARCHES_KEPT = 256;

export function memoryStore(reports: Report[], opts: MemoryStoreOptions = {}): ReportStore {
  const names = distinctAgencies(reports);
  let index = typeof opts.search === "object" ? opts.search : null;
  let searches: SearchIndex | null = null;
  const make = typeof opts.search === "function" ? opts.search : () => buildSearchIndex(reports);
  // Bucketed by year (in load order), then each agency's reports taken year by year: the order a
  // stable sort by year gives, without comparing 50 000 reports.
  const byYear = new Map<number, Report[]>();
  const byFile = new Map<string, Report>();
  // and the reports' regions as runs in load order (the report list's first page reads no other report object)
  const runs = new RegionRuns();
  for (const r of reports) {
    const list = byYear.get(r.year);
    if (list) list.push(r);
    else byYear.set(r.year, [r]);
    byFile.set(r.file, r);
    runs.add(r.region);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const byAgency = new Map<string, { id: number; reports: Report[] }>();
  // each year's reports' agencies by number (made in the same pass), and what pools ask of each agency (agency-columns.ts)
  const agencies = new AgencyColumns();
  const agencyIds = new Map<number, Uint32Array>();
  // and where each one is in the report cache (yearTable: a year's first ranking walks no report object)
  const cacheRows = new Map<number, CacheRows>();
  for (const y of years) {
    const list = byYear.get(y) as Report[];
    const ids = new Uint32Array(list.length);
    const rows = cacheRowsOf(list.length);
    list.forEach((r, p) => {
      let own = byAgency.get(r.agency);
      if (own) own.reports.push(r);
      else byAgency.set(r.agency, (own = { id: agencies.add(r.agency), reports: [r] }));
      ids[p] = own.id;
      rows.add(p, cachedSource(r));
    });
    agencyIds.set(y, ids);
    cacheRows.set(y, rows);
  }
  const rankings = new Map<string, RankedPlaces>();
  const fields = new Map<string, RankedField>();
  const kept = new Map<string, unknown>();
  /** Per year and pool key: what the pool admits of the year's reports (pool-page.ts poolYear). */
  const poolYears = new Map<string, PoolYear>();
  const values = new Map<string, (number | null)[]>();
  const tables = new Map<number, YearTable>();
  /** The report list's pages by their length (help asks none; the list 40). */
  const listPages = new Map<number, Report[]>();
  /** A year's ranking by a figure, by places among the year's reports, kept per year, figure and order. */
  const ranked = (year: number, metric: Metric, columns: string[], asc: boolean): RankedPlaces => {
    const key = rankingKey(year, metric, columns, asc);
    const hit = rankings.get(key);
    if (hit) return hit;
    let table = tables.get(year);
    if (!table) tables.set(year, (table = yearTable(byYear.get(year) ?? [], cacheRows.get(year) ?? cacheRowsOf(0))));
    // kept beside the report cache (stored-rankings.ts): a read of the sorted run, nothing valued
    const stored = table.stored?.(year, metric, columns);
    if (stored) {
      // ascending is the descending ranking's places with its runs of equal values taken from the last: mapped once for both
      const field = asc ? ascendingOf(ranked(year, metric, columns, false)) : keptPlaces(stored, (table.sources[0] as [CellColumns, Int32Array])[1], table.reports.length);
      if (rankings.size >= RANKINGS_KEPT) rankings.clear();
      rankings.set(key, field);
      return field;
    }
    // both orders of a figure rank the values read once
    const of = rankingKey(year, metric, columns, null);
    let v = values.get(of);
    if (!v) {
      v = yearValues(table, year, metric, columns);
      if (values.size >= RANKINGS_KEPT) values.clear();
      values.set(of, v);
    }
    const vs = v;
    const field = rankPlaces(vs.length, (p) => vs[p] ?? null, asc);
    if (rankings.size >= RANKINGS_KEPT) rankings.clear();
    rankings.set(key, field);
    return field;
  };
  const store: ReportStore = {
    names: () => names,
    years: () => years,
    countOfYear: (year) => byYear.get(year)?.length ?? 0,
    ofAgency: (agency) => byAgency.get(agency)?.reports ?? [],
    byFile: (file) => byFile.get(file),
    search: () => (searches ??= keptSearches((index ??= make()))),
    listed(limit, regions) {
      let page = listPages.get(limit);
      if (!page) listPages.set(limit, (page = firstInListOrder(reports, limit, runs.count === reports.length ? runs : undefined)));
      const first = new Set<string>();
      for (const r of reports) {
        if (first.size >= regions) break;
        first.add(r.region);
      }
      return { total: reports.length, byYear: years.map((y) => [y, byYear.get(y)?.length ?? 0]), first: page, regions: [...first] };
    },
    kept<T>(year: number, key: string, make: () => T): T {
      const k = `${year}|${key}`;
      if (kept.has(k)) return kept.get(k) as T;
      // through JSON, as the PostgreSQL store keeps it: both stores answer from the same value
      const made = JSON.parse(JSON.stringify(make())) as T;
      if (kept.size >= KEPT) kept.clear();
      kept.set(k, made);
      return made;
    },
    rankPooled(year, metric, columns, asc, pool, n) {
      const heads = byYear.get(year) ?? [];
      const ids = agencyIds.get(year) ?? new Uint32Array(0);
      // what the pool admits of the year, and its counts: once per pool and year, for every figure and order
      const key = `${year}|${pool.key}`;
      let admitted = poolYears.get(key);
      if (!admitted) {
        admitted = poolYear(ids, agencies, pool);
        if (poolYears.size >= RANKINGS_KEPT) poolYears.clear();
        poolYears.set(key, admitted);
      }
      return pageOf(ranked(year, metric, columns, asc), heads, ids, agencies, pool, n, admitted);
    },
    indicatorField(year, f, pool, asc, size) {
      // each term's ranking by places (shared with the rankings by that figure), no ranked field made
      const inputs = [...f.numerator, ...f.denominator].map((t) => ranked(year, t.metric, t.columns, false));
      return indicatorOfPlaces(byYear.get(year) ?? [], agencyIds.get(year) ?? new Uint32Array(0), agencies, inputs, f, pool, asc, size);
    },
    rankField(year, metric, columns, asc) {
      const key = rankingKey(year, metric, columns, asc);
      const hit = fields.get(key);
      if (hit) return hit;
      // who wrote each, made only for what reads a whole field (an indicator's inputs)
      const field = fieldOf(byYear.get(year) ?? [], ranked(year, metric, columns, asc));
      if (fields.size >= RANKINGS_KEPT) fields.clear();
      fields.set(key, field);
      return field;
    },
  };
  return store;
}

/**
 * The index's searches kept per query and options: the index does not change under a store (an
 * upload or a /reload makes a new one), and a search of words common to most reports scores every
 * passage holding its rarest one (40–235 ms at 50 000 reports), so asked again it costs a look-up —
 * as in the PostgreSQL view (pg/view.ts Fetched.searches). The hits are the index's own, not copied.
 */
function keptSearches(index: SearchIndex): SearchIndex {
  const kept = new Map<string, Hit[]>();
  return {
    get info() {
      return index.info;
    },
    search(query, opts = {}) {
      const key = JSON.stringify([query, opts]);
      let hits = kept.get(key);
      if (!hits) {
        hits = index.search(query, opts);
        if (kept.size >= SEARCHES_KEPT) kept.clear();
        kept.set(key, hits);
      }
      return hits;
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

/**
 * Reports' regions in load order as runs (a region's reports mostly come one after another, loaded
 * by file): 3 360 runs for 50 000 reports. Walking 50 000 report objects scattered over the heap to
 * read each one's region was most of the report list's first asking (~8–20 ms of CPU at load 15).
 */
export class RegionRuns {
  /** Each run's region, and where it starts among the reports (one more entry: the end). */
  readonly regions: string[] = [];
  readonly starts: number[] = [];
  count = 0;
  add(region: string): void {
    if (this.regions.length === 0 || this.regions[this.regions.length - 1] !== region) {
      this.regions.push(region);
      this.starts.push(this.count);
    }
    this.count++;
  }
  static of(reports: readonly { region: string }[]): RegionRuns {
    const runs = new RegionRuns();
    for (const r of reports) runs.add(r.region);
    return runs;
  }
}

/**
 * `listOrder(reports).slice(0, limit)` without putting every region in order: the regions that
 * come first in the collation are picked in one pass, as few as make up `limit` reports (a sort
 * of the ~10 000 regions of 50 000 reports took ~75 ms, the list's first asking). `runs`: the
 * reports' regions as runs (made with the store), so that only the chosen regions' reports are read.
 */
export function firstInListOrder<T extends { region: string; year: number }>(reports: readonly T[], limit: number, runs: RegionRuns = RegionRuns.of(reports)): T[] {
  if (limit <= 0) return [];
  // each region's runs and how many reports they hold, regions as first seen
  const byRegion = new Map<string, { runs: number[]; size: number }>();
  for (let k = 0; k < runs.regions.length; k++) {
    const region = runs.regions[k] as string;
    const size = (runs.starts[k + 1] ?? runs.count) - (runs.starts[k] as number);
    const own = byRegion.get(region);
    if (own) {
      own.runs.push(k);
      own.size += size;
    } else byRegion.set(region, { runs: [k], size });
  }
  const sizeOf = (region: string) => (byRegion.get(region) as { size: number }).size;
  // the first regions in list order (collation, then first seen), holding at least `limit` reports; the fewest such
  const chosen: string[] = [];
  let count = 0;
  for (const [region, { size }] of byRegion) {
    const last = chosen[chosen.length - 1];
    // a region seen later that collates alike comes after: it is not before the last chosen
    if (count >= limit && last !== undefined && collator.compare(region, last) >= 0) continue;
    let lo = 0;
    let hi = chosen.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (collator.compare(chosen[mid] as string, region) <= 0) lo = mid + 1;
      else hi = mid;
    }
    chosen.splice(lo, 0, region);
    count += size;
    while (chosen.length > 1 && count - sizeOf(chosen[chosen.length - 1] as string) >= limit) count -= sizeOf(chosen.pop() as string);
  }
  const reportsOf = (region: string) => (byRegion.get(region) as { runs: number[] }).runs.flatMap((k) => reports.slice(runs.starts[k] as number, runs.starts[k + 1] ?? runs.count));
  return chosen.flatMap((region) => reportsOf(region).sort((a, b) => a.year - b.year)).slice(0, limit);
}

/** A ranking's key; `asc` null: the figure's values, either order. */
export function rankingKey(year: number, metric: Metric, columns: string[], asc: boolean | null): string {
  return `${year}|${JSON.stringify(metric)}|${columns.join("+")}|${asc === null ? "" : asc ? "asc" : "desc"}`;
}

/**
 * A year's reports as rankings read them, made once per year: where each report's cells are in the
 * report cache's columns (its place by the cache's own index, per cache file), and which reports
 * were parsed in this process instead (read from their tables).
 */
interface YearTable {
  reports: readonly Report[];
  sources: [CellColumns, Int32Array][];
  fromCells: Uint8Array;
  /**
   * The year's ranking by a figure as kept beside the report cache (null: not kept), when every
   * report of the year is from one cache file and in its order (the cache's rows ascending: so the
   * kept order, ties by row, is the order by place) — not when an upload or a report kept over a
   * /reload joined them: those years are ranked from the cells and tables.
   */
  stored: ((year: number, metric: Metric, columns: string[]) => StoredRanking | null) | null;
}

/** Where each of a year's reports is in the report cache, by its place among them: made at load, one pass with the store's. */
interface CacheRows {
  /** The cache files, in the order their first report comes. */
  readonly sources: Source[];
  /** Per place: its cache file's number in `sources`, −1 for a report parsed in this process. */
  source: Int32Array;
  /** Per place: its row in that cache file. */
  row: Int32Array;
  add(p: number, cached: { source: Source; i: number } | undefined): void;
}

type Source = NonNullable<ReturnType<typeof cachedSource>>["source"];

function cacheRowsOf(n: number): CacheRows {
  const sources: Source[] = [];
  const source = new Int32Array(n).fill(-1);
  const row = new Int32Array(n);
  return {
    sources,
    source,
    row,
    add(p, cached) {
      if (!cached) return;
      let k = sources.indexOf(cached.source);
      if (k < 0) k = sources.push(cached.source) - 1;
      source[p] = k;
      row[p] = cached.i;
    },
  };
}

function yearTable(reports: readonly Report[], at: CacheRows): YearTable {
  const fromCells = new Uint8Array(reports.length);
  // each cache file's rows → places (its cell columns read and checked at its first ranking)
  const slots = at.sources.map((s) => new Int32Array(s.cells.index.years.length).fill(-1));
  let inOrder = true;
  let last = -1;
  for (let p = 0; p < reports.length; p++) {
    const k = at.source[p] as number;
    if (k < 0) continue;
    const i = at.row[p] as number;
    (slots[k] as Int32Array)[i] = p;
    fromCells[p] = 1;
    inOrder &&= i > last;
    last = i;
  }
  const from = at.sources[0];
  const whole = from !== undefined && inOrder && at.sources.length === 1 && fromCells.every((f) => f === 1);
  return { reports, sources: at.sources.map((s, k) => [s.cells, slots[k] as Int32Array]), fromCells, stored: whole && from ? (year, metric, columns) => rankingsOf(from)?.get(year, metric, columns) ?? null : null };
}

/**
 * A kept ranking (by the cache's rows) as the year's ranking by places, best first, `slot` giving
 * each row's place (−1: a report the store does not hold, e.g. the second file of one agency's
 * year): the order rankPlaces gives — by value, ties by place.
 */
function keptPlaces(kept: StoredRanking, slot: Int32Array, n: number): RankedPlaces {
  const values = new Float64Array(n);
  const desc = new Uint32Array(kept.order.length);
  let count = 0;
  for (let j = 0; j < kept.order.length; j++) {
    const p = slot[kept.order[j] as number] as number;
    if (p < 0) continue;
    values[p] = kept.values[j] as number;
    desc[count++] = p;
  }
  const lacking = new Uint32Array(kept.lacking.length);
  let missing = 0;
  for (const i of kept.lacking) {
    const p = slot[i] as number;
    if (p >= 0) lacking[missing++] = p;
  }
  return { order: desc.subarray(0, count), values, lacking: lacking.subarray(0, missing) };
}

/**
 * The ascending ranking from the descending one (as keptPlaces made it): its runs of equal values
 * taken from the last, each run's places in their order — the order rankPlaces gives ascending. The
 * values and the lacking places are the same arrays (neither order changes them).
 */
function ascendingOf({ order: stated, values, lacking }: RankedPlaces): RankedPlaces {
  const count = stated.length;
  const order = new Uint32Array(count);
  let at = 0;
  for (let end = count; end > 0; ) {
    let start = end - 1;
    while (start > 0 && values[stated[start - 1] as number] === values[stated[end - 1] as number]) start--;
    order.set(stated.subarray(start, end), at);
    at += end - start;
    end = start;
  }
  return { order, values, lacking };
}

/**
 * Each of a year's reports' value of a figure (null: not stated), by its place in the year's
 * reports. A report from the report cache is not built: its value is read off the cache's cell
 * columns (that figure's cells of this year only, into typed arrays); a report parsed in this
 * process is read as it is. The same rule (figure-value.ts) reads both.
 */
function yearValues({ reports, sources, fromCells }: YearTable, year: number, metric: Metric, columns: string[]): (number | null)[] {
  const cells = new YearCells(reports.length, (p) => (reports[p] as Report).template);
  const sel = figureCells(metric, columns);
  for (const [source, slot] of sources) source.fillYear(sel, year, slot, cells);
  const byCells = metricValuer(cells, metric, columns);
  const byTables = tableValue(metric, columns);
  return reports.map((r, p) => (fromCells[p] ? byCells(p) : byTables(r)));
}

export function distinctAgencies(reports: readonly Report[]): AgencyName[] {
  const seen = new Map<string, AgencyName>();
  // agencies whose name or the gazetteer places them: their reports' parents are no statement
  const placed = new Set<string>();
  for (const r of reports) {
    const had = seen.get(r.agency);
    // the parents a report states for its place (read/stated-parents.ts), from any of the body's reports
    let parents: string[] | undefined;
    if (r.body?.parents.length && !had?.parents?.length && !placed.has(r.agency)) {
      if (placedByName(r.agency)) placed.add(r.agency);
      else parents = r.body.parents;
    }
    // every name carries its parents, none stated too: these names decide what their places' reports state (identity.ts learnParents)
    if (!had) seen.set(r.agency, { agency: r.agency, region: r.region, parents: parents ?? NO_PARENTS });
    else if (parents) had.parents = parents;
  }
  return [...seen.values()];
}
