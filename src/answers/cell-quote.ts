/**
 * Where a figure stands inside a quoted table row. A row quoted as printed is often a bare run of
 * numbers (table 3 is fifteen: “23 4 26 4 57 25 1 8 5 39 12 0 2 4 18”); the reader must not have to
 * count. The quote stays verbatim; `Quote.cell` names the row and the column as the template prints
 * them and, when the quote's numbers are exactly the row's cells, the place of the figure in it.
 */

import { maxOf, minOf } from "../index/min-max.ts";

/** Numbers as printed in a table row (“27个”, “30183.96万元”, “1,516”). */
const NUMBER = /\d[\d,，]*(?:\.\d+)?/g;

export interface CellAddress {
  /** The row's label, e.g. “行政诉讼 · 复议后起诉”, “（七）总计”, “规范性文件”. */
  row: string;
  /** The column header, e.g. “总计”, “自然人”, “对外公开总数量”. */
  column: string;
  /** 0-based column index in the row and the row's number of cells, when one column is meant. */
  index?: number;
  width?: number;
  value?: number;
}

/**
 * “行政诉讼 · 复议后起诉 · 总计：这一行第 15 个数，即 18”; several cells (a sum) are joined by
 * “ + ”. The position is given only when the quote's last `width` numbers are the row and the one at
 * `index` is the value: a quote that is not exactly one row (a column block, several rows) gets the
 * labels alone.
 */
export function cellOf(quote: string, cells: readonly CellAddress[]): string {
  const nums = [...quote.matchAll(NUMBER)].map((m) => Number(m[0].replace(/[,，]/g, "")));
  return cells.map((at) => one(nums, at)).join(" + ");
}

function one(nums: number[], at: CellAddress): string {
  const where = `${at.row} · ${at.column}`;
  if (at.index === undefined || at.width === undefined || at.value === undefined) return where;
  if (nums.length < at.width) return where;
  const row = nums.slice(nums.length - at.width);
  if (row[at.index] !== at.value) return where;
  return `${where}：这一行第 ${at.index + 1} 个数，即 ${at.value}`;
}

/**
 * Several cells of one quoted row (a breakdown): per row label, the places and the columns —
 * “行政诉讼 · 复议后起诉：这一行第 11–15 个数（结果维持、结果纠正、其他结果、尚未审结、总计）”.
 * Cells whose place cannot be confirmed are named without one.
 */
export function cellsOf(quote: string, cells: readonly CellAddress[]): string {
  const nums = [...quote.matchAll(NUMBER)].map((m) => Number(m[0].replace(/[,，]/g, "")));
  const byRow = new Map<string, { columns: string[]; places: number[]; unsure: boolean }>();
  for (const at of cells) {
    const e = byRow.get(at.row) ?? { columns: [], places: [], unsure: false };
    e.columns.push(at.column);
    const placed = one(nums, at) !== `${at.row} · ${at.column}`;
    if (placed && at.index !== undefined) e.places.push(at.index + 1);
    else e.unsure = true;
    byRow.set(at.row, e);
  }
  return [...byRow]
    .map(([row, e]) => {
      const lo = minOf(e.places);
      const hi = maxOf(e.places);
      const run = !e.unsure && e.places.length > 0 && hi - lo + 1 === e.places.length;
      const where = run ? `：这一行第 ${lo === hi ? lo : `${lo}–${hi}`} 个数` : "";
      return `${row}${where}（${e.columns.join("、")}）`;
    })
    .join("；");
}
