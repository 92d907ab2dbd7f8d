/**
 * How each figure of a report was read (ReadHowSchema in schema.ts): the one place that records
 * and looks up a cell's reading. Readers mark the cells they did not read plainly; a cell with no
 * mark was read as "table". A stronger doubt wins over a weaker one: unsure > derived > realigned.
 */
import type { FigureReading, ReadHow, Report } from "./schema.ts";
import {
  TABLE2_COLUMN_LABELS,
  TABLE2_GROUPS,
  TABLE3_COLUMN_LABELS,
  TABLE3_GROUP_LABELS,
  table1Items,
  table2RowDef,
  type Table2Column,
  type Table2Group,
  type Table3Column,
  type Table3Group,
} from "./template.ts";

export type Readings = Record<string, FigureReading>;
export type TableName = "table1" | "table2" | "table3";

/** “table2.new.total”: the same id AnswerFigure.metric uses. */
export function cellKey(table: TableName, row: string, column: string): string {
  return `${table}.${row}.${column}`;
}

const RANK: Record<ReadHow, number> = { table: 0, narrative: 0, realigned: 1, derived: 2, unsure: 3 };

/** Record how a cell was read; an unsure cell stays unsure, and its reasons accumulate. */
export function mark(readings: Readings, key: string, reading: FigureReading): void {
  const had = readings[key];
  if (!had || RANK[reading.read] > RANK[had.read]) {
    readings[key] = { ...reading };
    return;
  }
  if (had.read === "unsure" && reading.read === "unsure" && reading.reason && !had.reason?.includes(reading.reason)) {
    had.reason = had.reason ? `${had.reason}；${reading.reason}` : reading.reason;
  }
}

/** Mark every given column of a row. */
export function markRow(readings: Readings, table: TableName, row: string, columns: readonly string[], reading: FigureReading): void {
  for (const c of columns) mark(readings, cellKey(table, row, c), reading);
}

/** Merge readings made by several readers (the tables, the checks) into one record. */
export function mergeReadings(...all: Readings[]): Readings {
  const out: Readings = {};
  for (const r of all) for (const [k, v] of Object.entries(r)) mark(out, k, v);
  return out;
}

/** How a table cell of this report was read: its mark, or "table". */
export function cellReading(report: Pick<Report, "readings">, key: string): FigureReading {
  return report.readings[key] ?? { read: "table" };
}

export function isUnsure(report: Pick<Report, "readings">, key: string): boolean {
  return report.readings[key]?.read === "unsure";
}

export interface UnsureCell {
  /** “table2.refused.state_secret.total” */
  key: string;
  /** The value read, or null when none could be. */
  value: number | null;
  reason: string;
}

/** Every unsure cell of a report, in table order (what `nianbao check` lists). */
export function unsureCells(report: Pick<Report, "readings" | "table1" | "table2" | "table3">): UnsureCell[] {
  const out: UnsureCell[] = [];
  for (const [key, r] of Object.entries(report.readings)) {
    if (r.read !== "unsure") continue;
    const [table, ...rest] = key.split(".");
    const column = rest.pop() ?? "";
    const row = rest.join(".");
    const t = table === "table1" ? report.table1 : table === "table2" ? report.table2 : report.table3;
    const v = t?.[row]?.[column];
    out.push({ key, value: typeof v === "number" ? v : null, reason: r.reason ?? "" });
  }
  const order = (k: string) => ["table1", "table2", "table3"].indexOf(k.split(".")[0] ?? "");
  return out.sort((a, b) => order(a.key) - order(b.key));
}

/** “表二 · 1.属于国家秘密 · 总计” for “table2.refused.state_secret.total”. */
export function cellLabel(key: string): string {
  const [table, ...rest] = key.split(".");
  const column = rest.pop() ?? "";
  const row = rest.join(".");
  if (table === "table1") {
    const item = [...table1Items("2021"), ...table1Items("2019")].find((i) => i.id === row && i.columns.some((c) => c.id === column));
    return `表一 · ${item?.label ?? row} · ${item?.columns.find((c) => c.id === column)?.label ?? column}`;
  }
  if (table === "table2") {
    const def = table2RowDef(row);
    const group = def?.group ? `${TABLE2_GROUPS[def.group].label} ` : "";
    const label = row in TABLE2_GROUPS ? TABLE2_GROUPS[row as Table2Group].label : `${group}${def?.label ?? row}`;
    return `表二 · ${label} · ${TABLE2_COLUMN_LABELS[column as Table2Column] ?? column}`;
  }
  return `表三 · ${TABLE3_GROUP_LABELS[row as Table3Group] ?? row} · ${TABLE3_COLUMN_LABELS[column as Table3Column] ?? column}`;
}
