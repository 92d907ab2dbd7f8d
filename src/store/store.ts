/**
 * What the answerer needs from the reports, and nothing more: the seam between answering and
 * keeping reports. `memoryStore` (memory.ts) keeps every parsed report in the process, the
 * default for one machine; the PostgreSQL store (pg/) answers through the same interface from a
 * view it fetches for each question, so both stores give the same answers from the same code.
 *
 * Every method is synchronous and answers from what the view holds: per-question work must
 * never walk the whole corpus.
 */
import type { Metric } from "../answers/lexicon.ts";
import type { AgencyName } from "../answers/understand.ts";
import type { RankPool } from "../answers/who.ts";
import type { PooledField } from "./pool-page.ts";
import type { IndicatorField } from "./indicator-places.ts";
import type { Formula } from "../answers/formulas.ts";
import type { SearchIndex } from "../index/search.ts";
import type { Report } from "../index/schema.ts";

/** Who wrote a ranked report: enough to name it and to tell what kind of body it is, without reading it. */
export type ReportHead = Pick<Report, "file" | "agency" | "region" | "body">;

/** Every report of a year that states a figure, best first, and the agencies whose report lacks it. */
export interface RankedField {
  scored: { file: string; value: number; head: ReportHead }[];
  lacking: string[];
}

/** Which reports' heads to read: every condition given holds (none given: every report). */
export interface HeadQuery {
  /** Written by one of these agencies (as answers name them). */
  agencies?: readonly string[];
  /** Of one of these regions (the region as the report names it). */
  regions?: readonly string[];
  year?: number;
  /** Whose agency name or title contains this text. */
  containing?: string;
  /** At most this many, the first in load order. */
  limit?: number;
}

/** A line of the report list: what `/reports` and help show about a report. */
export type ListedReport = Pick<Report, "file" | "agency" | "region" | "year" | "template" | "checks" | "repairs">;

/** The report list (`/reports`, help): counts and one page, never every report. */
export interface ReportList {
  total: number;
  /** [year, how many reports], ascending. */
  byYear: [number, number][];
  /** The first reports in list order: by region (Chinese collation), then year, then as loaded. */
  first: ListedReport[];
  /** The first regions in the order the reports were loaded (help names a dozen). */
  regions: string[];
}

export interface ReportStore {
  /** Each agency once, with its region. The same array until the reports change (the name table is cached by identity). */
  names(): AgencyName[];
  /** Years that have reports, ascending. */
  years(): number[];
  /** How many reports there are of a year. */
  countOfYear(year: number): number;
  /** The agency's reports, oldest first. */
  ofAgency(agency: string): Report[];
  byFile(file: string): Report | undefined;
  /** The ranking of a year's reports by a figure (see metricValue), kept per year and figure. */
  rankField(year: number, metric: Metric, columns: string[], asc: boolean): RankedField;
  /**
   * That ranking narrowed to a pool of bodies: its first `n` entries, counts and notes, the value
   * pool-page.ts pageOf makes from rankField (the PostgreSQL store makes it without reading who
   * wrote every report of the year: only the agencies' names and the page's heads).
   */
  rankPooled(year: number, metric: Metric, columns: string[], asc: boolean, pool: Pick<RankPool, "admits" | "key" | "kinds">, n: number): PooledField;
  /**
   * A year's reports placed by an indicator (a formula's numerator over its denominator) for a pool:
   * its first `size` entries and counts (indicator-places.ts). The in-memory store makes it over its
   * rankings by places; the PostgreSQL view from rankField (answers/indicator-ranking.ts rankedField).
   */
  indicatorField(year: number, f: Pick<Formula, "numerator" | "denominator">, pool: Pick<RankPool, "admits" | "key" | "kinds">, asc: boolean, size: number): IndicatorField;
  /**
   * What `make` makes from a year's rankings (a ranking's page for one pool, an indicator's), kept
   * under `key` as JSON — so `make` must return plain JSON, and the same value comes back from either
   * store. The PostgreSQL store shares it with every replica until a report of the year is stored,
   * so that asked again, in any replica, it costs one row instead of the year's cells. `empty`
   * stands in while a fetching store looks for it (that answer is discarded).
   */
  kept<T>(year: number, key: string, make: () => T, empty: T): T;
  /** Full-text search over the passages. */
  search(): SearchIndex;
  /** The report list: counts, the first `limit` reports in list order and the first `regions` regions. */
  listed(limit: number, regions: number): ReportList;
}

/**
 * These reports, every one asked for before any is read: a store that fetches what it lacks (the
 * PostgreSQL view) then fetches them all in one pass, not one pass each. Null while any is missing
 * (never, in memory: the files come from the store's own rankings).
 */
export function reportsByFiles(store: Pick<ReportStore, "byFile">, files: readonly string[]): Report[] | null {
  const reports = files.map((f) => store.byFile(f));
  return reports.every((r): r is Report => r !== undefined) ? reports : null;
}
