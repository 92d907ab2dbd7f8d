/**
 * Table 3 (行政复议、行政诉讼): fifteen numbers in one row — review, direct suits, suits after
 * review, five columns each. Headers carry no digits, so the numbers of the region are the row.
 */
import { splitGlued, type RowRule } from "../layouts/rows.ts";
import type { NumTok, Tok } from "../layouts/tokens.ts";
import type { Span, Table } from "../schema.ts";
import { TABLE3_COLUMNS, TABLE3_GROUPS } from "../template.ts";

const WIDTH = TABLE3_GROUPS.length * TABLE3_COLUMNS.length;

/** In each group the first four add up to its 总计. */
const groupsRule: RowRule = (v) =>
  TABLE3_GROUPS.every((_, g) => {
    const five = v.slice(g * 5, g * 5 + 5);
    return five.length === 5 && five[0]! + five[1]! + five[2]! + five[3]! === five[4];
  });

export function readTable3(toks: Tok[]): { table: Table | null; span?: Span; warnings: string[] } {
  const nums = toks.filter((t): t is NumTok => t.t === "num");
  if (!nums.length) return { table: null, warnings: [] };
  let row: { values: number[]; start: number; end: number } | null = null;
  if (nums.length >= WIDTH) {
    // Prefer a run of fifteen that adds up; else the first fifteen as printed.
    for (let i = 0; i + WIDTH <= nums.length && !row; i++) {
      const w = nums.slice(i, i + WIDTH);
      if (groupsRule(w.map((n) => n.value))) row = span(w);
    }
    row ??= span(nums.slice(0, WIDTH));
  } else {
    row = splitGlued(nums, WIDTH, groupsRule);
  }
  if (!row) {
    return { table: null, warnings: [`表三：只读到 ${nums.length} 个数值（应为 15 个），未采用`] };
  }
  const values = row.values;
  const table: Table = Object.fromEntries(
    TABLE3_GROUPS.map((g, gi) => [g, Object.fromEntries(TABLE3_COLUMNS.map((c, ci) => [c, values[gi * 5 + ci] ?? null]))]),
  );
  const warnings = nums.length > WIDTH ? [`表三：区域内有 ${nums.length} 个数值，取其中 15 个`] : [];
  return { table, span: { start: row.start, end: row.end }, warnings };
}

function span(w: NumTok[]): { values: number[]; start: number; end: number } {
  return { values: w.map((n) => n.value), start: w[0]?.start ?? 0, end: w[w.length - 1]?.end ?? 0 };
}
