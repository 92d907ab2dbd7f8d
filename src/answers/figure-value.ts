/**
 * A figure's value (figures.ts metricValue) read through a cell accessor, so that one rule reads a
 * report's tables and a store's cell columns alike (store/ranking.ts: a year's ranking reads one
 * figure's cells of ~8 000 reports from typed arrays, no table built). What the figure reads is
 * worked out once per template — the rows, the printed group rows a missing group's leaves fall
 * back to, the table-1 column — not once per report.
 */
import { table1ColumnFor, table2RowsFor, type Metric } from "./lexicon.ts";
import type { TableName } from "../index/report-cache-cells.ts";
import type { Report } from "../index/schema.ts";
import { TABLE2_GROUPS, table1Items, table2Rows, type Table2Group, type TemplateId } from "../index/template.ts";

/** Where a figure's cells are read from, for an `x` (a report, or a report's place in a store's columns). */
export interface CellsOf<X> {
  template(x: X): TemplateId;
  /** Reads one cell: its number, or undefined when it is missing, null or not a number. */
  cell(table: TableName, row: string, col: string): (x: X) => number | undefined;
  /** Reads whether a row is printed (an object, even one without figures). */
  printed(table: TableName, row: string): (x: X) => boolean;
}

type Tables = Pick<Report, "template" | TableName>;

/** A report's own tables. */
export const TABLE_CELLS: CellsOf<Tables> = {
  template: (r) => r.template,
  cell: (table, row, col) => (r) => {
    const v = r[table]?.[row]?.[col];
    return typeof v === "number" ? v : undefined;
  },
  printed: (table, row) => (r) => !!r[table]?.[row],
};

/** Each template's table-2 groups with their leaf rows. */
export const GROUP_LEAVES = Object.fromEntries(
  (["2019", "2021"] as const).map((t) => [t, (Object.keys(TABLE2_GROUPS) as Table2Group[]).map((g) => [g, table2Rows(t).filter((r) => r.group === g).map((r) => r.id)] as const)]),
) as Record<TemplateId, (readonly [Table2Group, string[]])[]>;

/** The table-1 column a metric reads in a template, or null when the template lacks it. */
export function table1ColumnIn(template: TemplateId, metric: Extract<Metric, { table: "table1" }>): string | null {
  const def = table1Items(template).find((i) => i.id === metric.item);
  if (!metric.columnAsked) return table1ColumnFor(metric.item, metric.column, template);
  if (def?.columns.some((c) => c.id === metric.column)) return metric.column;
  // 行政许可多少项 of a 2021 report: no 项目数量 printed, the measure word asks the item's one count (its decisions)
  return metric.byMeasure && def?.columns.some((c) => c.id === "decisions") ? "decisions" : null;
}

type Read<X> = (x: X) => number | null;

/**
 * The figure's value for any `x`: Σ of its cells, null when any is missing (never a partial sum),
 * rounded as figures.ts rounds. Table 2: a group asked for as a whole whose leaf rows are not all
 * printed reads the group's printed row instead (a 2021 report printing （六）其他处理 as one row).
 */
export function metricValuer<X>(cells: CellsOf<X>, metric: Metric, columns: string[]): Read<X> {
  const byTemplate = new Map<TemplateId, Read<X>>();
  return (x) => {
    const t = cells.template(x);
    let read = byTemplate.get(t);
    if (!read) byTemplate.set(t, (read = plan(cells, metric, columns, t)));
    return read(x);
  };
}

function plan<X>(cells: CellsOf<X>, metric: Metric, columns: string[], template: TemplateId): Read<X> {
  if (metric.table === "table1") {
    const col = table1ColumnIn(template, metric);
    if (!col) return () => null;
    const read = cells.cell("table1", metric.item, col);
    return (x) => read(x) ?? null;
  }
  if (metric.table === "table3") return summed(metric.groups.map((g) => cells.cell("table3", g, metric.column)));
  const cols = columns.length ? columns : ["total"];
  const rowSum = (row: string) => cells.cell.bind(cells, "table2", row);
  const sumOf = (rows: string[]) => summed(rows.flatMap((row) => cols.map(rowSum(row))));
  const rows = table2RowsFor(metric.rows, template);
  // groups whose every leaf is asked for: each may fall back to its printed row, report by report
  const groups = GROUP_LEAVES[template].filter(([, leaves]) => leaves.length > 1 && leaves.every((l) => rows.includes(l)));
  const plain = sumOf(rows);
  if (!groups.length) return plain;
  const fallback = groups.map(([g, leaves]) => ({ g, leaves, leafPrinted: leaves.map((l) => cells.printed("table2", l)), groupPrinted: cells.printed("table2", g) }));
  const withGroups = new Map<string, Read<X>>();
  return (x) => {
    let out: string[] | null = null;
    let key = "";
    for (const f of fallback) {
      if (!f.leafPrinted.some((p) => !p(x)) || !f.groupPrinted(x)) continue;
      const from: string[] = out ?? rows;
      out = [...from.filter((r) => !f.leaves.includes(r)), f.g];
      key += `${f.g}|`;
    }
    if (!out) return plain(x);
    let read = withGroups.get(key);
    if (!read) withGroups.set(key, (read = sumOf(out)));
    return read(x);
  };
}

function summed<X>(reads: ((x: X) => number | undefined)[]): Read<X> {
  return (x) => {
    let sum = 0;
    for (const read of reads) {
      const v = read(x);
      if (v === undefined) return null;
      sum += v;
    }
    return Math.round(sum * 1e6) / 1e6;
  };
}
