/**
 * A sample report's own layout with another report's figures: every table value of the sample
 * is replaced, in place, by the corresponding figure of `to`. This is how an unseen report from
 * the same extraction tool looks — the same quirks, different numbers (and different digit widths).
 *
 * The mapping from printed numbers to template cells is only trusted when the sample's own
 * numbers, in the order printed, are exactly its hand-read figures in template order; otherwise
 * (column-by-column PDF text, an extra cell) the table is left as it is and reported in `skipped`.
 */
import { tokenize, type NumTok } from "../../src/index/layouts/tokens.ts";
import { findSections } from "../../src/index/read/sections.ts";
import { TABLE2_COLUMNS, TABLE3_COLUMNS, TABLE3_GROUPS, table1Items, table2Rows, type TemplateId } from "../../src/index/template.ts";

type Cells = Record<string, number>;
/** A report's tables: hand-read figures, or a Report (whose cells may be null). */
export interface TableFigures {
  template: TemplateId;
  table1: Record<string, Record<string, number | null> | null>;
  table2: Record<string, Record<string, number | null> | null>;
  table3: Record<string, Record<string, number | null> | null> | null;
}

/** The cells a report prints, in template order, as [row, column] paths into its table. */
function cells(f: TableFigures, table: 1 | 2 | 3): [string, string][] | null {
  if (table === 1) return table1Items(f.template).flatMap((i) => (f.table1[i.id] ? i.columns.map((c): [string, string] => [i.id, c.id]) : []));
  if (table === 2) return table2Rows(f.template).flatMap((r) => (f.table2[r.id] ? TABLE2_COLUMNS.map((c): [string, string] => [r.id, c]) : []));
  return f.table3 ? TABLE3_GROUPS.flatMap((g) => TABLE3_COLUMNS.map((c): [string, string] => [g, c])) : null;
}

function value(f: TableFigures, table: 1 | 2 | 3, [row, col]: [string, string]): number {
  const t = table === 1 ? f.table1 : table === 2 ? f.table2 : f.table3;
  return t?.[row]?.[col] ?? NaN;
}

export interface Renumbered {
  text: string;
  /** The figures the new text prints: `to`, restricted to the cells the sample prints. */
  figures: { table1: Record<string, Cells>; table2: Record<string, Cells>; table3: Record<string, Cells> };
  replaced: number[];
  skipped: number[];
}

export function renumber(text: string, from: TableFigures, to: TableFigures): Renumbered {
  const figures: Renumbered["figures"] = { table1: {}, table2: {}, table3: {} };
  const s = findSections(text);
  const at = (no: number) => s.find((x) => x.no === no)?.start;
  // Tables 1 and 2 are one region when the heading between them is missing (leping-2023).
  const bounds: [(1 | 2 | 3)[], number | undefined, number | undefined][] = at(3)
    ? [
        [[1], at(2), at(3)],
        [[2], at(3), at(4)],
      ]
    : [[[1, 2], at(2), at(4)]];
  bounds.push([[3], at(4), at(5) ?? at(6) ?? text.length]);
  const edits: { start: number; end: number; text: string }[] = [];
  const replaced: number[] = [];
  const skipped: number[] = [];
  for (const [tables, a, b] of bounds) {
    const nums = a !== undefined && b !== undefined ? tokenize(text, a, b).filter((t): t is NumTok => t.t === "num" && !t.blank) : [];
    const paths = tables.map((t) => cells(from, t)?.map((p) => [t, p] as const) ?? null);
    const all = paths.every((p) => p !== null) ? paths.flatMap((p) => p ?? []) : null;
    const was = all?.map(([t, p]) => value(from, t, p)) ?? null;
    const now = all?.map(([t, p]) => value(to, t, p)) ?? null;
    if (was && !was.length && !nums.length) continue; // nothing printed, nothing to replace
    if (!was || !now || nums.length !== was.length || nums.some((n, i) => n.value !== was[i]) || now.some((v) => Number.isNaN(v))) {
      skipped.push(...tables);
      continue;
    }
    nums.forEach((n, i) => edits.push({ start: n.start, end: n.start + n.raw.length + (text.slice(n.start, n.end).match(/,/g)?.length ?? 0), text: String(now[i]) }));
    for (const [k, [t, [row, col]]] of (all ?? []).entries()) ((figures[`table${t}`][row] ??= {})[col] = now[k] as number);
    replaced.push(...tables);
  }
  let out = text;
  for (const e of edits.sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, figures, replaced, skipped };
}
