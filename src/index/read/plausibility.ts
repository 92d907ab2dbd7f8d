/**
 * Figures that cannot be what they claim to be. Counts (applications, decisions, cases, items) are
 * non-negative whole numbers of a sane size; a cell that is not — “-88283” 行政强制, “3.5” 件,
 * “99999999999999999999” (which also breaks floating-point sums) — was misread or mistyped, so
 * its value is dropped and the cell marked unsure with the printed value in the reason. Only
 * 本年增/减 (2019 table 1) may be negative and only money (万元) may have decimals.
 */
import { cellKey, mark, type Readings, type TableName } from "../readings.ts";
import type { Table } from "../schema.ts";

/** More than this in one cell is no count any government reports (a billion applications). */
export const MAX_COUNT = 1e9;

const SIGNED = new Set(["change"]);
const MONEY = new Set(["amount_10k_yuan", "amount"]);

/** Why a value cannot stand in this column, or null when it can. */
export function implausible(value: number, column: string): string | null {
  if (!Number.isFinite(value)) return "不是一个数";
  if (Math.abs(value) > MAX_COUNT) return `印出的数值过大（约 ${value.toExponential(1)}），不是合理的数字`;
  if (MONEY.has(column)) return value < 0 ? `金额印为负数（${value}）` : null;
  if (!Number.isInteger(value)) return `件数印为小数（${value}）`;
  if (value < 0 && !SIGNED.has(column)) return `件数印为负数（${value}）`;
  return null;
}

/** Drop every implausible value of a table (in place) and mark its cell unsure. */
export function dropImplausible(table: Table | null, name: TableName, readings: Readings, warnings: string[]): void {
  if (!table) return;
  for (const [rowId, row] of Object.entries(table)) {
    if (!row) continue;
    for (const [col, v] of Object.entries(row)) {
      if (v === null) continue;
      const why = implausible(v, col);
      if (!why) continue;
      row[col] = null;
      mark(readings, cellKey(name, rowId, col), { read: "unsure", reason: `${why}，未采用` });
      warnings.push(`${TABLE_NAMES[name]} ${rowId}：${why}，未采用`);
    }
  }
}

const TABLE_NAMES: Record<TableName, string> = { table1: "表一", table2: "表二", table3: "表三" };
