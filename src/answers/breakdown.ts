/**
 * The parts of a figure, for “浔阳区2023年依申请办理结果” and the like: the result rows and groups
 * of table 2, a group's rows, the applicant columns, or the columns of a table-3 group.
 */
import type { Quote, Report } from "../index/schema.ts";
import { cellsOf } from "./cell-quote.ts";
import {
  TABLE2_GROUPS,
  TABLE3_COLUMNS,
  TABLE3_COLUMN_LABELS,
  TABLE3_GROUP_LABELS,
  resultRows,
  rowsOfGroup,
  table2Rows,
  type Table2Group,
  type Table3Group,
} from "../index/template.ts";
import { columnLabel, readMetric, type Reading } from "./figures.ts";
import { APPLICANT_COLUMNS, type Metric } from "./lexicon.ts";
import type { Question } from "./understand.ts";

export interface Part {
  metric: string;
  reading: Reading;
}

const GROUPS = Object.keys(TABLE2_GROUPS) as Table2Group[];

/**
 * The quantities a table-3 question names: 行政复议, and 行政诉讼 as a whole (both suit groups) or
 * one suit group. Summing 行政复议 with 行政诉讼 is not a figure of the report.
 */
export function table3Quantities(groups: readonly Table3Group[]): Table3Group[][] {
  const suits = groups.filter((g) => g !== "review");
  return [...(groups.includes("review") ? [["review" as Table3Group]] : []), ...(suits.length ? [suits] : [])];
}

export function breakdownParts(report: Report, q: Question): Part[] {
  const m: Metric = q.metric ?? { table: "table2", rows: resultRows("2021"), label: "办理结果" };
  const part = (metric: Metric, columns: string[], id: string): Part => ({ metric: id, reading: readMetric(report, metric, columns) });
  const cols = q.columns.length ? q.columns : ["total"];

  if (m.table === "table3" && q.kind !== "breakdown") {
    // “行政复议和行政诉讼各多少件”: each quantity named, never their sum.
    // “被复议几次，输了几次”: each column asked, never only the last.
    return table3Quantities(m.groups).flatMap((groups) =>
      (m.columns ?? [m.column]).map((column) => {
        const label = groups.length === 2 ? "行政诉讼" : TABLE3_GROUP_LABELS[groups[0] as Table3Group];
        const name = column === "total" ? label : `${label} · ${TABLE3_COLUMN_LABELS[column]}`;
        return part({ table: "table3", groups, column, label: name }, [], `table3.${groups.join("+")}.${column}`);
      }),
    );
  }
  if (m.table === "table3") {
    return m.groups.flatMap((g) =>
      TABLE3_COLUMNS.map((c) => part({ table: "table3", groups: [g], column: c, label: `${TABLE3_GROUP_LABELS[g]} · ${TABLE3_COLUMN_LABELS[c]}` }, [], `table3.${g}.${c}`)),
    );
  }
  if (m.table === "table1") return [part(m, [], `table1.${m.item}.${m.column}`)];

  if (m.rows.length === 1 || cols.length > 1) {
    // One row: its applicant columns.
    const columns = cols.length > 1 ? cols : [...APPLICANT_COLUMNS, "total"];
    return columns.map((c) => part({ ...m, label: `${m.label} · ${columnLabel([c])}` }, [c], `table2.${m.rows.join("+")}.${c}`));
  }
  const whole = GROUPS.find((g) => rowsOfGroup("2021", g).every((r) => m.rows.includes(r)) && m.rows.every((r) => r.startsWith(`${g}.`)));
  if (whole) {
    // One group: its rows.
    return rowsOfGroup("2021", whole).map((id) => {
      const label = table2Rows("2021").find((r) => r.id === id)?.label ?? id;
      return part({ table: "table2", rows: [id], label }, cols, `table2.${id}.${cols.join("+")}`);
    });
  }
  // The results: granted, partly granted, each group, and the total.
  const single = (id: string, label: string) => part({ table: "table2", rows: [id], label }, cols, `table2.${id}.${cols.join("+")}`);
  return [
    single("granted", "予以公开"),
    single("partly_granted", "部分公开"),
    ...GROUPS.map((g) => part({ table: "table2", rows: rowsOfGroup("2021", g), label: TABLE2_GROUPS[g].label.replace(/^（.）/, "") }, cols, `table2.${g}.${cols.join("+")}`)),
    single("results_total", "办理结果总计"),
  ];
}

/**
 * The quotes of a breakdown: the first part's, saying where every part stands in it when they share it. A first
 * part quoted from a sentence (“被申请行政复议4件”) leaves the others' figures unquoted when they are read off the
 * table (结果纠正 1): the table's row is quoted after the sentence, so that every figure stated stands in a quote.
 */
export function breakdownQuote(parts: Part[]): Quote[] {
  const first = shared(parts, parts.find((p) => p.reading.quote)?.reading.quote);
  if (!first || first.cell) return first ? [first] : [];
  const row = shared(parts, parts.find((p) => p.reading.quote && p.reading.quote.text !== first.text && p.reading.quote.cell)?.reading.quote);
  return row ? [first, row] : [first];
}

/** A quote with the places of every part it holds (cell-quote.ts), when two or more share it. */
function shared(parts: Part[], quote: Quote | null | undefined): Quote | undefined {
  if (!quote) return undefined;
  const same = parts.filter((p) => p.reading.quote?.text === quote.text && p.reading.cells);
  if (same.length < 2) return quote;
  return { ...quote, cell: cellsOf(quote.text, same.flatMap((p) => p.reading.cells ?? [])) };
}
