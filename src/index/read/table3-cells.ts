/**
 * Table 3 from a table whose cells are explicit — tab rows from HTML <td>, Word cells, ruled PDF
 * grids (sources/html.ts, docx.ts, pdf-grid.ts): an empty cell there is a cell printed empty at a
 * known column, so it is read as 0 by its place (marked "derived": 印为空白), never as a value
 * missing. Two shapes:
 *  - the template's: a header naming the fifteen columns, then one row of fifteen cells;
 *  - transposed: a header 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计, then one row per group
 *    (行政复议 / 行政诉讼（未经复议直接起诉） / 行政诉讼（复议后起诉）) with its five cells.
 * Space-aligned text (pdftotext -layout) places an empty cell only where every number stands under
 * one header word (aligned); otherwise it is left to table3.ts, which accepts blanks only where the
 * sums pin every cell.
 */
import { NONE, type Tok } from "../layouts/tokens.ts";
import { cellKey, mark, type Readings } from "../readings.ts";
import type { Span, Table } from "../schema.ts";
import { TABLE3_COLUMN_LABELS, TABLE3_COLUMNS, TABLE3_GROUPS, type Table3Group } from "../template.ts";
import { isPageFurniture, parseCellNumber, splitLines, squash, type Line } from "./text.ts";

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
  const all = splitLines(text, region.start, region.end);
  const lines = all.filter((l) => l.text.includes("\t"));
  const read = lines.length ? (transposed(lines) ?? templateRow(lines)) : aligned(all);
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

interface Word {
  s: string;
  start: number;
  end: number;
}

const words = (line: Line): Word[] => [...line.text.matchAll(/\S+/g)].map((m) => ({ s: m[0], start: m.index, end: m.index + m[0].length }));

/**
 * Space-aligned text (pdftotext -layout) whose empty cells are blank: a number's place is its
 * position under the header. Read only when the header prints each column's words on one line and
 * every number stands under exactly one of them (one character of slack either side), each column
 * taking at most one; the columns left empty are 0 (印为空白), and each group must still add up.
 */
function aligned(lines: Line[]): Table3Cells | null {
  for (const [i, line] of lines.entries()) {
    const heads = words(line);
    const names = heads.map((w) => squash(w.s));
    const width = TABLE3_GROUPS.length * TABLE3_COLUMNS.length;
    // The template's header: fifteen words, each a part of its column's name (结果/维持, 总/计 on two lines).
    if (names.length === width && names.every((n, k) => n.length > 0 && (HEADS[k % 5] as string).includes(n))) {
      // Below: the header's other line (维持 纠正 …), then the row.
      const isHead = (w: Word) => HEADS.some((h) => h.includes(squash(w.s)));
      const row = lines.slice(i + 1).find((l) => words(l).length > 0 && !words(l).every(isHead));
      const values = row ? placed(words(row), heads) : null;
      if (!row || !values) return null;
      // The row must hold every number of the table: more numbers on other lines (values one per
      // line, as pdftotext without -layout prints them, or a row wrapped) mean the row is not
      // the fifteen cells with blanks between them, and its missing values are not 0.
      if (lines.slice(i + 1).some((l) => l !== row && holdsNumber(l))) return null;
      return fromGroups(TABLE3_GROUPS.map((g, gi) => ({ g, values: values.slice(gi * 5, gi * 5 + 5), line: row })), { start: row.start, end: row.end });
    }
    // Transposed: a header ending in the five names, a row per group.
    if (names.length >= 5 && names.slice(-5).join("|") === HEADS.join("|")) {
      const cols = heads.slice(-5);
      const rows: { g: Table3Group; values: { value: number; blank: null | string }[]; line: Line }[] = [];
      for (const l of lines.slice(i + 1)) {
        const ws = words(l);
        if (!ws.length) continue;
        const first = ws.findIndex((w) => valueOf({ s: w.s, start: w.start, end: w.end }) !== null);
        const label = (first < 0 ? ws : ws.slice(0, first)).map((w) => w.s).join("");
        const g = groupOf(label);
        if (!g) {
          if (first >= 0 || rows.length < TABLE3_GROUPS.length) return null;
          break;
        }
        const values = placed(first < 0 ? [] : ws.slice(first), cols);
        if (!values || rows.some((r) => r.g === g)) return null;
        rows.push({ g, values, line: l });
        if (rows.length === TABLE3_GROUPS.length) break;
      }
      if (rows.length !== TABLE3_GROUPS.length) return null;
      const rowSpans: Partial<Record<Table3Group, Span>> = Object.fromEntries(rows.map((r) => [r.g, { start: r.line.start, end: r.line.end }]));
      const read = fromGroups(rows, { start: Math.min(...rows.map((r) => r.line.start)), end: Math.max(...rows.map((r) => r.line.end)) });
      return read && { ...read, rowSpans };
    }
  }
  return null;
}

/** A line (not a page number) with a word that is a count. */
const holdsNumber = (l: Line): boolean => !isPageFurniture(l.text) && words(l).some((w) => valueOf(w)?.blank === null);

/** The words of a row placed under the header's columns, or null when any is not surely under one column. */
function placed(ws: Word[], cols: Word[]): { value: number; blank: null | string }[] | null {
  const out: ({ value: number; blank: null | string } | null)[] = cols.map(() => null);
  for (const w of ws) {
    const v = valueOf({ s: w.s, start: w.start, end: w.end });
    if (!v) return null;
    const under = cols.flatMap((c, k) => (w.start < c.end + 1 && w.end > c.start - 1 ? [k] : []));
    const k = under[0];
    if (under.length !== 1 || k === undefined || out[k]) return null;
    out[k] = v;
  }
  return out.map((v) => v ?? { value: 0, blank: "" });
}

function fromGroups(rows: { g: Table3Group; values: { value: number; blank: null | string }[] }[], span: Span): Table3Cells | null {
  // Only worth it when a cell is printed empty; a full row is read as before (table3.ts). Every
  // cell empty (each group's label on a line of its own with no number: no case at all) places no
  // number, so nothing can be misplaced — read as 0s like explicit empty cells (readTable3Cells
  // keeps them only when another table holds a figure).
  const cells = rows.flatMap((r) => r.values);
  if (!cells.some((v) => v.blank !== null)) return null;
  const readings: Readings = {};
  const table: Table = {};
  for (const { g, values } of rows) {
    const [a, b, c, d, total] = values.map((v) => v.value);
    if ((a ?? 0) + (b ?? 0) + (c ?? 0) + (d ?? 0) !== total) return null;
    table[g] = Object.fromEntries(TABLE3_COLUMNS.map((col, i) => [col, values[i]?.value ?? null]));
    markBlanks(readings, g, values);
  }
  return { table, span, rowSpans: {}, warnings: [], readings };
}

function markBlanks(readings: Readings, g: Table3Group, values: { value: number; blank: null | string }[]): void {
  values.forEach((v, i) => {
    const c = TABLE3_COLUMNS[i];
    if (c && v.blank !== null) mark(readings, cellKey("table3", g, c), { read: "derived", reason: v.blank ? PRINTED_NONE(v.blank) : PRINTED_BLANK });
  });
}

/** Why a table 3 printed blank throughout is not read as 0s. */
export const BLANK_TABLE3_UNFILLED = "表三各栏印为空白，而本报告表二的 0 不印作空白（印作“0”或“—”），空白不能当作 0（可能未填写），正文也没有说明未发生，未读取";

/** How a table prints its zeros: some left blank (an empty cell, a row or item printed blank), some printed (“0”, “—”). */
export interface ZerosPrinted {
  blank: boolean;
  marked: boolean;
}

/** The zeros of one table as printed: its tokens (explicit empty cells, “0”, dashes) and its readings (blanks placed in space-aligned text). */
export function zerosPrinted(toks: readonly Tok[], readings: Readings, table: "table1" | "table2"): ZerosPrinted {
  const blank =
    toks.some((t) => t.t === "num" && t.blank && t.end === t.start) ||
    Object.entries(readings).some(([k, r]) => k.startsWith(`${table}.`) && r.read === "derived" && r.reason?.includes("印为空白") === true);
  const marked = toks.some((t) => t.t === "num" && t.value === 0 && (!t.blank || t.end > t.start));
  return { blank, marked };
}

/**
 * A table 3 printed blank throughout (all fifteen cells empty, each read as 0 印为空白) is 0s only
 * where the report's own convention makes a blank cell a 0: its table 2 (table 1 where table 2
 * prints no zero) leaves its zeros blank and prints none as “0” or “—”, or its text says there was
 * no case (“未发生…行政复议”, “…行政诉讼”: `statedNone`, zero-statements.ts) for that group.
 * Elsewhere (a report printing its zeros as “0”) the blank table may not have been filled in: its
 * cells are unread (unsure, said so), never a 0 the report does not show.
 */
export function blankTable3Convention(table3: Table | null, readings: Readings, zeros: () => { table1: ZerosPrinted; table2: ZerosPrinted }, statedNone: { review: boolean; suits: boolean }): void {
  if (!table3) return;
  const keys = TABLE3_GROUPS.flatMap((g) => TABLE3_COLUMNS.map((c) => cellKey("table3", g, c)));
  if (!keys.every((k) => readings[k]?.reason === PRINTED_BLANK)) return;
  const { table1, table2 } = zeros();
  const z = table2.blank || table2.marked ? table2 : table1;
  if (z.blank && !z.marked) return;
  for (const g of TABLE3_GROUPS) {
    if (g === "review" ? statedNone.review : statedNone.suits) continue;
    table3[g] = Object.fromEntries(TABLE3_COLUMNS.map((c) => [c, null]));
    for (const c of TABLE3_COLUMNS) readings[cellKey("table3", g, c)] = { read: "unsure", reason: BLANK_TABLE3_UNFILLED };
  }
}
