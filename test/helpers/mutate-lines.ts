/**
 * One table line duplicated, removed, or swapped with the next — what a careless copy, a PDF
 * converter or a crawler does to a report — and the figures that changed without a word.
 * A figure may change only visibly: marked unsure, not read at all, or with a consistency check
 * that breaks on its row or column where it held before.
 */
import { parseReport } from "../../src/index/read/report.ts";
import type { Check, Report } from "../../src/index/schema.ts";
import { rng } from "./figures.ts";

export type LineMutation = "duplicate" | "remove" | "swap";

export interface Mutant {
  kind: LineMutation;
  /** 0-based line index in the report text. */
  line: number;
  text: string;
}

/** Lines of the three tables (from section 二 to section 五) that hold a digit. */
export function tableLines(text: string): number[] {
  const lines = text.split("\n");
  const from = lines.findIndex((l) => /^\s*[#*\s]*二\s*[、.．]/.test(l) || /第二十条/.test(l));
  let to = lines.findIndex((l, i) => i > from && /^\s*[#*\s]*五\s*[、.．]/.test(l));
  if (to < 0) to = lines.length;
  const out: number[] = [];
  for (let i = Math.max(0, from); i < to; i++) if (/\d/.test(lines[i] ?? "") && (lines[i]?.length ?? 0) < 400) out.push(i);
  return out;
}

export function mutate(text: string, kind: LineMutation, line: number): string {
  const lines = text.split("\n");
  if (kind === "duplicate") lines.splice(line, 0, lines[line] ?? "");
  else if (kind === "remove") lines.splice(line, 1);
  else {
    // Swap a whole row (label and numbers) with the next whole row. Two lines of bare numbers
    // exchanged change what the report prints, not how it is read, so they are not swapped.
    const row = (l: string | undefined) => /[\u4e00-\u9fff）)].*\d/.test(l ?? "");
    if (!row(lines[line])) return text;
    let j = line + 1;
    while (j < lines.length && !lines[j]?.trim()) j++;
    if (j >= lines.length || !row(lines[j])) return text;
    [lines[line], lines[j]] = [lines[j] ?? "", lines[line] ?? ""];
  }
  return lines.join("\n");
}

/** `count` mutants of a report, seeded. */
export function mutants(text: string, count: number, seed: number): Mutant[] {
  const r = rng(seed);
  const lines = tableLines(text);
  const kinds: LineMutation[] = ["duplicate", "remove", "swap"];
  const out: Mutant[] = [];
  for (let i = 0; i < count && lines.length; i++) {
    const kind = kinds[Math.floor(r() * kinds.length)] as LineMutation;
    const line = lines[Math.floor(r() * lines.length)] as number;
    out.push({ kind, line, text: mutate(text, kind, line) });
  }
  return out;
}

export interface SilentChange {
  key: string;
  truth: number;
  read: number;
}

const cells = (r: Report): [string, number | null][] =>
  (["table1", "table2", "table3"] as const).flatMap((t) =>
    Object.entries(r[t] ?? {}).flatMap(([row, v]) => (v ? Object.entries(v).map(([c, x]) => [`${t}.${row}.${c}`, x] as [string, number | null]) : [])),
  );

function touches(c: Check, table: string, row: string, col: string): boolean {
  if (c.table !== table) return false;
  if (c.rule === "text_vs_table") return c.row === row;
  if (table === "table3") return c.row === row;
  return c.row === row || c.column === col || (c.rule === "balance" && c.column === col) || (c.rule === "column_sum" && c.column === col);
}

/** Figures of `mutant` that differ from `truth` with nothing said: not unsure, and no new broken check on their row or column. */
export function silentChanges(truth: Report, mutant: Report): SilentChange[] {
  const want = new Map(cells(truth));
  const brokenBefore = new Set(truth.checks.filter((c) => !c.holds).map((c) => c.message));
  const newlyBroken = mutant.checks.filter((c) => !c.holds && !brokenBefore.has(c.message));
  const out: SilentChange[] = [];
  for (const [key, v] of cells(mutant)) {
    const w = want.get(key);
    if (v === null || w === undefined || w === null || v === w) continue;
    if (mutant.readings[key]?.read === "unsure") continue;
    const [table = "", ...rest] = key.split(".");
    const col = rest.pop() ?? "";
    const row = rest.join(".");
    if (newlyBroken.some((c) => touches(c, table, row, col))) continue;
    out.push({ key, truth: w, read: v });
  }
  return out;
}

/** Parse a mutant; a mutant that is no longer a report at all (refused) changes nothing silently. */
export function parseMutant(text: string, file: string): Report | null {
  try {
    return parseReport(text, file);
  } catch {
    return null;
  }
}
