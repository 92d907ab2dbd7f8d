/**
 * Rankings of a year's reports by a figure, shared by both stores: which cells a figure's value
 * reads (so a store reads only those: a range of the database's cells index, or the report
 * cache's cell columns), and the ranking itself, by the one value function (figures.ts metricValue, figure-value.ts).
 */
import { metricValuer, TABLE_CELLS } from "../answers/figure-value.ts";
import { table2RowsFor, type Metric } from "../answers/lexicon.ts";
import type { CellSelection } from "../index/report-cache-cells.ts";
import type { Report } from "../index/schema.ts";
import { TABLE2_GROUPS } from "../index/template.ts";
import type { RankedField, ReportHead } from "./store.ts";

/**
 * Every cell metricValue may read for this figure, in either template: the rows (and, for table 2,
 * the printed group rows a missing group's leaves fall back to) and columns; a table-1 item's every
 * column, since the column it reads differs between templates.
 */
export function figureCells(metric: Metric, columns: string[]): CellSelection {
  if (metric.table === "table2") {
    return { table: "table2", rows: [...new Set([...table2RowsFor(metric.rows, "2019"), ...table2RowsFor(metric.rows, "2021"), ...Object.keys(TABLE2_GROUPS)])], cols: columns.length ? columns : ["total"] };
  }
  if (metric.table === "table1") return { table: "table1", rows: [metric.item], cols: null };
  return { table: "table3", rows: metric.groups, cols: [metric.column] };
}

/** A report's figure value (null: not stated), from wherever the store keeps its cells. */
export type ValueOf<R> = (report: R) => number | null;

/**
 * Reports ranked by a figure: those stating it, best first (ties keep the reports' order), and
 * the agencies of those lacking it. Both stores rank with this one function.
 */
export function rankReports<R extends ReportHead>(reports: readonly R[], valueOf: (report: R, place: number) => number | null, asc: boolean): RankedField {
  const field: RankedField = { scored: [], lacking: [] };
  for (const [i, report] of reports.entries()) {
    const value = valueOf(report, i);
    if (value === null) field.lacking.push(report.agency);
    else field.scored.push({ file: report.file, value, head: report });
  }
  field.scored.sort((a, b) => (asc ? a.value - b.value : b.value - a.value));
  return field;
}

/** The value read off a report's tables, as answers read it (worked out once per template, not per report). */
export const tableValue = (metric: Metric, columns: string[]): ValueOf<Pick<Report, "template" | "table1" | "table2" | "table3">> => metricValuer(TABLE_CELLS, metric, columns);
