/**
 * The consistency rules (勾稽关系) of the template. They never throw: each rule gives a Check that
 * holds or breaks; a rule whose inputs are missing is not reported. Used twice: to choose between
 * readings of a messy table, and to tell users where a report's own numbers disagree.
 */
import type { Check, Row, Table } from "./schema.ts";
import {
  TABLE2_COLUMN_LABELS,
  TABLE2_COLUMNS,
  TABLE2_GROUPS,
  TABLE3_COLUMNS,
  TABLE3_GROUPS,
  TABLE3_GROUP_LABELS,
  table2RowDef,
  table2Rows,
  type Table2Group,
  type TemplateId,
} from "./template.ts";

/** The tables as users name them. */
export const TABLE_NAMES: Record<string, string> = { table1: "表一", table2: "表二", table3: "表三" };

/** One check as a line for users (/check, a question about the report's consistency): ✅/❌, the table, the rule, both numbers. */
export function checkLine(c: Check): string {
  let text = `${c.holds ? "✅" : "❌"} ${TABLE_NAMES[c.table] ?? c.table} · ${c.message}`;
  // The reader's messages usually state both numbers; add them when they don't.
  if (!c.holds && c.printed !== undefined && c.expected !== undefined && !(c.message.includes(String(c.printed)) && c.message.includes(String(c.expected)))) {
    text += `（报告所印 ${c.printed}，按规则应为 ${c.expected}）`;
  }
  return text;
}

/**
 * The tables (or table-2 rows) not read, whose numbers therefore no rule checked — said before any
 * “all rules hold”, so that a clean result is never taken for the whole report's. Null: all read.
 */
export function uncheckedTables(r: { table1: Table; table2: Table; table3: Table | null; template: TemplateId }): string | null {
  const empty = (t: Table | null) => !t || Object.values(t).every((row) => !row || Object.values(row).every((v) => v === null));
  const parts: string[] = [];
  if (empty(r.table1)) parts.push("表一");
  const rows = table2Rows(r.template).filter((x) => !r.table2[x.id]);
  if (empty(r.table2)) parts.push("表二");
  else if (rows.length) parts.push(`表二中 ${rows.length} 行（${rows.slice(0, 3).map((x) => x.label).join("、")}${rows.length > 3 ? " 等" : ""}）`);
  if (empty(r.table3)) parts.push("表三（行政复议、行政诉讼）");
  return parts.length ? `未能读出${parts.join("、")}，其中的数字没有参与核对` : null;
}

/** Warnings of one table shown to users (/check, 有没有对不上, an upload's reply); the rest are counted. */
export const WARNINGS_SHOWN_PER_TABLE = 3;

/**
 * A report's warnings as users read them: the same warning repeated (“表二：1 个数值无法组成完整的一行（0）”
 * for each of 170 lines of a table not read, “表二 2.重复申请：行首空白的单元格按 0 计” for each row) is one
 * line with its count, and at most a few lines per table, the rest counted. Warnings differing only in
 * their numbers, row label or the figures in brackets are the same warning. `check --json` keeps them all.
 */
export function groupedWarnings(warnings: readonly string[], perTable = WARNINGS_SHOWN_PER_TABLE): string[] {
  const shapes = new Map<string, string[]>();
  for (const w of warnings) {
    const shape = w.replace(/^(表[一二三])[^：:]*[：:]/, "$1：").replace(/[（(][^（）()]*[）)]/g, "").replace(/\d+(?:\.\d+)?/g, "#");
    const seen = shapes.get(shape);
    if (seen) seen.push(w);
    else shapes.set(shape, [w]);
  }
  const out: string[] = [];
  const perTableShown = new Map<string, number>();
  const hidden = new Map<string, number>();
  for (const [, ws] of shapes) {
    const first = ws[0] as string;
    const table = /^表[一二三]/.exec(first)?.[0] ?? "";
    const shown = perTableShown.get(table) ?? 0;
    if (table && shown >= perTable) {
      hidden.set(table, (hidden.get(table) ?? 0) + ws.length);
      continue;
    }
    perTableShown.set(table, shown + 1);
    out.push(ws.length > 1 ? `${first}（同类提示共 ${ws.length} 条）` : first);
  }
  for (const [table, n] of hidden) out.push(`${table}：另有 ${n} 条提示未列出`);
  return out;
}

const GROUPS = Object.keys(TABLE2_GROUPS) as Table2Group[];
const SIX = TABLE2_COLUMNS.slice(0, 6);

function val(row: Row | null | undefined, col: string): number | null {
  const v = row?.[col];
  return typeof v === "number" ? v : null;
}

/**
 * Σ of counts, exactly: a term or a result beyond 2⁵³ would make floating point round (10²⁰ + 5
 * “equals” 10²⁰), so such a sum is unknown (null) rather than wrong. Fractions (万元) are summed
 * to the millionth.
 */
export function sum(xs: (number | null)[]): number | null {
  let s = 0;
  let whole = true;
  for (const x of xs) {
    if (x === null || !Number.isFinite(x)) return null;
    if (Number.isInteger(x)) {
      if (!Number.isSafeInteger(x)) return null;
    } else whole = false;
    s += x;
  }
  if (whole) return Number.isSafeInteger(s) ? s : null;
  return Math.round(s * 1e6) / 1e6;
}

export function rowLabel(id: string): string {
  if (id in TABLE2_GROUPS) return TABLE2_GROUPS[id as Table2Group].label;
  return table2RowDef(id)?.label ?? id;
}

/** The value of a group (（三）不予公开 …) in one column: Σ of its rows, or its printed row. */
export function groupValue(t: Table, template: TemplateId, group: Table2Group, col: string): number | null {
  const leaves = table2Rows(template).filter((r) => r.group === group);
  const s = sum(leaves.map((r) => val(t[r.id], col)));
  return s ?? val(t[group], col);
}

export function table2Checks(t: Table, template: TemplateId): Check[] {
  const checks: Check[] = [];
  const ids = [...table2Rows(template).map((r) => r.id), ...GROUPS.filter((g) => t[g])];
  for (const id of ids) {
    const r = t[id];
    if (!r) continue;
    const parts = sum(SIX.map((c) => val(r, c)));
    const total = val(r, "total");
    if (parts === null || total === null) continue;
    checks.push({
      rule: "row_sum",
      table: "table2",
      row: id,
      holds: parts === total,
      printed: total,
      expected: parts,
      message: `${rowLabel(id)}：各类申请人之和 ${parts}，总计印为 ${total}`,
    });
  }
  for (const col of TABLE2_COLUMNS) {
    const name = TABLE2_COLUMN_LABELS[col];
    const [nw, ci, rt, co] = ["new", "carried_in", "results_total", "carried_out"].map((id) => val(t[id], col));
    const [inSum, outSum] = [sum([nw ?? null, ci ?? null]), sum([rt ?? null, co ?? null])];
    if (inSum !== null && outSum !== null) {
      checks.push({
        rule: "balance",
        table: "table2",
        column: col,
        holds: inSum === outSum,
        printed: outSum,
        expected: inSum,
        message: `${name}：新收 ${nw} + 上年结转 ${ci} = ${inSum}，办结总计 ${rt} + 结转下年 ${co} = ${outSum}`,
      });
    }
    const groups = GROUPS.filter((g) => !(template === "2019" && g === "other")).map((g) => groupValue(t, template, g, col));
    const extra = template === "2019" ? [val(t["other"], col)] : [];
    const results = sum([val(t["granted"], col), val(t["partly_granted"], col), ...groups, ...extra]);
    if (rt != null && results !== null) {
      checks.push({
        rule: "column_sum",
        table: "table2",
        column: col,
        row: "results_total",
        holds: results === rt,
        printed: rt,
        expected: results,
        message: `${name}：（七）总计印为 ${rt}，各办理结果之和为 ${results}`,
      });
    }
    for (const g of GROUPS) {
      const printed = val(t[g], col);
      const leaves = sum(table2Rows(template).filter((r) => r.group === g).map((r) => val(t[r.id], col)));
      if (printed === null || leaves === null || (template === "2019" && g === "other")) continue;
      checks.push({
        rule: "group_sum",
        table: "table2",
        row: g,
        column: col,
        holds: printed === leaves,
        printed,
        expected: leaves,
        message: `${name}：${TABLE2_GROUPS[g].label}印为 ${printed}，其下各项之和为 ${leaves}`,
      });
    }
  }
  return checks;
}

export function table3Checks(t: Table | null): Check[] {
  if (!t) return [];
  const checks: Check[] = [];
  for (const g of TABLE3_GROUPS) {
    const r = t[g];
    const parts = sum(TABLE3_COLUMNS.slice(0, 4).map((c) => val(r, c)));
    const total = val(r, "total");
    if (parts === null || total === null) continue;
    checks.push({
      rule: "table3_sum",
      table: "table3",
      row: g,
      holds: parts === total,
      printed: total,
      expected: parts,
      message: `${TABLE3_GROUP_LABELS[g]}：维持、纠正、其他、尚未审结之和 ${parts}，总计印为 ${total}`,
    });
  }
  return checks;
}

/**
 * How badly a reading of table 2 fits the rules (lower is better): broken checks less the
 * checks across rows that hold, then cells it could not read. A row adds up wherever it is
 * placed, but a balance or column sum holds only when the rows are where they belong, so a
 * reading that places every row and is proven by the column sums beats one that places few
 * rows and so leaves most rules unchecked (zhangshu-2020's own table breaks two column sums;
 * read column by column, only the full reading is right).
 */
export function table2Score(t: Table, template: TemplateId): [number, number] {
  const checks = table2Checks(t, template);
  const broken = checks.filter((c) => !c.holds).length - checks.filter((c) => c.holds && c.rule !== "row_sum").length;
  let missing = 0;
  for (const r of table2Rows(template)) {
    const row = t[r.id];
    missing += row ? TABLE2_COLUMNS.filter((c) => val(row, c) === null).length : TABLE2_COLUMNS.length;
  }
  return [broken, missing];
}
