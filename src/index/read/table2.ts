/**
 * Table 2 (收到和处理政府信息公开申请情况). Two readings of the same value rows:
 *  - by label: each row takes the values printed after its label;
 *  - in sequence: the value rows, in order, fill the template's rows present in the text.
 * The consistency rules choose. ganzhou-2023: the 不予公开 values sit one row above their labels,
 * so only the sequence reading adds up; hongze-2023 (PDF text read column by column) prints its
 * labels after the numbers, so only the sequence reading is possible at all.
 */
import { rowLabel, table2Checks, table2Score } from "../checks.ts";
import { chineseZeroReason, ocrReason } from "../layouts/ocr-digits.ts";
import { buildRows, JOINED_CELL, splitBudget, STRAY_CELL, sumRule, toEntries, type Entry, type ValueRow } from "../layouts/rows.ts";
import type { NumTok, Tok } from "../layouts/tokens.ts";
import { markRow, mark, cellKey, type Readings } from "../readings.ts";
import type { Repair, Span, Table } from "../schema.ts";
import { TABLE2_COLUMN_LABELS, TABLE2_COLUMNS, TABLE2_GROUPS, table2Rows, type Table2Group, type TemplateId } from "../template.ts";
import type { ListColumn, ListSpec } from "../layouts/listed.ts";
import { rowQuoteStart } from "../layouts/quote-span.ts";
import { splitLines, squash, toHalfWidth } from "./text.ts";
import { PRINTED_BLANK } from "./table3-cells.ts";

/** The region's lines with their squashed text, computed once per table (labelLine runs per row). */
type SquashedLines = () => { start: number; end: number; sq: string }[];

function squashedLines(text: string, toks: Tok[]): SquashedLines {
  let lines: { start: number; end: number; sq: string }[] | null = null;
  return () => {
    const from = toks[0]?.start ?? 0;
    const to = toks[toks.length - 1]?.end ?? from;
    lines ??= splitLines(text, from, to).map((l) => ({ start: l.start, end: l.end, sq: squash(l.text) }));
    return lines;
  };
}

function labelLine(lines: SquashedLines, keys: string[]): Span | null {
  const wanted = keys.map(squash);
  for (const line of lines()) {
    if (wanted.some((k) => line.sq.includes(k))) return { start: line.start, end: line.end };
  }
  return null;
}

function rowKeys(id: string): string[] {
  if (id in TABLE2_GROUPS) return TABLE2_GROUPS[id as Table2Group].keys;
  if (id === "other.other") return ["其他"];
  return table2Rows("2021").find((r) => r.id === id)?.keys ?? table2Rows("2019").find((r) => r.id === id)?.keys ?? [];
}

export interface Table2Result {
  table: Table;
  spans: Record<string, Span>;
  repairs: Repair[];
  warnings: string[];
  /** Cells not read plainly (realigned, derived, unsure); see ReadHowSchema. */
  readings: Readings;
}

interface Placed {
  id: string;
  row: ValueRow;
  labelStart?: number;
  labelEnd?: number;
  /** Placed by a label on its own line that names this row (not by position after another). */
  named?: boolean;
}

type Reading = Placed[];

const WIDTH = TABLE2_COLUMNS.length;

/** How a row was read (ValueRow.note), as users are told it. */
const NOTE_TEXT: Record<string, string> = {
  "empty cells read as 0": "行首空白的单元格按 0 计（补足后满足行内之和）",
  [STRAY_CELL]: "去掉了行内多余的一个数值，其余数值满足行内之和",
  [JOINED_CELL]: "一个数字中间印有空格，合并后满足行内之和",
  "split glued digits by the row sum": "粘连的数字按行内之和拆分",
  "split glued digits by the row and column sums": "粘连的数字按行、列之和拆分",
};

/** Why a row printed with every cell empty is read as 0s. */
export const PRINTED_BLANK_ROW = "该行各栏印为空白，按 0 计";

export function readTable2(text: string, toks: Tok[], template: TemplateId): Table2Result {
  const entries = keepEmptyRowsOfRows(text, joinInterleavedHeader(toEntries(alignedBlanks(text, toks)), template), template);
  const warnings: string[] = [];
  const rows: { row: ValueRow; entry: number }[] = [];
  const budget = splitBudget();
  entries.forEach((e, i) => {
    const { rows: made, rest: unmade } = buildRows(e.nums, WIDTH, sumRule, budget);
    const { rows: totals, rest } = totalsOnly(text, e.nums, unmade);
    for (const r of [...made, ...totals].sort((a, b) => a.start - b.start)) rows.push({ row: r, entry: i });
    if (rest.length) warnings.push(`表二：${rest.length} 个数值无法组成完整的一行（${rest.map((n) => n.value).join(" ")}）`);
  });

  const variant = rowVariant(entries, template);
  const byLabelAll = readByLabel(entries, rows, variant, template);
  const byLabel = firstOfEach(byLabelAll);
  const candidates: { name: string; placed: Reading }[] = [{ name: "label", placed: byLabel }];
  // Space-aligned text leaves no mark of a row's empty cells: rows named on a line of their own with no number, read as 0 where the sums confirm it.
  // Only where every value row stands after its own row's label (labels printed apart from their
  // numbers — pdftotext's raw order, column by column — leave every label “blank”, and rows of 0s pass every sum).
  const withBlanks = firstOfEach(readByLabel(entries, rows, variant, template, text));
  if (withBlanks.some((p) => p.row.printedBlank) && withBlanks.filter((p) => !p.row.printedBlank).length === rows.length) candidates.push({ name: "label", placed: withBlanks });
  // A row printed empty may be zeros, or the gap a shifted block leaves (ganzhou-2023: the values
  // sit one row above their labels and the block's last label has none): read both ways, the sums choose.
  const filled = rows.filter((r) => !r.row.printedBlank);
  if (filled.length < rows.length) {
    const labelsOnly = entries.map((e) => (e.nums.length && e.nums.every((n) => n.emptyRow) ? { ...e, nums: [] } : e));
    candidates.push({ name: "label", placed: firstOfEach(readByLabel(labelsOnly, filled, variant, template)) });
  }
  // Some reports print each group heading (（三）不予公开 …) as a row of its own, with the group's sums.
  const withGroups = variant.flatMap((id, i) => {
    const g = id.split(".")[0] ?? "";
    return id.includes(".") && !variant[i - 1]?.startsWith(`${g}.`) ? [g, id] : [id];
  });
  const full = table2Rows(template).map((r) => r.id);
  for (const valueRows of filled.length < rows.length ? [rows, filled] : [rows]) {
    if (valueRows.length === variant.length) candidates.push({ name: "sequence", placed: valueRows.map((r, i) => ({ id: variant[i] as string, row: r.row })) });
    if (valueRows.length === full.length && variant.length !== full.length) {
      candidates.push({ name: "sequence", placed: valueRows.map((r, i) => ({ id: full[i] as string, row: r.row })) });
    }
    if (valueRows.length === withGroups.length && withGroups.length !== variant.length) {
      candidates.push({ name: "sequence", placed: valueRows.map((r, i) => ({ id: withGroups[i] as string, row: r.row })) });
    }
  }

  // PDF text extracted column by column with no blank line between the columns (pdftotext's raw
  // order): one run of WIDTH × k values, column after column, its k row labels printed after it.
  for (const e of entries) {
    for (const ids of new Set([variant, full])) {
      if (ids.length > 1 && e.nums.length === WIDTH * ids.length) candidates.push({ name: "sequence", placed: ids.map((id, r) => ({ id, row: columnRow(e.nums, r, ids.length) })) });
    }
  }

  for (const r of candidates) r.placed = chooseSplits(r.placed, template, warnings);
  // Empty rows read as zeros only where the sums confirm every one of their cells.
  const usable = candidates.filter((r) => !r.placed.some((p) => p.row.printedBlank) || blanksConfirmed(r.placed, template));

  let best = usable[0] as { name: string; placed: Reading };
  let bestTable = toTable(best.placed, template);
  let bestScore = table2Score(bestTable, template);
  for (const r of usable.slice(1)) {
    const t = toTable(r.placed, template);
    const s = table2Score(t, template);
    if (s[0] < bestScore[0] || (s[0] === bestScore[0] && s[1] < bestScore[1])) {
      best = r;
      bestTable = t;
      bestScore = s;
    }
  }

  const repairs: Repair[] = [];
  const readings: Readings = {};
  if (best.name !== "label") {
    const before = toTable(byLabel, template);
    const moved = Object.keys(bestTable).filter((id) => JSON.stringify(bestTable[id]) !== JSON.stringify(before[id] ?? null));
    if (moved.length) {
      repairs.push({
        table: "table2",
        rows: moved,
        description: `表二：按行标签读出的数值不满足勾稽关系，按模板行序重新对齐后成立（涉及 ${moved.length} 行）`,
      });
      for (const id of moved) markRow(readings, "table2", id, TABLE2_COLUMNS, { read: "realigned", reason: "按模板行序重新对齐（按行标签读出的数值不满足勾稽关系）" });
      if (!isShift(text, byLabel, best.placed, withGroups)) {
        const why = "按模板行序重新对齐会把印在同一行标签后的数值移到别的行，且不是整体错行一行，各行数值的归属无法确定";
        // The whole block is in doubt: the rows left in place may hold a neighbour's values too.
        const groups = new Set(moved.map((id) => id.split(".")[0]));
        const doubtful = Object.keys(bestTable).filter((id) => bestTable[id] && (moved.includes(id) || groups.has(id.split(".")[0])));
        for (const id of doubtful) markRow(readings, "table2", id, TABLE2_COLUMNS, { read: "unsure", reason: why });
      }
    }
  }
  const spans: Record<string, Span> = {};
  const lines = squashedLines(text, toks);
  const labelStart = new Map(byLabel.map((p) => [p.row, p.labelStart]));
  for (const p of best.placed) {
    const earliest = labelStart.get(p.row) ?? toks[0]?.start ?? 0;
    // A row read column by column is not printed together anywhere: quote its label line instead.
    const span = p.row.note === "read column by column" ? labelLine(lines, rowKeys(p.id)) : { start: rowQuoteStart(text, earliest, p.row.start, rowKeys(p.id)), end: p.row.end };
    if (span) spans[`table2.${p.id}`] = span;
    if (p.row.note && p.row.note !== "read column by column") warnings.push(`表二 ${rowLabel(p.id)}：${NOTE_TEXT[p.row.note] ?? p.row.note}`);
    markPlaced(readings, p);
    // A label over empty cells, read as 0 where the sums confirm it (unconfirmed: unsure, below): said in the answer.
    if (p.row.printedBlank) markRow(readings, "table2", p.id, TABLE2_COLUMNS, { read: "derived", reason: PRINTED_BLANK_ROW });
  }
  chineseZeros(best.placed, bestTable, template, readings);
  deriveMergedOther(bestTable, template, repairs, readings);
  if (best.name === "label") markRepeatedRows(byLabelAll, bestTable, readings);
  markGaps(bestTable, variant, template, readings);
  markUnconfirmed(text, best.placed, bestTable, template, readings, heldByLabels(entries, template));
  markUncheckedGroups(bestTable, template, readings);
  return { table: bestTable, spans, repairs, warnings, readings };
}

/** The column names of table 2's header, as its cells print them (wrapped words come unbroken: labels are squashed). */
const HEADER_WORDS = /申请人情况|自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计/gu;

/**
 * pdftotext (default mode) can print the first row's cells among the header's column names, each
 * value after the name of its column: “一、本年新收申请 ⏎ 自然人 ⏎ 0 ⏎ 法人或其他组织 商业企业 … 其他 ⏎
 * 0 0 0 0 0 ⏎ 总计 ⏎ 0” (a round-17 township). Read by label, the row had 1 value and the rest were
 * strays. When the table's first row label is followed, through labels made only of column names,
 * by exactly a row's cells that add up (the row rule), they are that row's cells.
 */
function joinInterleavedHeader(entries: Entry[], template: TemplateId): Entry[] {
  const first = entries.findIndex((e) => e.label && identify(e.label.text, template, null) !== null);
  const head = entries[first];
  if (!head?.label || !head.nums.length || head.nums.length >= WIDTH) return entries;
  const nums = [...head.nums];
  let k = first + 1;
  for (; k < entries.length && nums.length < WIDTH; k++) {
    const e = entries[k] as Entry;
    if (!e.label || squash(e.label.text).replace(HEADER_WORDS, "") !== "") return entries;
    nums.push(...e.nums);
  }
  if (k === first + 1 || nums.length !== WIDTH || !sumRule(nums.map((n) => n.value))) return entries;
  return [...entries.slice(0, first), { label: head.label, nums }, ...entries.slice(k)];
}

/** Row `r` of a run printed column after column, `k` values per column. */
function columnRow(nums: readonly NumTok[], r: number, k: number): ValueRow {
  const cells = TABLE2_COLUMNS.map((_, c) => nums[c * k + r] as NumTok);
  return { values: cells.map((n) => n.value), start: Math.min(...cells.map((n) => n.start)), end: Math.max(...cells.map((n) => n.end)), note: "read column by column" };
}

/**
 * A label printed over empty cells (tab text, HTML grids) is a row whose zeros were left blank —
 * when the line names a row of the template by its own numbered label (“二、上年结转…”, “2.重复申请”,
 * “（三）不予公开” printed as a row of its own: a group sum of 0, or — ganzhou-2023 — the first row's
 * values shifted up; blanksConfirmed lets its group's sum decide). A label continued on a line of
 * its own below its row, a header line, or a table with no printed figure at all (the blank
 * template) hold no values: their empty cells are dropped, never read as 0.
 */
function keepEmptyRowsOfRows(text: string, entries: Entry[], template: TemplateId): Entry[] {
  const blank = (e: Entry) => e.nums.length > 0 && e.nums.every((n) => n.emptyRow);
  const printed = entries.some((e) => e.nums.some((n) => !n.emptyRow));
  let prev: string | null = null;
  return entries.map((e) => {
    const id = e.label ? identify(e.label.text, template, prev) : null;
    if (id && !(id in TABLE2_GROUPS)) prev = id;
    if (!blank(e)) return e;
    const at = e.nums[0]?.start ?? 0;
    // The line's own text before its empty cells, without the cell marks (tabs, pipes, CSV commas and quotes).
    const own = text.slice(text.lastIndexOf("\n", at - 1) + 1, at).replace(/[\s|*,"]+/g, "");
    const row = printed && id && ROW_MARK.test(toHalfWidth(own));
    return row ? e : { ...e, nums: [] };
  });
}

/** How a row's own label starts: “一、”, “（一）”, “1.” (a continued label never does). */
const ROW_MARK = /^(?:[一二三四][、.]|\([一二三四五六七]\)|\d{1,2}[.、])/;

/**
 * Rows a realignment moved away from a label on their own line. A real misalignment is a shift:
 * a run of values printed one row above (or below) their labels (ganzhou-2023's 不予公开 block).
 * Any other move — two rows exchanged, a row sent further — is the sums choosing among
 * permutations they cannot tell apart (column sums do not change when two result rows swap).
 */
function isShift(text: string, byLabel: Reading, chosen: Reading, order: string[]): boolean {
  // Labels printed on the same line as the values; a layout that prints labels apart from their
  // numbers (hongze-2023, column by column) gives the label reading no say.
  const sameLine = byLabel.filter((p) => p.named && p.labelEnd !== undefined && !text.slice(p.labelEnd, p.row.start).includes("\n"));
  const labelOf = new Map(sameLine.map((p) => [p.row.start, p.id]));
  const steps = new Set(chosen.flatMap((p) => {
    const from = labelOf.get(p.row.start);
    return from && from !== p.id ? [order.indexOf(p.id) - order.indexOf(from)] : [];
  }));
  return steps.size === 0 || (steps.size === 1 && (steps.has(1) || steps.has(-1)));
}

/**
 * Rows placed by position — values printed apart from their labels (one cell per line, PDF text
 * column by column) or moved by a realignment — are only as good as the rules that confirm them:
 * the balance for 新收 / 结转 / 总计, the column sums (with every row of the group read) for the
 * results. A cell no holding rule covers is unsure: one removed or repeated line would shift it
 * without a trace. Rows whose label stands on the same line as their values need no such proof,
 * except a row printed with every cell empty: its zeros are read by position and must be confirmed too.
 */
function markUnconfirmed(text: string, placed: Reading, t: Table, template: TemplateId, readings: Readings, held: Held): void {
  const confirmed = confirmation(t, template);
  const zero = blankConfirmed(t, template);
  for (const p of placed) {
    if (!t[p.id]) continue;
    if (p.named && p.labelEnd !== undefined && !text.slice(p.labelEnd, p.row.start).includes("\n") && !p.row.printedBlank) continue;
    if (p.row.printedBlank && zero(p.id)) continue;
    for (const col of TABLE2_COLUMNS) {
      const ok = confirmed(p.id, col);
      const own = held.get(p.id);
      const reason = p.row.printedBlank ? "该行各栏印为空白，按所在栏读作 0，但没有成立的勾稽关系能核对它" : "数值与行标签不在同一行，按位置对应，且没有成立的勾稽关系能核对它的位置";
      if (!ok && !(own?.values === p.row.values.join(" ") && own.columns.has(col))) mark(readings, cellKey("table2", p.id, col), { read: "unsure", reason });
    }
  }
}

/**
 * Whether a holding rule pins a cell to its row: the balance for 新收 / 结转 / 总计, the column
 * sum for the results (with every row of the cell's group read, or the group's own printed sum).
 */
function confirmation(t: Table, template: TemplateId): (id: string, col: string) => boolean {
  const holds = holdsIn(t, template);
  const complete = (g: string) => table2Rows(template).filter((r) => r.group === g).every((r) => t[r.id]);
  return (id, col) => {
    const group = id.includes(".") ? id.split(".")[0] : id in TABLE2_GROUPS ? id : null;
    return id === "new" || id === "carried_in" || id === "carried_out"
      ? holds("balance", col)
      : id === "results_total"
        ? holds("balance", col) || holds("column_sum", col)
        : holds("column_sum", col) && (!group || complete(group) || (id === group && holds("group_sum", col, group)));
  };
}

function holdsIn(t: Table, template: TemplateId): (rule: string, col: string, row?: string) => boolean {
  const checks = table2Checks(t, template);
  return (rule, col, row) => checks.some((c) => c.rule === rule && c.column === col && c.holds && (row === undefined || c.row === row));
}

/**
 * Every row printed empty in this reading is pinned to 0 by the holding rules (blankConfirmed);
 * an empty group row by its group's sum too (a 0 there while its rows hold figures is the ganzhou
 * shift of a first row of zeros, or a heading without sums: the empty rows cannot be read as 0).
 */
function blanksConfirmed(placed: Reading, template: TemplateId): boolean {
  const confirmed = blankConfirmed(toTable(placed, template), template);
  return placed.every((p) => !p.row.printedBlank || confirmed(p.id));
}

/**
 * Whether the rules prove a row printed with every cell empty to be 0: its total is pinned by a
 * holding rule (counts are never negative, so a total of 0 makes every cell of the row 0), and so
 * is every other column a rule checks. A column no rule can check (its cells not read: blank cells
 * of space-aligned text that cannot be placed) does not stand in the way — the total proves it.
 */
function blankConfirmed(t: Table, template: TemplateId): (id: string) => boolean {
  const confirmed = confirmation(t, template);
  const holds = holdsIn(t, template);
  const checks = table2Checks(t, template);
  const checked = (c: string) => checks.some((k) => k.column === c);
  // （六）其他处理 of the 2019 template is a row of its own, not a group of rows.
  const group = (id: string) => table2Rows(template).some((r) => r.group === id && r.id !== id);
  const pinned = (id: string, c: string) => confirmed(id, c) && (!group(id) || holds("group_sum", c, id));
  return (id) => pinned(id, "total") && TABLE2_COLUMNS.every((c) => !checked(c) || pinned(id, c));
}

type Held = Map<string, { values: string; columns: Set<string> }>;

/**
 * Rows the labels alone vouch for, when no rule can (a page cut inside table 2): from the table's
 * first label on, every row label is followed by exactly its row's cells and every group heading
 * by none — so up to here no line was lost, repeated or moved, and the cells under a label are
 * its row's. Which column each cell is in is still by position: the total is sure when the row
 * adds up (swapping it with a part would break the sum), every column when all the row's cells
 * are equal (a swap changes nothing). The first label not so followed ends the run.
 */
function heldByLabels(entries: Entry[], template: TemplateId): Held {
  const held: Held = new Map();
  let prev: string | null = null;
  for (const e of entries) {
    const id: string | null = e.label ? identify(e.label.text, template, prev) : null;
    if (!id || id in TABLE2_GROUPS) {
      if (e.nums.length) break;
      continue;
    }
    // A row printed empty is read by position; the sums, not the labels, must vouch for it.
    if (e.nums.length && e.nums.every((n) => n.emptyRow)) continue;
    if (e.nums.length !== WIDTH || held.has(id)) break;
    const values = e.nums.map((n) => n.value);
    const columns = values.every((v) => v === values[0]) ? TABLE2_COLUMNS : sumRule(values) ? ["total"] : [];
    held.set(id, { values: values.join(" "), columns: new Set(columns) });
    prev = id;
  }
  return held;
}

/**
 * A printed group row (（三）不予公开 …) whose own rows were not all read — a file cut off inside
 * the block, rows lost in conversion — cannot be checked against the sum of its rows, and the
 * value on its label line may belong to a neighbour (ganzhou-2023 prints each value one row above
 * its label). Such a group total is unsure, never a confident figure.
 */
function markUncheckedGroups(t: Table, template: TemplateId, readings: Readings): void {
  for (const g of Object.keys(TABLE2_GROUPS) as Table2Group[]) {
    const row = t[g];
    const leaves = table2Rows(template).filter((r) => r.group === g);
    if (!row || !leaves.length) continue;
    for (const col of TABLE2_COLUMNS) {
      if (row[col] === null || row[col] === undefined) continue;
      const missing = leaves.filter((r) => typeof t[r.id]?.[col] !== "number");
      if (!missing.length) continue;
      const names = missing.slice(0, 3).map((r) => `“${r.label}”`).join("、");
      mark(readings, cellKey("table2", g, col), { read: "unsure", reason: `同组${names}${missing.length > 3 ? ` 等 ${missing.length} 行` : ""}未读到，${TABLE2_GROUPS[g].label}无法用其下各项之和核对` });
    }
  }
}

/**
 * Cells printed “〇”, the Chinese zero, among a table of Arabic digits: 0 where the sums make it one
 * — the table prints a figure in Arabic digits, the cell's row adds up with it as 0, and a holding
 * rule pins the cell (the balance, the column sum: a 〇 hiding another digit would break them) —
 * said so; otherwise unsure, as any look-alike letter (as table 3 does, table3.ts markOcr).
 */
function chineseZeros(placed: Reading, t: Table, template: TemplateId, readings: Readings): void {
  const confirmed = confirmation(t, template);
  const arabic = placed.some((p) => p.row.values.some((v, i) => v > 0 && !p.row.chineseZeros?.includes(i)));
  for (const p of placed) {
    if (!p.row.chineseZeros?.length || t[p.id] === null) continue;
    const addsUp = sumRule(p.row.values);
    for (const i of p.row.chineseZeros) {
      const col = TABLE2_COLUMNS[i];
      if (!col) continue;
      const proven = arabic && addsUp && confirmed(p.id, col);
      mark(readings, cellKey("table2", p.id, col), proven ? { read: "derived", reason: chineseZeroReason("同表其他单元格为阿拉伯数字，且该行之和与该栏的勾稽关系成立") } : { read: "unsure", reason: ocrReason("〇", 0) });
    }
  }
}

/** A placed row's cells read by a rule rather than as printed: glued digits split, a stray cell dropped. */
function markPlaced(readings: Readings, p: Placed): void {
  if (p.row.note === JOINED_CELL) markRow(readings, "table2", p.id, TABLE2_COLUMNS, { read: "realigned", reason: "一个数字中间印有空格，合并后满足行内之和" });
  if (p.row.note === STRAY_CELL) markRow(readings, "table2", p.id, TABLE2_COLUMNS, { read: "realigned", reason: "去掉了行内多余的一个数值，其余数值满足行内之和" });
  if (p.row.note?.startsWith("split glued digits")) markRow(readings, "table2", p.id, TABLE2_COLUMNS, { read: "realigned", reason: "粘连的数字按行、列之和拆分" });
  for (const i of p.row.alignedBlanks ?? []) {
    const col = TABLE2_COLUMNS[i];
    if (col) mark(readings, cellKey("table2", p.id, col), { read: "derived", reason: PRINTED_BLANK });
  }
  for (const [i, why] of Object.entries(p.row.doubts ?? {})) {
    const col = TABLE2_COLUMNS[Number(i)];
    if (col) mark(readings, cellKey("table2", p.id, col), { read: "unsure", reason: why });
  }
}

/**
 * pdftotext -layout text whose empty cells are blank: a row prints fewer than seven numbers, each
 * under its column. The columns are taken from the table's full rows (seven numbers adding up) of
 * the same page — never from the header, whose words pdftotext places apart from the numbers. A
 * short row is completed with blank cells (read as 0, said so) only when every number stands under
 * exactly one full row's number (one character of slack), the last under the total, in order, the
 * row adds up, and the full rows above and below on that page agree. Anything else is left as printed.
 */
function alignedBlanks(text: string, toks: Tok[]): Tok[] {
  const lines = new Map<number, { at: number; nums: NumTok[] }>();
  toks.forEach((t, i) => {
    if (t.t !== "num") return;
    const l = lines.get(t.line) ?? { at: i, nums: [] };
    l.nums.push(t);
    lines.set(t.line, l);
  });
  const col = (n: NumTok) => n.start - (text.lastIndexOf("\n", n.start - 1) + 1);
  const spaced = [...lines.values()].filter((l) => !l.nums.some((n) => n.blank) && !text.slice(l.nums[0]?.start ?? 0, l.nums[l.nums.length - 1]?.end ?? 0).includes("\t"));
  const full = spaced.filter((l) => l.nums.length === WIDTH && sumRule(l.nums.map((n) => n.value)));
  if (!full.length) return toks;
  const apart = (a: NumTok, b: NumTok) => /[\f]|法人或其他组织|申请人情况|自然/.test(text.slice(Math.min(a.start, b.start), Math.max(a.end, b.end)));
  const place = (nums: NumTok[], anchor: NumTok[]): number[] | null => {
    const at: number[] = [];
    for (const n of nums) {
      const s = col(n);
      const e = s + (n.end - n.start);
      const under = anchor.flatMap((a, k) => (s < col(a) + (a.end - a.start) + 1 && e > col(a) - 1 ? [k] : []));
      const k = under[0];
      if (under.length !== 1 || k === undefined || (at.length && k <= (at[at.length - 1] as number))) return null;
      at.push(k);
    }
    return at[at.length - 1] === WIDTH - 1 ? at : null;
  };
  const replace = new Map<number, { count: number; nums: NumTok[] }>();
  for (const l of spaced) {
    // (the line's numbers one run of tokens: they are replaced in place)
    if (l.nums.length < 2 || l.nums.length >= WIDTH || toks[l.at + l.nums.length - 1] !== l.nums[l.nums.length - 1]) continue;
    const first = l.nums[0] as NumTok;
    const same = full.filter((f) => !apart(first, f.nums[0] as NumTok));
    const above = same.filter((f) => (f.nums[0] as NumTok).start < first.start).at(-1);
    const below = same.find((f) => (f.nums[0] as NumTok).start > first.start);
    const ways = [above, below].filter((f) => f !== undefined).map((f) => place(l.nums, f.nums));
    const way = ways[0];
    if (!way || ways.some((w) => !w || w.join() !== way.join())) continue;
    const row: NumTok[] = [];
    let prev = first;
    for (let k = 0; k < WIDTH; k++) {
      const i = way.indexOf(k);
      const n: NumTok = i >= 0 ? (l.nums[i] as NumTok) : { t: "num", value: 0, raw: "0", unit: "", start: prev.end, end: prev.end, line: prev.line, group: prev.group, blank: true, aligned: true };
      row.push(n);
      prev = n;
    }
    if (!sumRule(row.map((n) => n.value))) continue;
    replace.set(l.at, { count: l.nums.length, nums: row });
  }
  if (!replace.size) return toks;
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const r = replace.get(i);
    if (!r) {
      out.push(toks[i] as Tok);
      continue;
    }
    out.push(...r.nums);
    i += r.count - 1;
  }
  return out;
}

/** Why the applicant cells of a row read by totalsOnly are not read. */
export const UNPLACED_CELLS = "该行有的栏印为空白，这种排版中各数值属于哪一栏无法确定（只有总计一栏可以确定），未读取";

/**
 * Space-aligned text whose empty cells are blank, where alignedBlanks found no columns to place a
 * short row's numbers by (no full row on the page, or not one way): which applicant column each
 * number is in is not known, but the row's total is — it is the last number of a line whose
 * numbers add up to it (a total left blank would make every cell 0, and nothing would be
 * printed). Such a line is a row with only its total read; its other cells are null and unsure,
 * never guessed. Lines with fewer than two numbers, cell marks (tabs, pipes), a blank cell read,
 * or numbers that do not add up are left as they are.
 */
function totalsOnly(text: string, all: NumTok[], nums: NumTok[]): { rows: ValueRow[]; rest: NumTok[] } {
  const rows: ValueRow[] = [];
  const rest: NumTok[] = [];
  const lines = new Map<number, NumTok[]>();
  for (const n of nums) lines.set(n.line, [...(lines.get(n.line) ?? []), n]);
  for (const [line, own] of lines) {
    const first = own[0] as NumTok;
    const last = own[own.length - 1] as NumTok;
    const whole = all.filter((n) => n.line === line).length === own.length;
    const values = own.map((n) => n.value);
    if (!whole || own.length < 2 || own.length >= WIDTH || own.some((n) => n.blank || n.ocr) || /[\t|]/.test(text.slice(first.start, last.end)) || !sumRule(values)) {
      rest.push(...own);
      continue;
    }
    const doubts = Object.fromEntries(TABLE2_COLUMNS.slice(0, -1).map((_, i) => [i, UNPLACED_CELLS]));
    rows.push({ values: [...TABLE2_COLUMNS.slice(0, -1).map(() => NaN), last.value], start: first.start, end: last.end, doubts });
  }
  return { rows, rest };
}

/** Combinations of glued-row splits tried in full; beyond this, one row at a time. */
const MAX_COMBINATIONS = 512;

/**
 * Glued rows that split more than one way by the row sum (crawler text, “181004023”): the column
 * sums and the balance choose. When several choices satisfy the rules equally, the cells they
 * disagree on are not known and become null — a guess would be a wrong figure.
 */
function chooseSplits(placed: Reading, template: TemplateId, warnings: string[]): Reading {
  const open = placed.map((p, i) => ({ i, options: [p.row.values, ...(p.row.alternatives ?? [])] })).filter((o) => o.options.length > 1);
  if (!open.length) return placed;
  const withChoice = (choice: number[]): Reading =>
    placed.map((p, i) => {
      const k = open.findIndex((o) => o.i === i);
      return k < 0 ? p : { ...p, row: { ...p.row, values: open[k]?.options[choice[k] ?? 0] ?? p.row.values, alternatives: [] } };
    });
  const score = (choice: number[]) => {
    const [broken, missing] = table2Score(toTable(withChoice(choice), template), template);
    return broken * 1000 + missing;
  };
  let best: number[][] = [];
  let bestScore = Infinity;
  const total = open.reduce((a, o) => a * o.options.length, 1);
  if (total <= MAX_COMBINATIONS) {
    for (let n = 0; n < total; n++) {
      let rest = n;
      const choice = open.map((o) => {
        const c = rest % o.options.length;
        rest = Math.floor(rest / o.options.length);
        return c;
      });
      const s = score(choice);
      if (s < bestScore) [best, bestScore] = [[choice], s];
      else if (s === bestScore) best.push(choice);
    }
  } else {
    // Too many combinations to try them all: improve one row at a time, then keep every option of
    // each row that scores as well with the others fixed, so that a tie is seen, not settled.
    const choice = open.map(() => 0);
    for (let pass = 0; pass < 2; pass++) {
      open.forEach((o, k) => {
        let keep = choice[k] ?? 0;
        let keepScore = score(choice);
        for (let c = 0; c < o.options.length; c++) {
          choice[k] = c;
          const s = score(choice);
          if (s < keepScore) [keep, keepScore] = [c, s];
        }
        choice[k] = keep;
      });
    }
    bestScore = score(choice);
    best = [choice];
    open.forEach((o, k) => {
      for (let c = 0; c < o.options.length; c++) {
        if (c === choice[k]) continue;
        const other = choice.slice();
        other[k] = c;
        if (score(other) === bestScore) best.push(other);
      }
    });
  }
  const chosen = withChoice(best[0] ?? []);
  open.forEach((o, k) => {
    const p = chosen[o.i];
    if (!p) return;
    const candidates = best.map((c) => o.options[c[k] ?? 0] ?? []);
    const doubts: Record<number, string> = {};
    const values = p.row.values.map((v, col) => {
      if (candidates.every((c) => c[col] === v)) return v;
      const seen = [...new Set(candidates.map((c) => c[col]))].join(" 或 ");
      doubts[col] = `粘连的数字有多种拆法均满足勾稽关系（可读作 ${seen}）`;
      return NaN;
    });
    if (values.some((v) => Number.isNaN(v))) warnings.push(`表二 ${rowLabel(p.id)}：粘连的数字有多种拆法均满足勾稽关系，无法确定的单元格未读取`);
    const note = p.row.note === JOINED_CELL ? JOINED_CELL : "split glued digits by the row and column sums";
    chosen[o.i] = { ...p, row: { ...p.row, values, doubts: { ...p.row.doubts, ...doubts }, note } };
  });
  return chosen;
}

/** The template rows this text prints, in order. A 2021 report may print （六）其他处理 as one row. */
function rowVariant(entries: Entry[], template: TemplateId): string[] {
  const all = entries.map((e) => e.label?.text ?? "").join("|");
  const norm = toHalfWidth(all);
  const rows = table2Rows(template).map((r) => r.id);
  if (template === "2021") {
    const subs = table2Rows(template).filter((r) => r.group === "other" && r.keys.some((k) => norm.includes(k)));
    if (subs.length === 0 && !/[3三][.、]其他(?!处理)/.test(norm) && TABLE2_GROUPS.other.keys.some((k) => norm.includes(k))) {
      return rows.flatMap((id) => (id === "other.no_correction" ? ["other"] : id.startsWith("other.") ? [] : [id]));
    }
  }
  return rows;
}

/** Other names a list sentence gives table 2's columns (“其他组织3件”, “合计47件”). */
const LIST_NAMES: Partial<Record<(typeof TABLE2_COLUMNS)[number], string[]>> = { public_interest: ["公益组织"], other_org: ["其他组织"], total: ["合计"] };
const LIST_COLUMNS: ListColumn[] = TABLE2_COLUMNS.map((id) => ({ id, names: [TABLE2_COLUMN_LABELS[id], ...(LIST_NAMES[id] ?? [])] }));

/**
 * Table 2 written as text lists (layouts/listed.ts: “（一）予以公开：自然人13件，商业企业2件，…总计16件。”):
 * each sentence's row by its label, as for any table 2 (identify), its values by their column names.
 */
export function table2Lists(template: TemplateId): ListSpec {
  let prev: string | null = null;
  return {
    row(label) {
      const id = identify(label, template, prev);
      if (id && !(id in TABLE2_GROUPS)) prev = id;
      return id;
    },
    columns: () => LIST_COLUMNS,
    minCells: 4,
  };
}

/** Which row a label names: the last row key in it (a label may carry its group heading before it). */
/** Each template's row keys in half-width form, made once. */
const HALF_KEYS = new Map<TemplateId, { id: string; keys: string[] }[]>();
function halfKeys(template: TemplateId): { id: string; keys: string[] }[] {
  let keys = HALF_KEYS.get(template);
  if (!keys) HALF_KEYS.set(template, (keys = table2Rows(template).map((r) => ({ id: r.id, keys: r.keys.map(toHalfWidth) }))));
  return keys;
}

export function identify(label: string, template: TemplateId, prev: string | null): string | null {
  const t = toHalfWidth(label);
  let best: { id: string; at: number } | null = null;
  for (const r of halfKeys(template)) {
    for (const k of r.keys) {
      const at = t.lastIndexOf(k);
      if (at >= 0 && (!best || at > best.at)) best = { id: r.id, at };
    }
  }
  // “3.其他”, named by its number alone (“其他” is in other labels), after a row of its group: a row
  // of （六）其他处理 printed blank before it leaves its label in the same label (“2.申请人逾期… 3.其他 2 3 5”).
  const third = template === "2021" ? Math.max(-1, ...[...t.matchAll(/[3三][.、]其他(?!处理)/g)].map((m) => m.index)) : -1;
  if (third >= 0 && (!best || third > best.at) && (best?.id.startsWith("other.") || prev?.startsWith("other."))) best = { id: "other.other", at: third };
  // A group heading printed after the last row label (“5.要求行政机关确认… （六）其他处理”: a row
  // printed with every cell empty, then the next row) is the label the numbers follow.
  // The heading of the row's own group after it is not that: in space-aligned text a heading
  // spanning its rows is broken over their lines (“（六）其 2.申请人逾期…缴纳费 ⏎ 他处理 用、…”), its
  // pieces among its own rows' labels — a group is printed before its rows, never as a row after one.
  const own = best ? table2Rows(template).find((r) => r.id === best?.id)?.group : undefined;
  const groupAt = Math.max(...Object.entries(TABLE2_GROUPS).flatMap(([g, def]) => (g === own ? [] : def.keys.map((k) => t.lastIndexOf(k)))));
  if (best && best.at >= groupAt) return best.id;
  if (/(^|[3三][.、])其他$/.test(t) && prev?.startsWith("other.")) return "other.other";
  for (const g of Object.keys(TABLE2_GROUPS) as Table2Group[]) {
    const at = Math.max(...TABLE2_GROUPS[g].keys.map((k) => t.lastIndexOf(k)));
    if (at < 0 || (best && at < best.at)) continue;
    if (template === "2019" && g === "other") return "other";
    // “（三）不予公开 1.属于国…” with the row's own words misspelt: the group heading and its first row.
    if (/1[.、]\S/.test(t.slice(at))) return table2Rows(template).find((r) => r.group === g)?.id ?? g;
    return g;
  }
  if (/^(\(七\))?总计$/.test(t) && prev && prev !== "new" && prev !== "carried_in") return "results_total";
  return null;
}

/**
 * `blankText`: also place the rows printed with every cell blank in space-aligned text, which
 * leaves no mark of their cells, only their labels (blankRowsNamed); they are read as 0s marked
 * printedBlank, for the sums to confirm (blanksConfirmed).
 */
function readByLabel(entries: Entry[], rows: { row: ValueRow; entry: number }[], variant: string[], template: TemplateId, blankText?: string): Reading {
  const placed: Reading = [];
  let prev: string | null = null;
  // Rows grouped by entry once: filtering all rows per entry made 150 000 rows take minutes.
  const byEntry = new Map<number, { row: ValueRow; entry: number }[]>();
  for (const r of rows) {
    const list = byEntry.get(r.entry);
    if (list) list.push(r);
    else byEntry.set(r.entry, [r]);
  }
  entries.forEach((e, i) => {
    const mine = byEntry.get(i) ?? [];
    if (!mine.length) {
      // A label without values still moves the position (e.g. a group heading).
      const id = e.label ? identify(e.label.text, template, prev) : null;
      if (blankText !== undefined && e.label && !e.nums.length && prev !== null) {
        const blank = blankRowsNamed(blankText, e.label, rowsAfter(prev, variant), null, template);
        placed.push(...blank);
        if (blank.length) prev = (blank[blank.length - 1] as Placed).id;
      }
      if (id && !(id in TABLE2_GROUPS)) prev = id;
      return;
    }
    let id = e.label ? identify(e.label.text, template, prev) : null;
    const named = id !== null;
    if (blankText !== undefined && e.label && id !== null) {
      const between = rowsAfter(prev, variant);
      const upTo = between.findIndex((v) => v === id || v.startsWith(`${id}.`));
      if (upTo > 0) placed.push(...blankRowsNamed(blankText, e.label, between.slice(0, upTo), id, template));
    }
    mine.forEach((r, k) => {
      if (k > 0 || id === null) id = nextRow(id ?? prev, variant);
      if (id) {
        placed.push({ id, row: r.row, ...(k === 0 && e.label ? { labelStart: e.label.start, labelEnd: e.label.end } : {}), ...(k === 0 && named ? { named } : {}) });
        prev = id;
      }
    });
  });
  return placed;
}

/** The template rows after `prev` in the order this text prints them (all of them before the first row). */
function rowsAfter(prev: string | null, variant: string[]): string[] {
  if (prev === null) return variant;
  const at = prev in TABLE2_GROUPS ? variant.findIndex((v) => v.startsWith(`${prev}.`)) : variant.indexOf(prev) + 1;
  return at > 0 || (at === 0 && prev in TABLE2_GROUPS) ? variant.slice(at) : [];
}

/** The key phrases that name a row on a line of its own (“3.其他” only with its number: “其他” is in other labels). */
function namesRow(line: string, id: string): boolean {
  if (id === "other.other") return /[3三][.、]其他(?!处理)/.test(line);
  return rowKeys(id).map(squash).some((k) => k && line.includes(k));
}

/**
 * Rows printed with every cell blank in space-aligned text (pdftotext -layout): nothing marks
 * their empty cells, only their labels, each on a line of its own with no number, before the label
 * of the row the next numbers follow. `ids` are the rows between the last row placed and that row
 * (`next`; null: no numbers follow, the table ends): each must be named, in order, on a line of
 * its own of this label that holds no number — a row's numbers stand within its own label's lines,
 * so numbers printed after the next row's label are never this row's. Any row not so named, and
 * the run is not read (null). Text with cell marks (tabs, pipes) shows its empty cells instead.
 */
function blankRowsNamed(text: string, label: { start: number; end: number }, ids: string[], next: string | null, template: TemplateId): Placed[] {
  const lines = splitLines(text, label.start, label.end).map((l) => ({ ...l, sq: squash(l.text) }));
  if (lines.some((l) => /[\t|]/.test(l.text))) return [];
  const out: Placed[] = [];
  let li = 0;
  for (const id of ids) {
    while (li < lines.length && !namesRow((lines[li] as { sq: string }).sq, id)) li++;
    const line = lines[li];
    if (!line) break;
    // a line naming two rows, or holding a number (list marks “4.” aside), is not a blank row of its own
    if ([...ids, ...(next ? [next] : [])].some((o) => o !== id && namesRow(line.sq, o)) || /\d/.test(toHalfWidth(line.text).replace(/\d{1,2}\s*[.、]/g, ""))) return [];
    const at = line.start + (line.text.length - line.text.trimStart().length);
    out.push({ id, row: { values: TABLE2_COLUMNS.map(() => 0), start: at, end: line.end, printedBlank: true }, labelStart: at, labelEnd: line.end, named: true });
    li++;
  }
  if (next === null) return out;
  if (out.length !== ids.length) return [];
  // the row the numbers follow is named after the blank rows, not on their lines
  const rest = lines.slice(li).map((l) => l.sq).join("");
  return identify(rest, template, out[out.length - 1]?.id ?? null) === next ? out : [];
}

/** The first reading of each row id (a repeated label is more likely a header echo). */
function firstOfEach(placed: Reading): Reading {
  const seen = new Set<string>();
  return placed.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}

/** A row printed twice with different values (a duplicated or misplaced line): which one is right is not known. */
function markRepeatedRows(all: Reading, t: Table, readings: Readings): void {
  const byId = new Map<string, string[]>();
  for (const p of all) byId.set(p.id, [...(byId.get(p.id) ?? []), p.row.values.join(" ")]);
  for (const [id, seen] of byId) {
    if (new Set(seen).size < 2 || !t[id]) continue;
    markRow(readings, "table2", id, TABLE2_COLUMNS, { read: "unsure", reason: `这一行在表中出现 ${seen.length} 次且数值不同（${[...new Set(seen)].join(" / ")}），无法确定哪一行是对的` });
  }
}

/**
 * A row missing between rows that are there: the values around it may sit one row off their
 * labels (ganzhou-2023's pattern), and with a row missing the column sums cannot prove where
 * they belong. Its group's rows are unsure unless the group's printed total equals the sum of
 * the rows present in every column (then the missing row is 0 and the rest add up).
 */
function markGaps(t: Table, variant: string[], template: TemplateId, readings: Readings): void {
  const present = variant.map((id) => !!t[id]);
  const first = present.indexOf(true);
  const last = present.lastIndexOf(true);
  variant.forEach((id, i) => {
    if (present[i] || i < first || i > last) return;
    const group = id.includes(".") ? (id.split(".")[0] as Table2Group) : null;
    const label = table2Rows(template).find((r) => r.id === id)?.label ?? id;
    if (!group) {
      const prev = variant.slice(0, i).reverse().find((v) => t[v]);
      if (prev) markRow(readings, "table2", prev, TABLE2_COLUMNS, { read: "unsure", reason: `下一行“${label}”未读到，这一行的数值可能属于它` });
      return;
    }
    const leaves = variant.filter((v) => v.startsWith(`${group}.`) && t[v]);
    const printed = t[group];
    const addsUp = printed && TABLE2_COLUMNS.every((c) => leaves.reduce((a, v) => a + (t[v]?.[c] ?? 0), 0) === printed[c]);
    if (addsUp) return;
    const why = `同组的“${label}”一行未读到，其余各行的位置无法由列之和核对`;
    for (const v of [...leaves, ...(printed ? [group] : [])]) markRow(readings, "table2", v, TABLE2_COLUMNS, { read: "unsure", reason: why });
  });
}

function nextRow(id: string | null, variant: string[]): string | null {
  if (id === null) return null;
  if (id in TABLE2_GROUPS) return variant.find((v) => v.startsWith(`${id}.`)) ?? null;
  const i = variant.indexOf(id);
  return i >= 0 ? (variant[i + 1] ?? null) : null;
}

function toTable(placed: Reading, template: TemplateId): Table {
  const t: Table = {};
  for (const r of table2Rows(template)) t[r.id] = null;
  for (const p of placed) {
    if (t[p.id]) continue;
    t[p.id] = Object.fromEntries(TABLE2_COLUMNS.map((c, i) => [c, Number.isNaN(p.row.values[i]) ? null : (p.row.values[i] ?? null)]));
  }
  return t;
}

/**
 * （六）其他处理 printed as one row in a 2021 report: when it is all zeros its three sub-rows are
 * zeros too (counts are never negative); otherwise they stay unknown and the group row is kept.
 */
function deriveMergedOther(t: Table, template: TemplateId, repairs: Repair[], readings: Readings): void {
  const merged = t["other"];
  if (template !== "2021" || !merged) return;
  const subs = table2Rows(template).filter((r) => r.group === "other");
  if (subs.some((r) => t[r.id])) return;
  if (Object.values(merged).every((v) => v === 0)) {
    for (const r of subs) {
      t[r.id] = { ...merged };
      markRow(readings, "table2", r.id, TABLE2_COLUMNS, { read: "derived", reason: "（六）其他处理印为一行且全为 0" });
    }
    repairs.push({ table: "table2", rows: subs.map((r) => r.id), description: "表二：（六）其他处理印为一行且全为 0，其下三项据此记为 0" });
  }
}
