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
  return fieldOf(reports, rankPlaces(reports.length, (i) => valueOf(reports[i] as R, i), asc));
}

/** A ranking by places among a year's reports: typed arrays, no object per report (what a pool's page filters). */
export interface RankedPlaces {
  /** The places of the reports stating the figure, best first (ties keep the places' order). */
  order: Uint32Array;
  /** Each place's value (0 where not stated). */
  values: Float64Array;
  /** The places of the reports lacking it, in order. */
  lacking: Uint32Array;
}

/** Places 0…n−1 ranked by their value (null: not stated). */
export function rankPlaces(n: number, valueAt: (place: number) => number | null, asc: boolean): RankedPlaces {
  const values = new Float64Array(n);
  const stated = new Uint32Array(n);
  const lacking = new Uint32Array(n);
  let count = 0;
  let missing = 0;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const value = valueAt(i);
    if (value === null) lacking[missing++] = i;
    else {
      values[i] = value;
      stated[count++] = i;
      integers &&= Number.isSafeInteger(value);
    }
  }
  return { order: sortedPlaces(values, stated.subarray(0, count), asc, integers), values, lacking: lacking.subarray(0, missing) };
}

/** The ranking with who wrote each report (the store's RankedField). */
export function fieldOf<R extends ReportHead>(reports: readonly R[], { order, values, lacking }: RankedPlaces): RankedField {
  const scored: RankedField["scored"] = new Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const report = reports[i] as R;
    scored[k] = { file: report.file, value: values[i] as number, head: report };
  }
  return { scored, lacking: Array.from(lacking, (i) => (reports[i] as R).agency) };
}

/**
 * The places by value (ties by place). Whole counts, the usual case, are sorted as one number
 * each (value × n + place) by the engine's own numeric sort, without a comparator called
 * ~100 000 times for a year of 50 000 reports: several times faster. Anything else (万元 with
 * decimals, values too large to pack) is sorted with the comparator.
 */
function sortedPlaces(values: Float64Array, places: Uint32Array, asc: boolean, integers: boolean): Uint32Array {
  const n = values.length;
  let max = 0;
  for (const i of places) max = Math.max(max, Math.abs(values[i] as number));
  if (!integers || (max + 1) * n + n > Number.MAX_SAFE_INTEGER) {
    return places.sort((a, b) => (asc ? (values[a] as number) - (values[b] as number) : (values[b] as number) - (values[a] as number)) || a - b);
  }
  const keys = new Float64Array(places.length);
  for (let k = 0; k < places.length; k++) {
    const i = places[k] as number;
    keys[k] = (asc ? (values[i] as number) : -(values[i] as number)) * n + i;
  }
  keys.sort();
  const out = new Uint32Array(places.length);
  for (let k = 0; k < keys.length; k++) out[k] = (((keys[k] as number) % n) + n) % n;
  return out;
}

/** The value read off a report's tables, as answers read it (worked out once per template, not per report). */
export const tableValue = (metric: Metric, columns: string[]): ValueOf<Pick<Report, "template" | "table1" | "table2" | "table3">> => metricValuer(TABLE_CELLS, metric, columns);
