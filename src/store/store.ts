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
import type { SearchIndex } from "../index/search.ts";
import type { Report } from "../index/schema.ts";

/** Every report of a year that states a figure, best first, and the agencies whose report lacks it. */
export interface RankedField {
  scored: { file: string; value: number }[];
  lacking: string[];
}

/** A line of the report list: what `/reports` and help show about a report. */
export type ListedReport = Pick<Report, "file" | "agency" | "region" | "year" | "template" | "checks" | "repairs">;

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
  /** Full-text search over the passages. */
  search(): SearchIndex;
  /** Every report, for the report list and help (cheap summaries are enough). */
  listed(): ListedReport[];
}
