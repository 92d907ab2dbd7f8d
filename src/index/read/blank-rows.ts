/**
 * Table-2 rows printed with every cell empty. Many agencies leave zeros blank (HTML `&nbsp;`), so
 * a row with nothing to count comes out as a label and empty cells; read alone it is a row with
 * no figure (null). The template's sums decide: counts are never negative, so when the rows that
 * were read already add up to （七）总计 in every column, every printed-but-empty result row can
 * only be 0 — and when 新收 + 上年结转 = 总计 + 结转下年度 holds with an empty 结转 row as 0, it is 0.
 * Such rows are read as "derived" with the reason; an empty row the sums do not prove stays null.
 */
import { sum } from "../checks.ts";
import { tokenize } from "../layouts/tokens.ts";
import { cellKey, markRow, type Readings } from "../readings.ts";
import type { Span, Table } from "../schema.ts";
import { TABLE2_COLUMNS, TABLE2_GROUPS, table2Rows, type TemplateId } from "../template.ts";
import { splitLines, squash } from "./text.ts";

const RESULT_ROWS = (template: TemplateId) => table2Rows(template).filter((r) => !["new", "carried_in", "results_total", "carried_out"].includes(r.id));

/** Fill the printed empty rows the sums prove to be 0; returns the rows filled. */
export function zeroBlankRows(t: Table, template: TemplateId, text: string, region: { start: number; end: number }, spans: Record<string, Span>, readings: Readings): string[] {
  const printed = labelLines(text, region, template);
  const zero = () => Object.fromEntries(TABLE2_COLUMNS.map((c) => [c, 0]));
  const filled: string[] = [];
  const fill = (id: string, reason: string) => {
    const line = printed.get(id);
    if (t[id] || !line) return;
    t[id] = zero();
    spans[`table2.${id}`] ??= line;
    markRow(readings, "table2", id, TABLE2_COLUMNS, { read: "derived", reason });
    filled.push(id);
  };
  // A cell whose position is in doubt (a shifted block, ganzhou-2023) makes any sum over it prove nothing.
  const col = (id: string, c: string) => (readings[cellKey("table2", id, c)]?.read === "unsure" ? NaN : (t[id]?.[c] ?? null));
  const total = t["results_total"];
  const results = RESULT_ROWS(template);
  if (total && results.some((r) => !t[r.id])) {
    const adds = TABLE2_COLUMNS.every((c) => {
      const parts = results.map((r) => col(r.id, c));
      return parts.every((v) => v === null || v >= 0) && sum(parts.map((v) => v ?? 0)) === col("results_total", c);
    });
    if (adds) for (const r of results) fill(r.id, "该行印为空白；其余各行之和已等于（七）总计，只能为 0");
  }
  // 新收 + 上年结转 = 总计 + 结转下年度: one empty side of it is 0 when the rest balances.
  const balance = (inId: string, outId: string) =>
    TABLE2_COLUMNS.every((c) => {
      const [n, ci, rt, co] = [col("new", c), col(inId, c), col("results_total", c), col(outId, c)];
      return n !== null && rt !== null && (ci ?? 0) + n === rt + (co ?? 0);
    });
  if (!t["carried_in"] && t["carried_out"] && balance("carried_in", "carried_out")) fill("carried_in", "该行印为空白；新收申请数已等于办理总计与结转之和，只能为 0");
  if (!t["carried_out"] && t["carried_in"] && balance("carried_in", "carried_out")) fill("carried_out", "该行印为空白；新收与上年结转之和已等于办理总计，只能为 0");
  return filled;
}

/** Said of every cell of a table 2 printed blank throughout, read as 0 (blankTable2). */
export const BLANK_TABLE2_ZERO = "表二整张表各栏均印为空白（没有印一个数字），正文说明本年没有收到申请，按 0 计";
/** A table 2 printed blank throughout that nothing lets us read as 0: the warning, which answers repeat. */
export const BLANK_TABLE2 = "表二：整张表各栏均印为空白，没有印出数字";

/**
 * A table 2 printed with every cell empty in explicit cells (HTML, Word, ruled PDF → tab rows):
 * its rows' labels over empty cells, not one number in the region. No sum can confirm a 0 here
 * (every sum of blanks holds). Read as 0s only when the text says no application came in
 * (“2023年，我局未收到政府信息公开申请”, `statesNone`) in a filled-in report (`othersRead`), each
 * cell marked derived with that reason; otherwise nothing is read and the warning says the table
 * is printed blank, so that an answer says so instead of “not read”. Returns whether it is blank.
 */
export function blankTable2(t: Table, template: TemplateId, text: string, region: { start: number; end: number }, spans: Record<string, Span>, readings: Readings, opts: { othersRead: boolean; statesNone: boolean }): boolean {
  if (Object.values(t).some((row) => row && Object.values(row).some((v) => v !== null))) return false;
  const toks = tokenize(text, region.start, region.end, { rowWidth: TABLE2_COLUMNS.length });
  const nums = toks.filter((k) => k.t === "num");
  if (!nums.length || nums.some((k) => k.t === "num" && !k.emptyRow)) return false;
  const printed = labelLines(text, region, template);
  // its own rows, each over empty cells: the balance rows at least, and most of the results
  const rows = table2Rows(template).map((r) => r.id);
  const emptyLine = (id: string) => {
    const line = printed.get(id);
    return !!line && nums.some((k) => k.start >= line.start && k.start <= line.end);
  };
  if (!["new", "carried_in", "results_total", "carried_out"].every(emptyLine) || rows.filter(emptyLine).length < rows.length - 3) return false;
  if (!opts.othersRead || !opts.statesNone) return true;
  for (const id of rows) {
    t[id] = Object.fromEntries(TABLE2_COLUMNS.map((c) => [c, 0]));
    const line = printed.get(id);
    if (line) spans[`table2.${id}`] ??= line;
    markRow(readings, "table2", id, TABLE2_COLUMNS, { read: "derived", reason: BLANK_TABLE2_ZERO });
  }
  return true;
}

/** Each row whose label stands in the table region → its line (a group's one-row form in 2019: （六）其他处理). */
function labelLines(text: string, region: { start: number; end: number }, template: TemplateId): Map<string, Span> {
  const out = new Map<string, Span>();
  const keysOf = (id: string, keys: string[]) => (keys.length ? keys : id === "other" ? TABLE2_GROUPS.other.keys : []);
  const rows = table2Rows(template).map((r) => ({ id: r.id, keys: keysOf(r.id, r.keys).map(squash) }));
  for (const line of splitLines(text, region.start, region.end)) {
    const s = squash(line.text);
    for (const r of rows) if (!out.has(r.id) && r.keys.some((k) => s.includes(k))) out.set(r.id, { start: line.start, end: line.end });
  }
  return out;
}
