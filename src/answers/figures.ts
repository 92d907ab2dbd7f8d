/**
 * A metric read off one report: its value (never guessed: null when the report lacks a cell), the
 * words that name it, where it stands, a verbatim quote, and notes on the report's own disagreements.
 */
import { TABLES_UNREAD } from "../index/read/report.ts";
import { BLANK_TABLE2 } from "../index/read/blank-rows.ts";
import { PRINTED_BLANK_ROW } from "../index/read/table2.ts";
import { rowLabel } from "../index/checks.ts";
import { displayText } from "../index/read/passages.ts";
import { statesFigure } from "../index/read/text-vs-table.ts";
import { brokenChecks } from "../index/report-cache.ts";
import type { AnswerFigure, NarrativeFigure, Quote, Report } from "../index/schema.ts";
import {
  SECTION_HEADINGS,
  TABLE2_COLUMN_LABELS,
  TABLE2_COLUMNS,
  TABLE2_GROUPS,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_GROUP_LABELS,
  TABLE3_GROUPS,
  table1Items,
  table2Rows,
  type Table1ItemDef,
  type Table2Column,
  type Table2Group,
  type Table3Column,
  type Table3Group,
} from "../index/template.ts";
import { cellOf, type CellAddress } from "./cell-quote.ts";
import { doubtsOf, type Doubt } from "./unsure.ts";
import { cellLabel, isUnsure } from "../index/readings.ts";
import { GROUP_LEAVES, metricValuer, TABLE_CELLS, table1ColumnIn } from "./figure-value.ts";
import { quoteOf } from "./verbatim.ts";
import { narrativeLabel } from "./narrative-binding.ts";
import { table1ColumnFor, table2RowsFor, type Metric } from "./lexicon.ts";

export interface Reading {
  value: number | null;
  unit: string;
  /** “本年新收政府信息公开申请 · 总计”. */
  label: string;
  /** Report title · section/table · row · column. */
  source: string;
  quote: Quote | null;
  notes: string[];
  /** Why value is null, in words for the user. */
  missing?: string;
  /** When the template lacks the column asked: the figures it has instead, as questions to ask. */
  offer?: string[];
  /** Cells the reader could not be sure of (Report.readings): the figure must not be stated as certain. */
  doubts?: Doubt[];
  /** The table cells the figure is read from, to say where they stand in a quoted row. */
  cells?: CellAddress[];
  /** A figure that is a sum of printed cells (行政诉讼 = its two groups): the cells, to be said with it. */
  parts?: { label: string; value: number }[];
}

const BALANCE_ROWS = ["new", "carried_in", "results_total", "carried_out"];
const ORGS = ["commercial", "research", "public_interest", "legal_service", "other_org"];

export function columnLabel(columns: string[]): string {
  if (columns.length === 5 && ORGS.every((c) => columns.includes(c))) return "法人或其他组织";
  return columns.map((c) => TABLE2_COLUMN_LABELS[c as Table2Column] ?? c).join(" + ");
}

export interface ReadOptions {
  /** Build the quote and notes (default); rankings over many reports read values only. */
  quote?: boolean;
}

export function readMetric(report: Report, metric: Metric, columns: string[], opts: ReadOptions = {}): Reading {
  const r =
    metric.table === "table2"
      ? readTable2(report, metric.rows, columns, metric.label, opts.quote !== false)
      : metric.table === "table1"
        ? readTable1(report, metric, opts.quote !== false)
        : readTable3(report, metric.groups, metric.column, metric.label, opts.quote !== false);
  const keys = cellKeys(report, metric, columns);
  const doubts = doubtsOf(report, keys);
  const blank = r.value === null ? [] : blankNotes(report, keys);
  const read = blank.length ? { ...r, notes: [...r.notes, ...blank] } : r;
  return doubts.length ? { ...read, doubts } : read;
}

/**
 * Cells of a figure printed empty (or “—”) and read as 0 — by their place in an explicit cell
 * table, or because the sums leave only 0 — or read in another unit (table 1's 元 as 万元): said, so
 * that a 0 is never taken for a printed figure. One line per reason; many cells of one reason are
 * counted, not listed.
 */
function blankNotes(report: Report, keys: string[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const k of keys) {
    const r = report.readings[k];
    // a table-3 cell placed by the groups' sums rather than where printed (glued digits split, a row
    // going on after the text that follows the table, index/read/table3.ts) is said the same way
    if (!r?.reason || !(r.read === "derived" || (r.read === "realigned" && k.startsWith("table3.")))) continue;
    byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), cellLabel(k)]);
  }
  return [...byReason].map(([reason, cells]) => `读取说明：${cells.length > 2 ? `${cells.slice(0, 2).join("、")} 等 ${cells.length} 栏` : cells.join("、")}：${reason}`);
}

/** The table cells a metric reads in this report (“table2.new.total” …), as Report.readings keys them. */
export function cellKeys(report: Report, metric: Metric, columns: string[]): string[] {
  if (metric.table === "table2") {
    const cols = columns.length ? columns : ["total"];
    return withGroupRows(report, table2RowsFor(metric.rows, report.template)).flatMap((r) => cols.map((c) => `table2.${r}.${c}`));
  }
  if (metric.table === "table1") {
    const col = table1ColumnFor(metric.item, metric.column, report.template);
    return col ? [`table1.${metric.item}.${col}`] : [];
  }
  return metric.groups.map((g) => `table3.${g}.${metric.column}`);
}

function readTable2(report: Report, wanted: string[], columns: string[], name: string, withQuote: boolean): Reading {
  const rows = withGroupRows(report, table2RowsFor(wanted, report.template));
  const cols = columns.length ? columns : ["total"];
  const value = sumCells(report, rows, cols);
  const colText = columnLabel(cols);
  const rowText = rows.length === 1 ? placedRow(rows[0] ?? "") : groupText(rows, name);
  const label = cols.length === 1 && cols[0] === "total" ? name : `${name} · ${colText}`;
  const source = `《${report.title}》${SECTION_HEADINGS[3]} · ${rowText} · ${colText}`;
  // Kept without the quote too: a ranking's entries carry their warnings (a few checks to scan).
  const notes = table2Notes(report, rows, cols);
  // a row of （六）其他处理 asked of a 2019 report, whose template prints the group as one row
  const whole = value === null && report.template === "2019" && rows.some((r) => r.startsWith("other.")) && report.table2["other"];
  const missing = value === null ? (unreadTables(report, "表二") ?? (whole ? `这份报告用 2019 版模板，（六）其他处理只印一行，不分“${rows.map(rowLabel).join("”“")}”等各项` : `表二中没有“${rowText}”${rows.some((r) => !report.table2[r]) ? "这一行" : "这一栏"}`)) : undefined;
  let quote = value === null || !withQuote ? null : narrativeQuote(report, rows.map((r) => `table2.${r}`), cols, value);
  if (!quote && value !== null && withQuote) {
    // a group's rows printed blank add nothing to its sum: quote the rows that print its figures
    const printed = rows.filter((r) => report.readings[`table2.${r}.total`]?.reason !== PRINTED_BLANK_ROW);
    const row = spanQuote(report, (printed.length ? printed : rows).map((r) => `table2.${r}`), SECTION_HEADINGS[3] ?? "");
    const index = rows.length === 1 && cols.length === 1 ? TABLE2_COLUMNS.indexOf(cols[0] as Table2Column) : -1;
    const at = index >= 0 ? { index, width: TABLE2_COLUMNS.length, value } : {};
    quote = row && { ...row, cell: cellOf(row.text, [{ row: rowText, column: colText, ...at }]) };
  }
  return { value, unit: "件", label, source, quote, notes, ...(missing ? { missing } : {}), ...(whole ? { offer: ["其他处理多少件"] } : {}) };
}

/** Σ of table-2 cells; null when any is missing (never a partial sum). */
function sumCells(report: Report, rows: string[], cols: string[]): number | null {
  let value = 0;
  for (const id of rows) {
    const row = report.table2[id];
    for (const c of cols) {
      const v = row?.[c];
      if (typeof v !== "number") return null;
      value += v;
    }
  }
  return round(value);
}

/**
 * The value alone, for rankings over many reports: the same cells readMetric sums, without
 * building labels, sources or quotes (figure-value.ts, which also reads a store's cell columns).
 */
export function metricValue(report: Report, metric: Metric, columns: string[]): number | null {
  return metricValuer(TABLE_CELLS, metric, columns)(report);
}

/** The table-1 column a metric reads in this report's template, or null when the template lacks it. */
function table1Column(report: Report, metric: Extract<Metric, { table: "table1" }>): string | null {
  return table1ColumnIn(report.template, metric);
}

/** Σ of table-3 cells of these groups in one column; null when any is missing. */
function table3Sum(report: Report, groups: string[], column: string): number | null {
  let sum = 0;
  for (const g of groups) {
    const v = report.table3?.[g]?.[column];
    if (typeof v !== "number") return null;
    sum += v;
  }
  return round(sum);
}

/** A group asked for as a whole whose rows are missing, but whose printed group row exists (a 2021 report printing （六）其他处理 as one row). */
function withGroupRows(report: Report, rows: string[]): string[] {
  let out = rows;
  for (const [g, leaves] of GROUP_LEAVES[report.template]) {
    if (leaves.length > 1 && leaves.every((l) => out.includes(l)) && leaves.some((l) => !report.table2[l]) && report.table2[g]) {
      out = [...out.filter((r) => !leaves.includes(r)), g];
    }
  }
  return out;
}

/** A row with its group when it has one (（六）其他处理 · 3.其他): “3.其他” alone could be any group's. */
function placedRow(id: string): string {
  const group = table2Rows("2021").find((r) => r.id === id)?.group;
  const label = rowLabel(id);
  return group && !label.startsWith(TABLE2_GROUPS[group].label) ? `${TABLE2_GROUPS[group].label} · ${label}` : label;
}

function groupText(rows: string[], name: string): string {
  for (const g of Object.keys(TABLE2_GROUPS) as Table2Group[]) {
    const all = table2Rows("2021").filter((r) => r.group === g).map((r) => r.id);
    if (rows.length === all.length && rows.every((r) => all.includes(r))) return `${TABLE2_GROUPS[g].label}（各项之和）`;
  }
  return `${name}（${rows.length} 行之和）`;
}

/**
 * A table-1 figure, labelled with the item and column as this report's template prints them. A
 * column the question named that this template lacks is not replaced by the other template's
 * counterpart (2019 对外公开总数量 is not 2021 现行有效件数): missing says so and offers what exists.
 */
function readTable1(report: Report, metric: Extract<Metric, { table: "table1" }>, withQuote: boolean): Reading {
  const { item, column, label: name } = metric;
  const def = table1Items(report.template).find((i) => i.id === item);
  const col = table1Column(report, metric);
  const colDef = def?.columns.find((c) => c.id === col);
  const v = col ? report.table1[item]?.[col] : undefined;
  const value = typeof v === "number" ? v : null;
  const where = `${SECTION_HEADINGS[2]} · 第二十条第（${def?.clause ?? "?"}）项`;
  const source = `《${report.title}》${where} · ${def?.label ?? name} · ${colDef?.label ?? column}`;
  const askedLabel = name.split(" · ").pop() ?? name;
  const missing = !def
    ? `${report.template} 年版模板的表一没有“${name.split(" · ")[0] ?? name}”这一项`
    : !colDef
      ? `${report.template} 年版模板的表一中“${def.label}”没有“${askedLabel}”这一栏，印的是：${def.columns.map((c) => c.label).join("、")}`
      : value === null
        ? (unreadTables(report, "表一") ?? `表一中没有“${def.label}”的这一数字`)
        : undefined;
  return {
    value,
    unit: colDef?.unit ?? "",
    label: def && colDef ? `${def.label} · ${colDef.label}` : name,
    source,
    quote: !withQuote || !def || !colDef ? null : value !== null ? table1Quote(report, def, colDef.label, def.columns.indexOf(colDef), value) : unsureRowQuote(report, def, colDef.id),
    notes: [],
    ...(def && !colDef ? { offer: def.columns.map((c) => `${def.label}${c.label}`) } : {}),
    ...(missing ? { missing } : {}),
  };
}

/** A cell left unread for doubt (the row printed 2 of its 3 numbers): the row as printed, so the reader can look for themself. */
function unsureRowQuote(report: Report, def: Table1ItemDef, column: string): Quote | null {
  return isUnsure(report, `table1.${def.id}.${column}`) ? spanQuote(report, [`table1.${def.id}`], SECTION_HEADINGS[2] ?? "") : null;
}

function table1Quote(report: Report, def: Table1ItemDef, column: string, index: number, value: number): Quote | null {
  const row = spanQuote(report, [`table1.${def.id}`], SECTION_HEADINGS[2] ?? "");
  return row && { ...row, cell: cellOf(row.text, [{ row: def.label, column, index, width: def.columns.length, value }]) };
}

/**
 * Figures of several reports printed under different columns (the 2019 template's 对外公开总数量,
 * the 2021 template's 现行有效件数): say so, the series is not like with like.
 */
export function labelsNote(figures: readonly { year: number; label: string }[]): string[] {
  const labels = [...new Set(figures.map((f) => f.label))];
  if (labels.length < 2) return [];
  const years = labels.map((l) => `${figures.filter((f) => f.label === l).map((f) => f.year).join("、")} 年为“${l}”`);
  return [`各年报告模板的栏目不同：${years.join("，")}，口径不同。`];
}

/** The label of a figure that sums printed cells, with each of them: “行政诉讼（未经复议直接起诉 39 + 复议后起诉 18）”. */
export function labelWithParts(r: Reading): string {
  return r.parts ? `${r.label}（${r.parts.map((p) => `${p.label} ${p.value}`).join(" + ")}）` : r.label;
}

function readTable3(report: Report, groups: string[], column: string, name: string, withQuote: boolean): Reading {
  const cells = groups.map((g) => ({ g, v: report.table3?.[g]?.[column] }));
  const value = table3Sum(report, groups, column);
  const colText = TABLE3_COLUMN_LABELS[column as Table3Column] ?? column;
  const where = groups.map((g) => `${TABLE3_GROUP_LABELS[g as Table3Group] ?? g} · ${colText}`).join(" + ");
  const source = `《${report.title}》${SECTION_HEADINGS[4]} · ${where}`;
  const notes = brokenChecks(report).filter((c) => c.table === "table3" && (!c.row || groups.includes(c.row))).map((c) => `报告自身数字不一致：${c.message}`);
  // 行政诉讼 as a whole is the two suit groups: say so, with both inputs.
  const parts = groups.length > 1 && value !== null ? cells.map((c) => ({ label: TABLE3_GROUP_LABELS[c.g as Table3Group]?.replace(/^行政诉讼 · /, "") ?? c.g, value: c.v as number })) : undefined;
  const key = isSuits(groups) ? "table3.suits" : groups.length === 1 ? `table3.${groups[0]}` : null;
  let quote = value === null || !withQuote ? null : key ? narrativeQuote(report, [key], [column], value) : null;
  let addresses: CellAddress[] | undefined;
  if (!quote && value !== null && withQuote) {
    // A table printed transposed (a row per group) quotes the group's own row and places the cell in it.
    const own = groups.length === 1 && report.spans[`table3.${groups[0]}`] ? `table3.${groups[0]}` : null;
    const row = spanQuote(report, [own ?? "table3"], SECTION_HEADINGS[4] ?? "");
    const width = own ? TABLE3_COLUMNS.length : TABLE3_GROUPS.length * TABLE3_COLUMNS.length;
    const at = (g: string) => (own ? 0 : TABLE3_GROUPS.indexOf(g as Table3Group) * TABLE3_COLUMNS.length) + TABLE3_COLUMNS.indexOf(column as Table3Column);
    addresses = cells.map((c) => ({ row: TABLE3_GROUP_LABELS[c.g as Table3Group] ?? c.g, column: colText, index: at(c.g), width, value: c.v as number }));
    quote = row && { ...row, cell: cellOf(row.text, addresses) };
  }
  const unread = cells.filter((c) => typeof c.v !== "number").map((c) => TABLE3_GROUP_LABELS[c.g as Table3Group] ?? c.g);
  return {
    value,
    unit: "件",
    label: name,
    source,
    quote,
    notes,
    ...(parts ? { parts } : {}),
    ...(addresses ? { cells: addresses } : {}),
    ...(value === null ? { missing: unreadTables(report, "表三") ?? (report.table3 ? `表三中没有读到“${unread.join("”“")} · ${colText}”` : "报告中没有可读的表三（行政复议、行政诉讼）") } : {}),
  };
}

const isSuits = (groups: string[]) => groups.length === 2 && groups.includes("suit_direct") && groups.includes("suit_after_review");

/** Broken rules and repairs that touch these rows or columns. */
function table2Notes(report: Report, rows: string[], cols: string[]): string[] {
  const notes: string[] = [];
  for (const c of brokenChecks(report)) {
    if (c.table !== "table2") continue;
    const touches =
      (c.rule === "row_sum" && c.row && rows.includes(c.row)) ||
      ((c.rule === "column_sum" || c.rule === "balance") && c.column && cols.includes(c.column)) ||
      // The total row's other columns are shown too (自然人 …, 法人或其他组织 …): their breaks matter.
      (c.rule === "column_sum" && rows.includes("results_total")) ||
      (c.rule === "balance" && rows.some((r) => BALANCE_ROWS.includes(r))) ||
      (c.rule === "text_vs_table" && rows.length === 1 && c.message.includes(rowLabel(rows[0] ?? "").replace(/^[一二三四（(][^、）)]*[、）)]/, "")));
    if (touches) notes.push(c.rule === "text_vs_table" ? `正文与表格不一致：${c.message}` : `报告自身数字不一致：${c.message}`);
  }
  for (const r of report.repairs) if (r.rows.some((x) => rows.includes(x))) notes.push(`读取说明：${r.description}`);
  return notes;
}

/** The narrative sentence that states this very figure, when there is one. */
function narrativeQuote(report: Report, keys: string[], cols: string[], value: number): Quote | null {
  if (cols.length !== 1 || cols[0] !== "total" || keys.length !== 1) return null;
  const f = report.narrative.find((n) => n.value === value && statesFigure(n, keys[0] ?? ""));
  return f ? narrativeQuoteOf(report, f) : null;
}

/** A figure the narrative states, as an answer's figure: its own words as the label, the section (正文) as the source. */
export function narrativeFigureOf(report: Report, f: NarrativeFigure): AnswerFigure {
  return { agency: report.agency, region: report.region, year: report.year, metric: "narrative", label: narrativeLabel(f), value: f.value, unit: f.unit, source: `《${report.title}》${sectionName(report, f.section)}（正文）` };
}

export function narrativeQuoteOf(report: Report, f: NarrativeFigure): Quote {
  return quoteOf(report, f.sentence, sectionName(report, f.section));
}

export function sectionName(report: Report, no: number): string {
  return report.sections.find((s) => s.no === no)?.heading ?? SECTION_HEADINGS[no] ?? "";
}

/**
 * The rows as printed in the source (whitespace and line wraps tidied, nothing else changed): a
 * block of rows running over a page keeps the page's footer between them, as it keeps the running
 * title and repeated header, so that the quote stands in the file.
 */
function spanQuote(report: Report, keys: string[], section: string): Quote | null {
  const spans = keys.map((k) => report.spans[k]).filter((s): s is { start: number; end: number } => !!s);
  const first = spans[0];
  if (!first) return null;
  let end = first.end;
  for (const s of spans.slice(1)) if (s.end - first.start < 400) end = Math.max(end, s.end);
  return quoteOf(report, displayText(report.text.slice(first.start, end), "keep"), section);
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** A report whose three tables hold no figure (images, text cut before them; index/read/report.ts): say so, never 0. */
export function unreadTables(report: Report, table: "表一" | "表二" | "表三"): string | null {
  if (report.warnings.includes(TABLES_UNREAD)) return `这份报告的表格未能读出（可能是图片，或文本在表格之前中断），${table}的数字无法读取`;
  // printed blank throughout, and the text does not say none came in: no figure is printed to give
  if (table === "表二" && report.warnings.includes(BLANK_TABLE2)) return "这份报告的表二整张表各栏均印为空白，没有印出数字（正文也没有说明本年没有收到申请），无法给出这一数字，请以报告原文为准";
  // one table lost while the others were read: the table was not read, which is not the report lacking the row
  // (a table 3 not read at all says so itself: 报告中没有可读的表三)
  const cells = table === "表一" ? report.table1 : table === "表二" ? report.table2 : null;
  const none = !!cells && Object.values(cells).every((row) => !row || Object.values(row).every((v) => v === null));
  return none ? `这份报告的${table}未能读出（其他表格读出了），其中的数字无法读取，请以报告原文为准` : null;
}
