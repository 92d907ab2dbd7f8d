/**
 * Table 3 from a table whose cells are explicit — tab rows from HTML <td>, Word cells, ruled PDF
 * grids (sources/html.ts, docx.ts, pdf-grid.ts): an empty cell there is a cell printed empty at a
 * known column, so it is read as 0 by its place (marked "derived": 印为空白), never as a value
 * missing. Two shapes:
 *  - the template's: a header naming the fifteen columns, then one row of fifteen cells;
 *  - transposed: a header 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计, then one row per group
 *    (行政复议 / 行政诉讼（未经复议直接起诉） / 行政诉讼（复议后起诉）) with its five cells.
 * Text without cell boundaries (space-aligned PDF text) cannot place an empty cell and is left to
 * table3.ts, which accepts blanks only where the sums pin every cell.
 */
import { NONE } from "../layouts/tokens.ts";
import { cellKey, mark, type Readings } from "../readings.ts";
import type { Span, Table } from "../schema.ts";
import { TABLE3_COLUMN_LABELS, TABLE3_COLUMNS, TABLE3_GROUPS, type Table3Group } from "../template.ts";
import { parseCellNumber, splitLines, squash, type Line } from "./text.ts";

/** The reason a cell printed empty (or as “—”) is read as 0. */
export const PRINTED_BLANK = "该栏印为空白，按 0 计";
export const PRINTED_NONE = (mark: string) => `该栏印为“${mark}”，按 0 计`;

const HEADS = TABLE3_COLUMNS.map((c) => TABLE3_COLUMN_LABELS[c]);

interface Cell {
  s: string;
  start: number;
  end: number;
}
type Value = { value: number; blank: null | string } | null;

export interface Table3Cells {
  table: Table;
  span: Span;
  /** Transposed tables: each group's own row, so that a figure is quoted with its row alone. */
  rowSpans: Partial<Record<Table3Group, Span>>;
  warnings: string[];
  readings: Readings;
}

/**
 * `othersRead`: table 1 or 2 holds a figure. A table 3 with every cell empty is a report with no
 * case only then; alone, it is the blank template (no figure anywhere) and is not read.
 */
export function readTable3Cells(text: string, region: { start: number; end: number }, othersRead: boolean): Table3Cells | null {
  const lines = splitLines(text, region.start, region.end).filter((l) => l.text.includes("\t"));
  if (!lines.length) return null;
  const read = transposed(lines) ?? templateRow(lines);
  if (!read || othersRead) return read;
  const printed = Object.keys(read.readings).length < TABLE3_GROUPS.length * TABLE3_COLUMNS.length;
  return printed ? read : null;
}

function cellsOf(line: Line): Cell[] {
  const out: Cell[] = [];
  let pos = line.start;
  for (const s of line.text.split("\t")) {
    out.push({ s: s.trim(), start: pos, end: pos + s.length });
    pos += s.length + 1;
  }
  return out;
}

/** A value cell: a count, empty, or a dash; null for anything else (text). */
function valueOf(c: Cell): Value {
  if (!c.s) return { value: 0, blank: "" };
  if (NONE.test(c.s)) return { value: 0, blank: c.s };
  const n = parseCellNumber(c.s);
  return n && !n.unit && Number.isInteger(n.value) && n.value >= 0 ? { value: n.value, blank: null } : null;
}

function groupOf(label: string): Table3Group | null {
  const s = squash(label);
  if (/未经复议|直接起诉/.test(s)) return "suit_direct";
  if (/复议后/.test(s)) return "suit_after_review";
  if (/行政复议/.test(s) && !/诉讼/.test(s)) return "review";
  return null;
}

/** Rows 行政复议 / 未经复议直接起诉 / 复议后起诉 under a header of the five columns. */
function transposed(lines: Line[]): Table3Cells | null {
  const head = lines.findIndex((l) => {
    const named = cellsOf(l).map((c) => squash(c.s)).filter(Boolean);
    return named.length >= 5 && named.slice(-5).join("|") === HEADS.join("|");
  });
  if (head < 0) return null;
  const rows = new Map<Table3Group, { line: Line; values: { value: number; blank: null | string }[] }>();
  for (const line of lines.slice(head + 1)) {
    const cells = cellsOf(line);
    const lastText = cells.reduce((at, c, i) => (c.s && !valueOf(c) ? i : at), -1);
    if (lastText < 0) continue;
    const group = groupOf(cells.slice(0, lastText + 1).map((c) => c.s).join(""));
    const values = cells.slice(lastText + 1).map(valueOf);
    if (!group || values.length !== 5 || values.some((v) => v === null)) return null;
    if (rows.has(group)) return null; // a group printed twice: which row is it?
    rows.set(group, { line, values: values as { value: number; blank: null | string }[] });
  }
  if (rows.size !== TABLE3_GROUPS.length) return null;
  const readings: Readings = {};
  const table: Table = {};
  const rowSpans: Partial<Record<Table3Group, Span>> = {};
  for (const g of TABLE3_GROUPS) {
    const r = rows.get(g);
    if (!r) return null;
    table[g] = Object.fromEntries(TABLE3_COLUMNS.map((c, i) => [c, r.values[i]?.value ?? null]));
    markBlanks(readings, g, r.values);
    rowSpans[g] = { start: r.line.start, end: r.line.end };
  }
  const ends = [...rows.values()].map((r) => r.line);
  const span = { start: Math.min(...ends.map((l) => l.start)), end: Math.max(...ends.map((l) => l.end)) };
  return { table, span, rowSpans, warnings: [], readings };
}

/**
 * The template's shape: after a header that names the columns, the one line of exactly fifteen
 * cells, each a count, empty or a dash. A line of fifteen empty cells counts only right after a
 * header line of fifteen cells (a table with no case at all, its zeros left blank).
 */
function templateRow(lines: Line[]): Table3Cells | null {
  const named = lines.flatMap((l) => cellsOf(l).map((c) => squash(c.s))).filter((s) => s === "结果维持").length;
  if (named < 3) return null;
  const width = TABLE3_GROUPS.length * TABLE3_COLUMNS.length;
  const found: { line: Line; values: { value: number; blank: null | string }[] }[] = [];
  lines.forEach((line, i) => {
    const cells = cellsOf(line);
    if (cells.length !== width) return;
    const values = cells.map(valueOf);
    if (values.some((v) => v === null)) return;
    const prev = lines[i - 1];
    const printed = cells.some((c) => c.s);
    if (!printed && !(prev && cellsOf(prev).length === width && cellsOf(prev).some((c) => squash(c.s) === "结果维持"))) return;
    found.push({ line, values: values as { value: number; blank: null | string }[] });
  });
  if (found.length !== 1) return null;
  const { line, values } = found[0] as (typeof found)[number];
  // Only worth it when a cell is printed empty; a full row of numbers is read as before (table3.ts).
  if (!values.some((v) => v.blank !== null)) return null;
  const readings: Readings = {};
  const table: Table = {};
  TABLE3_GROUPS.forEach((g, gi) => {
    const own = values.slice(gi * 5, gi * 5 + 5);
    table[g] = Object.fromEntries(TABLE3_COLUMNS.map((c, i) => [c, own[i]?.value ?? null]));
    markBlanks(readings, g, own);
  });
  return { table, span: { start: line.start, end: line.end }, rowSpans: {}, warnings: [], readings };
}

function markBlanks(readings: Readings, g: Table3Group, values: { value: number; blank: null | string }[]): void {
  values.forEach((v, i) => {
    const c = TABLE3_COLUMNS[i];
    if (c && v.blank !== null) mark(readings, cellKey("table3", g, c), { read: "derived", reason: v.blank ? PRINTED_NONE(v.blank) : PRINTED_BLANK });
  });
}
