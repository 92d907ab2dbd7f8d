/**
 * Table 3 (行政复议、行政诉讼): fifteen numbers in one row — review, direct suits, suits after
 * review, five columns each. Headers carry no digits, so the numbers of the region are the row.
 */
import { chineseZeroReason, ocrReason } from "../layouts/ocr-digits.ts";
import { splitGlued, type RowRule } from "../layouts/rows.ts";
import type { NumTok, Tok } from "../layouts/tokens.ts";
import { sum } from "../checks.ts";
import { cellKey, mark, type Readings } from "../readings.ts";
import { isPageFurniture, parseCellNumber, splitLines } from "./text.ts";
import type { Span, Table } from "../schema.ts";
import { TABLE3_COLUMN_LABELS, TABLE3_COLUMNS, TABLE3_GROUPS, type Table3Group } from "../template.ts";
import type { ListSpec } from "../layouts/listed.ts";

const WIDTH = TABLE3_GROUPS.length * TABLE3_COLUMNS.length;

/** In each group the first four add up to its 总计. */
const groupsRule: RowRule = (v) => v.length === WIDTH && completeGroupsAddUp(v);
groupsRule.partial = (parts) => completeGroupsAddUp(parts);

function completeGroupsAddUp(v: number[]): boolean {
  for (let g = 0; g + 5 <= v.length; g += 5) if (sum(v.slice(g, g + 4)) !== v[g + 4]) return false;
  return true;
}

/**
 * The text after table 3's region (sections 五 and 六) where the row may go on: pdftotext's default
 * mode of a PDF whose table 3 stands at a page's foot prints the row one number to a line, its
 * first cells after the headers and its last ones after the text that follows (page flow).
 */
export interface After {
  text: string;
  from: number;
  to: number;
}

type Row = { values: number[]; start: number; end: number };
type Continued = Row & { cells: { value: number; start: number; end: number }[] };

/** Other names a list sentence gives table 3's columns (“维持2件”, “合计4件”). */
const LIST_NAMES: Record<(typeof TABLE3_COLUMNS)[number], string[]> = { upheld: ["维持"], corrected: ["纠正"], other: ["其他"], pending: ["未审结"], total: ["合计"] };

/**
 * Table 3 written as text lists (layouts/listed.ts: “1. 行政复议：结果维持2件，结果纠正1件，…总计4件。”):
 * each group by its label, its values by their column names, the groups put in template order.
 */
export const TABLE3_LISTS: ListSpec = {
  row: (label) => (/复议后起诉/.test(label) ? "suit_after_review" : /直接起诉/.test(label) ? "suit_direct" : /行政复议/.test(label) && !/起诉/.test(label) ? "review" : null),
  columns: () => TABLE3_COLUMNS.map((id) => ({ id, names: [TABLE3_COLUMN_LABELS[id], ...LIST_NAMES[id]] })),
  minCells: 3,
  order: TABLE3_GROUPS,
};

export function readTable3(toks: Tok[], after?: After): { table: Table | null; span?: Span; rowSpans?: Partial<Record<Table3Group, Span>>; warnings: string[]; readings: Readings } {
  const nums = toks.filter((t): t is NumTok => t.t === "num");
  const readings: Readings = {};
  if (!nums.length) return { table: null, warnings: [], readings };
  let row: Row | null = null;
  let rowSpans: Partial<Record<Table3Group, Span>> | undefined;
  const warnings: string[] = [];
  let how: Record<number, { read: "realigned" | "derived" | "unsure"; reason: string }> = {};
  if (nums.length >= WIDTH) {
    // Prefer a run of fifteen that adds up; else the first fifteen as printed — a guess when
    // there are more than fifteen. Where several runs add up (a stray number before or after the
    // row) and disagree on a cell, that cell is not known.
    const runs: { values: number[]; start: number; end: number }[] = [];
    for (let i = 0; i + WIDTH <= nums.length; i++) {
      const w = nums.slice(i, i + WIDTH);
      if (groupsRule(w.map((n) => n.value))) runs.push(span(w));
    }
    row = runs[0] ?? null;
    if (row && runs.length > 1) {
      const first = row;
      first.values = first.values.map((v, i) => {
        const seen = [...new Set(runs.map((r) => r.values[i]))];
        if (seen.length === 1) return v;
        how[i] = { read: "unsure", reason: `区域内有 ${nums.length} 个数值，有 ${runs.length} 段 15 个都满足各组之和（可读作 ${seen.join(" 或 ")}），无法确定取哪一段` };
        return NaN;
      });
      if (first.values.some(Number.isNaN)) warnings.push("表三：区域内有多段 15 个数值都满足各组之和，无法确定的单元格未读取");
    }
    if (!row && nums.length > WIDTH) {
      const why = `区域内有 ${nums.length} 个数值（应为 15 个），没有一段满足各组之和，无法确定取哪 15 个`;
      how = Object.fromEntries(Array.from({ length: WIDTH }, (_, i) => [i, { read: "unsure", reason: why }]));
    }
    row ??= span(nums.slice(0, WIDTH));
  } else if ((row = padded(nums))) {
    // zeros left blank at the ends of the row (HTML &nbsp;): the row's empty cells are its columns
  } else if (after && (row = continued(nums, toks, after))) {
    const cells = (row as Continued).cells;
    const cont = cells.slice(nums.length);
    const reason = `表三的后 ${cont.length} 个数值（${cont.map((c) => c.value).join("、")}）印在表格之后的正文后面（分页所致），是正文之后仅有的单独成行的数值，个数正好补足 15 个且各组之和相符，按顺序接在表内数值之后`;
    for (let i = nums.length; i < WIDTH; i++) how[i] = { read: "realigned", reason };
    const whole = row;
    rowSpans = Object.fromEntries(TABLE3_GROUPS.map((g, gi) => [g, { start: cells[gi * 5]?.start ?? whole.start, end: cells[gi * 5 + 4]?.end ?? whole.end }]));
    warnings.push(`表三：表内只印有 ${nums.length} 个数值，其余 ${cont.length} 个印在正文之后，按个数与各组之和接续`);
  } else {
    // Table 3 has no rule across rows: where the ways a glued row splits disagree, the cell is unknown.
    const glued = splitGlued(nums, WIDTH, groupsRule);
    const others = glued?.alternatives ?? [];
    if (glued) {
      const all = [glued.values, ...others];
      glued.values.forEach((v, i) => {
        const seen = [...new Set(all.map((o) => o[i]))];
        how[i] = seen.length > 1 ? { read: "unsure", reason: `粘连的数字有多种拆法均满足各组之和（可读作 ${seen.join(" 或 ")}）` } : { read: "realigned", reason: "粘连的数字按各组之和拆分" };
      });
      glued.values = glued.values.map((v, i) => (others.every((o) => o[i] === v) ? v : NaN));
      if (others.length) warnings.push("表三：粘连的数字有多种拆法，无法确定的单元格未读取");
    }
    row = glued;
  }
  if (!row) {
    return { table: null, warnings: [`表三：只读到 ${nums.length} 个数值（应为 15 个），未采用`], readings };
  }
  markOcr(nums, row, how);
  // A list sentence's cells in doubt (layouts/listed.ts): the row is those fifteen, in order.
  if (nums.length === WIDTH) nums.forEach((n, i) => n.doubt && (how[i] = { read: "unsure", reason: n.doubt }));
  TABLE3_GROUPS.forEach((g, gi) => TABLE3_COLUMNS.forEach((c, ci) => {
    const h = how[gi * 5 + ci];
    if (h) mark(readings, cellKey("table3", g, c), h);
  }));
  const values = row.values;
  const table: Table = Object.fromEntries(
    TABLE3_GROUPS.map((g, gi) => [g, Object.fromEntries(TABLE3_COLUMNS.map((c, ci) => [c, cell(values[gi * 5 + ci])]))]),
  );
  if (nums.length > WIDTH) warnings.push(`表三：区域内有 ${nums.length} 个数值，取其中 15 个`);
  return { table, span: { start: row.start, end: row.end }, ...(rowSpans ? { rowSpans } : {}), warnings, readings };
}

/**
 * The row read on past its region (see After): only when it is proven by count, place and sums —
 * the region's numbers stand one to a line with nothing between them, the lines after the region
 * that hold a number alone are one run of exactly the cells missing (whole numbers, no unit), and
 * with them every group adds up to its 总计. Anything else (a page number, a figure on a line of its
 * own, a count that does not fill the row) leaves the row unread.
 */
function continued(nums: NumTok[], toks: Tok[], after: After): Continued | null {
  const first = nums[0];
  const last = nums[nums.length - 1];
  if (!first || !last || toks.indexOf(last) - toks.indexOf(first) + 1 !== nums.length) return null;
  if (!nums.every((n) => !n.unit && aloneOnLine(after.text, n.start, n.end))) return null;
  const lines = splitLines(after.text, after.from, after.to).filter((l) => l.text.trim() && !isPageFurniture(l.text));
  const lone = lines.flatMap((l, i) => {
    const n = parseCellNumber(l.text);
    return n ? [{ i, n, start: l.start + l.text.search(/\S/), end: l.start + l.text.trimEnd().length }] : [];
  });
  if (lone.length !== WIDTH - nums.length) return null;
  if (lone.some((x, k) => x.n.unit || !Number.isInteger(x.n.value) || (k > 0 && x.i !== (lone[k - 1]?.i ?? -2) + 1))) return null;
  const cells = [...nums.map((n) => ({ value: n.value, start: n.start, end: n.end })), ...lone.map((x) => ({ value: x.n.value, start: x.start, end: x.end }))];
  const values = cells.map((c) => c.value);
  if (!groupsRule(values)) return null;
  return { values, start: first.start, end: lone[lone.length - 1]?.end ?? last.end, cells };
}

function aloneOnLine(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const to = text.indexOf("\n", end);
  return !text.slice(from, start).trim() && !text.slice(end, to < 0 ? text.length : to).trim();
}

/**
 * One tab row whose zeros were left blank, also before its first number or after its last
 * (“⇥⇥3⇥3⇥…⇥⇥”): when its cells, empty ones included, are the fifteen and each group adds up.
 */
function padded(nums: NumTok[]): { values: number[]; start: number; end: number } | null {
  const first = nums[0];
  const last = nums[nums.length - 1];
  if (!first || !last || nums.some((n) => n.line !== first.line)) return null;
  const lead = first.leadBlanks ?? 0;
  const trail = last.trailBlanks ?? 0;
  for (const [a, b] of [[lead, trail], [lead, 0], [0, trail]] as const) {
    if (a + nums.length + b !== WIDTH) continue;
    const values = [...Array<number>(a).fill(0), ...nums.map((n) => n.value), ...Array<number>(b).fill(0)];
    if (groupsRule(values)) return { values, start: first.start, end: last.end };
  }
  return null;
}

/**
 * Cells printed with letters OCR puts for digits (layouts/ocr-digits.ts) are unsure. The row's
 * cells are the tokens it spans, in order, when it has fifteen of them; otherwise (glued digits,
 * blank cells) which cell a letter went to is not known and every cell of the row is in doubt.
 */
function markOcr(nums: NumTok[], row: { start: number; end: number }, how: Record<number, { read: "realigned" | "derived" | "unsure"; reason: string }>): void {
  const used = nums.filter((n) => n.start >= row.start && n.end <= row.end);
  const misread = used.filter((n) => n.ocr);
  if (!misread.length) return;
  // 〇, the Chinese zero, printed for the zeros of a row of Arabic digits (“〇 〇 〇 〇 〇 2 1 1 〇 4 …”): a zero by its
  // place when the row is its fifteen cells, some printed as digits, and every group adds up with it as 0.
  if (used.length === WIDTH && misread.every((n) => n.ocr === "〇") && used.some((n) => !n.ocr && n.value > 0) && groupsRule(used.map((n) => n.value))) {
    used.forEach((n, i) => {
      if (n.ocr) how[i] = { read: "derived", reason: chineseZeroReason("同行其他单元格为阿拉伯数字且各组之和相符") };
    });
    return;
  }
  for (let i = 0; i < WIDTH; i++) {
    const n = used.length === WIDTH ? used[i] : undefined;
    if (used.length === WIDTH && !n?.ocr) continue;
    const reason = n?.ocr ? ocrReason(n.ocr, n.value) : `这一行中有形似数字的字母（${misread.map((m) => `“${m.ocr}”`).join("、")}，可能是 OCR 识别错误），请核对原件`;
    how[i] = { read: "unsure", reason };
  }
}

function cell(v: number | undefined): number | null {
  return v === undefined || Number.isNaN(v) ? null : v;
}

function span(w: NumTok[]): { values: number[]; start: number; end: number } {
  return { values: w.map((n) => n.value), start: w[0]?.start ?? 0, end: w[w.length - 1]?.end ?? 0 };
}
