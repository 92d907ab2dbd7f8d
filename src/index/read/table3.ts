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
const groupsRule: RowRule = (v) => v.length === WIDTH && completeGroupsAddUp(v);
groupsRule.partial = (parts) => completeGroupsAddUp(parts);

function completeGroupsAddUp(v: number[]): boolean {
  for (let g = 0; g + 5 <= v.length; g += 5) if (v[g]! + v[g + 1]! + v[g + 2]! + v[g + 3]! !== v[g + 4]) return false;
  return true;
}

export function readTable3(toks: Tok[]): { table: Table | null; span?: Span; warnings: string[] } {
  const nums = toks.filter((t): t is NumTok => t.t === "num");
  if (!nums.length) return { table: null, warnings: [] };
  let row: { values: number[]; start: number; end: number } | null = null;
  const warnings: string[] = [];
  if (nums.length >= WIDTH) {
    // Prefer a run of fifteen that adds up; else the first fifteen as printed.
    for (let i = 0; i + WIDTH <= nums.length && !row; i++) {
      const w = nums.slice(i, i + WIDTH);
      if (groupsRule(w.map((n) => n.value))) row = span(w);
    }
    row ??= span(nums.slice(0, WIDTH));
  } else {
    // Table 3 has no rule across rows: where the ways a glued row splits disagree, the cell is unknown.
    const glued = splitGlued(nums, WIDTH, groupsRule);
    const others = glued?.alternatives ?? [];
    if (glued && others.length) {
      glued.values = glued.values.map((v, i) => (others.every((o) => o[i] === v) ? v : NaN));
      warnings.push("表三：粘连的数字有多种拆法，无法确定的单元格未读取");
    }
    row = glued;
  }
  if (!row) {
    return { table: null, warnings: [`表三：只读到 ${nums.length} 个数值（应为 15 个），未采用`] };
  }
  const values = row.values;
  const table: Table = Object.fromEntries(
    TABLE3_GROUPS.map((g, gi) => [g, Object.fromEntries(TABLE3_COLUMNS.map((c, ci) => [c, cell(values[gi * 5 + ci])]))]),
  );
  if (nums.length > WIDTH) warnings.push(`表三：区域内有 ${nums.length} 个数值，取其中 15 个`);
  return { table, span: { start: row.start, end: row.end }, warnings };
}

function cell(v: number | undefined): number | null {
  return v === undefined || Number.isNaN(v) ? null : v;
}

function span(w: NumTok[]): { values: number[]; start: number; end: number } {
  return { values: w.map((n) => n.value), start: w[0]?.start ?? 0, end: w[w.length - 1]?.end ?? 0 };
}
