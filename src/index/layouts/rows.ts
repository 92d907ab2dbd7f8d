/**
 * Token stream → entries (a label and the numbers after it) → value rows of a fixed width.
 * This is where the layouts differ: values one per line, whole rows per line, column by column
 * (a block of k values per applicant column, hongze-2023), or glued digits (“801000081”).
 */
import { ocrReason } from "./ocr-digits.ts";
import type { NumTok, Tok } from "./tokens.ts";

export interface Label {
  /** Label text with whitespace removed (labels arrive broken by spaces and line breaks). */
  text: string;
  start: number;
  end: number;
}

export interface Entry {
  label: Label | null;
  nums: NumTok[];
}

export interface ValueRow {
  values: number[];
  start: number;
  end: number;
  /** How the row was read, when it was not plainly printed (e.g. “split glued digits”). */
  note?: string;
  /** Other ways to read a glued row that pass the row rule too; the table's rules choose. */
  alternatives?: number[][];
  /** Cells (by column index) whose value is in doubt, and why. */
  doubts?: Record<number, string>;
  /** Cells (by column index) printed empty in space-aligned text and placed by column position, read as 0. */
  alignedBlanks?: number[];
  /** Every cell printed empty (a label over empty cells, read as zeros by position): the table's sums must confirm it. */
  printedBlank?: boolean;
  /** Cells (by column index) printed “〇”, the Chinese zero, read as 0: the table's sums must prove each (read/table2.ts), else it is unsure. */
  chineseZeros?: number[];
}

/** Alternate label text and number runs. */
export function toEntries(toks: Tok[]): Entry[] {
  const entries: Entry[] = [];
  let label: Label | null = null;
  let nums: NumTok[] = [];
  const flush = () => {
    if (label || nums.length) entries.push({ label, nums });
    label = null;
    nums = [];
  };
  for (const t of toks) {
    if (t.t === "text") {
      if (nums.length) flush();
      const s = t.s.replace(/\s+/g, "");
      if (!s) continue;
      if (label) {
        label.text += s;
        label.end = t.end;
      } else label = { text: s, start: t.start, end: t.end };
    } else nums.push(t);
  }
  flush();
  return entries;
}

/** A check a row of values must pass; used to split glued digits and choose among readings. */
export interface RowRule {
  (values: number[]): boolean;
  /** Can a row that starts with `parts` still pass, with `digitsLeft` digits left for `left` more values? */
  partial?: (parts: number[], digitsLeft: number, left: number) => boolean;
}

/** Σ of the first n-1 values equals the last (table 2 rows). */
export const sumRule: RowRule = (v) => {
  if (v.length < 2) return false;
  const total = v[v.length - 1] ?? NaN;
  // Exact for whole numbers: beyond 2⁵³ floating point rounds, and 10²⁰ + 5 would “equal” 10²⁰.
  if (v.every(Number.isInteger)) {
    if (!v.every(Number.isSafeInteger)) return false;
    const s = v.slice(0, -1).reduce((a, b) => a + b, 0);
    return Number.isSafeInteger(s) && s === total;
  }
  return near(v.slice(0, -1).reduce((a, b) => a + b, 0), total);
};
// The total is still to come and has at most digitsLeft - (left - 1) digits: it cannot be smaller than the parts.
sumRule.partial = (parts, digitsLeft, left) => parts.reduce((a, b) => a + b, 0) < 10 ** (digitsLeft - left + 1);

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

/**
 * Split a run of numbers into rows of `width` values, whichever way the extraction laid them out.
 * Leftover values that do not make a whole row are returned in `rest`.
 */
export function buildRows(nums: NumTok[], width: number, rule: RowRule, budget: SplitBudget = splitBudget()): { rows: ValueRow[]; rest: NumTok[] } {
  const rows: ValueRow[] = [];
  const lines = groupBy(nums, (n) => n.line);
  let singles: NumTok[] = [];
  let partial: NumTok[] = [];
  const flushSingles = () => {
    if (singles.length) append(partial, vertical(singles, width, rows));
    singles = [];
  };
  for (const line of lines) {
    if (line.length === 1 && !(line[0] && line[0].raw.length >= width && width > 1 && partial.length === 0 && singles.length === 0 && isGluedCandidate(line, width, rule, budget))) {
      append(singles, line);
      continue;
    }
    flushSingles();
    const all = [...partial, ...line];
    partial = [];
    const made = rowWise(all, width, rule, budget);
    if (made) append(rows, made);
    else partial = all;
  }
  flushSingles();
  if (partial.length) {
    const glued = splitGlued(partial, width, rule, budget);
    if (glued) {
      rows.push(glued);
      partial = [];
    }
  }
  return { rows, rest: partial };
}

function isGluedCandidate(line: NumTok[], width: number, rule: RowRule, budget: SplitBudget): boolean {
  return splitGlued(line, width, rule, budget) !== null;
}

export const STRAY_CELL = "dropped a stray cell";

/** Numbers printed along a line: exact rows, several rows, a row with a stray cell, glued or padded cells. */
function rowWise(nums: NumTok[], width: number, rule: RowRule, budget: SplitBudget): ValueRow[] | null {
  if (nums.length === width) return [row(nums)];
  if (nums.length > width && nums.length % width === 0) {
    const out: ValueRow[] = [];
    for (let i = 0; i < nums.length; i += width) out.push(row(nums.slice(i, i + width)));
    return out;
  }
  if (nums.length > width) {
    // One extra cell (e.g. an empty label column read as 0): keep the window that adds up, else
    // the last — a guess, so every cell of it is in doubt.
    for (let i = nums.length - width; i >= 0; i--) {
      const w = nums.slice(i, i + width);
      if (rule(w.map((n) => n.value))) return [row(w, STRAY_CELL)];
    }
    const joined = nums.length === width + 1 ? joinSplitNumber(nums, rule) : null;
    if (joined) return [joined];
    const guess = row(nums.slice(-width), STRAY_CELL);
    const why = `一行印有 ${nums.length} 个数值（应为 ${width} 个），去掉多余的一个后仍不满足行内之和，无法确定是哪一个`;
    guess.doubts = Object.fromEntries(guess.values.map((_, i) => [i, why]));
    return [guess];
  }
  const glued = splitGlued(nums, width, rule, budget);
  if (glued) return [glued];
  const lead = nums[0]?.leadBlanks ?? 0;
  if (lead && nums.length + lead >= width) {
    // Empty first cells in a row that holds numbers are zeros.
    const values = [...Array<number>(width - nums.length).fill(0), ...nums.map((n) => n.value)];
    if (rule(values)) {
      const r = row(nums, "empty cells read as 0");
      const pad = width - nums.length;
      return [{ ...r, values, ...(r.doubts ? { doubts: Object.fromEntries(Object.entries(r.doubts).map(([i, why]) => [Number(i) + pad, why])) } : {}) }];
    }
  }
  return null; // a row wrapped over several lines: the caller joins it with the next line
}

export const JOINED_CELL = "joined a number split by a space";

/**
 * One cell too many on a line because a number was printed with a space inside it (OCR'd text:
 * “（七）总计 2 3 6 0 1 1 1 32” is 23 · 6 · 0 · 1 · 1 · 1 · 32): the ways of joining a pair of
 * neighbours one space apart that make the row add up. One way: the joined cell is unsure, said
 * with what was printed. Several: they are the row's alternatives for the column sums to choose
 * from (as glued digits), every cell of the row unsure. None: null, the caller guesses.
 */
function joinSplitNumber(nums: NumTok[], rule: RowRule): ValueRow | null {
  const fits: { at: number; values: number[] }[] = [];
  for (let i = 0; i + 1 < nums.length; i++) {
    const [a, b] = [nums[i] as NumTok, nums[i + 1] as NumTok];
    if (a.line !== b.line || b.start !== a.end + 1 || !/^[1-9]\d*$/.test(a.raw) || !/^\d+$/.test(b.raw) || a.unit || a.blank || b.blank) continue;
    const values = nums.map((n) => n.value);
    values.splice(i, 2, Number(a.raw + b.raw));
    if (rule(values)) fits.push({ at: i, values });
  }
  const [first, ...others] = fits;
  if (!first || others.length >= MAX_SPLITS) return null;
  const printed = (i: number) => `“${nums[i]?.ocr ?? nums[i]?.raw} ${nums[i + 1]?.ocr ?? nums[i + 1]?.raw}”`;
  const r = row(nums.filter((_, i) => i !== first.at + 1), JOINED_CELL);
  r.values = first.values;
  r.end = nums[nums.length - 1]?.end ?? r.end;
  const doubts: Record<number, string> = {};
  for (const [i, why] of Object.entries(r.doubts ?? {})) if (Number(i) !== first.at) doubts[Number(i)] = why;
  if (!others.length) doubts[first.at] = `原文印为${printed(first.at)}，数字中间有空格（可能是 OCR 识别错误），按行内之和读作 ${first.values[first.at]}，请核对原件`;
  else {
    const why = `一行印有 ${nums.length} 个数值，其中${fits.map((f) => printed(f.at)).join("或")}是一个数字被空格隔开（可能是 OCR 识别错误），按行、列之和选定，请核对原件`;
    first.values.forEach((_, i) => (doubts[i] = why));
    r.alternatives = others.map((f) => f.values);
  }
  r.doubts = doubts;
  return r;
}

/**
 * One value per line. Blank lines separate column blocks when a PDF was extracted column by
 * column: `width` consecutive groups of equal size k > 1 hold k rows, one group per column.
 */
function vertical(nums: NumTok[], width: number, rows: ValueRow[]): NumTok[] {
  const groups = groupBy(nums, (n) => n.group);
  let flat: NumTok[] = [];
  for (let i = 0; i < groups.length; ) {
    const size = groups[i]?.length ?? 0;
    const block = groups.slice(i, i + width);
    if (size > 1 && block.length === width && block.every((g) => g.length === size)) {
      for (const r of flushFlat(flat, width, rows)) void r;
      flat = [];
      for (let k = 0; k < size; k++) {
        const cells = block.map((g) => g[k] as NumTok);
        rows.push({ ...row(cells), note: "read column by column" });
      }
      i += width;
    } else {
      append(flat, groups[i] ?? []);
      i++;
    }
  }
  return flushFlat(flat, width, rows);
}

/** push(...items) passes every item as an argument: past ~100 000 that overflows the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const x of items) target.push(x);
}

function flushFlat(flat: NumTok[], width: number, rows: ValueRow[]): NumTok[] {
  const whole = flat.length - (flat.length % width);
  for (let i = 0; i < whole; i += width) rows.push(row(flat.slice(i, i + width)));
  return flat.slice(whole);
}

function row(nums: NumTok[], note?: string): ValueRow {
  const r: ValueRow = { values: nums.map((n) => n.value), start: nums[0]?.start ?? 0, end: nums[nums.length - 1]?.end ?? 0 };
  if (note) r.note = note;
  if (nums.length && nums.every((n) => n.emptyRow)) r.printedBlank = true;
  nums.forEach((n, i) => {
    if (n.ocr === "〇") (r.chineseZeros ??= []).push(i);
    else if (n.ocr) (r.doubts ??= {})[i] = ocrReason(n.ocr, n.value);
    if (n.doubt) (r.doubts ??= {})[i] = n.doubt;
    if (n.aligned) (r.alignedBlanks ??= []).push(i);
  });
  return r;
}

function groupBy<T>(xs: T[], key: (x: T) => number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let k: number | undefined;
  for (const x of xs) {
    const kx = key(x);
    if (k !== undefined && kx !== k) {
      out.push(cur);
      cur = [];
    }
    cur.push(x);
    k = kx;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Ways to split one glued run kept for the table's rules to choose from; more means unreadable. */
export const MAX_SPLITS = 16;
/**
 * Bounds on the search, so that long digit runs (garbage, phone numbers, thousands of glued
 * lines) cannot stall the reader: steps for one row, and a budget shared by one table's rows.
 * A real glued row of table 2 (≤ 20 digits) takes a few thousand steps.
 */
const ROW_STEPS = 50_000;
export interface SplitBudget {
  steps: number;
}
export const splitBudget = (): SplitBudget => ({ steps: 500_000 });

/**
 * Cells glued together by crawler text (“801000081” is 80 · 1 · 0 · 0 · 0 · 0 · 81): split the digit
 * strings into `width` numbers without leading zeros so that `rule` holds. The row sum alone may
 * allow several splits (“181004023” is 18·1·0·0·4·0·23 or 1·8·10·0·4·0·23): the first is the row's
 * values and the others its `alternatives`, for the column sums to decide. Null when no split
 * fits, or too many do.
 */
export function splitGlued(nums: NumTok[], width: number, rule: RowRule, budget: SplitBudget = splitBudget()): ValueRow | null {
  if (nums.length >= width || nums.some((n) => /[.-]/.test(n.raw) || n.blank)) return null;
  const digits = nums.map((n) => n.raw);
  const total = digits.reduce((a, d) => a + d.length, 0);
  if (total < width || total > 60 || budget.steps <= 0) return null;
  const limit = Math.min(ROW_STEPS, budget.steps);
  const after = digits.map((_, i) => digits.slice(i + 1).reduce((a, x) => a + x.length, 0));
  const found: number[][] = [];
  const parts: number[] = [];
  let steps = 0;
  const walk = (ti: number, pos: number): void => {
    if (found.length > MAX_SPLITS || ++steps > limit) return;
    const d = digits[ti];
    if (d === undefined) {
      if (parts.length === width && rule(parts)) found.push([...parts]);
      return;
    }
    if (pos === d.length) return walk(ti + 1, 0);
    const left = width - parts.length;
    const remainingDigits = d.length - pos + (after[ti] ?? 0);
    if (left <= 0 || remainingDigits < left) return;
    if (rule.partial && !rule.partial(parts, remainingDigits, left)) return;
    const maxLen = d[pos] === "0" ? 1 : d.length - pos;
    for (let len = 1; len <= maxLen; len++) {
      parts.push(Number(d.slice(pos, pos + len)));
      walk(ti, pos + len);
      parts.pop();
    }
  };
  walk(0, 0);
  budget.steps -= steps;
  const [first, ...others] = found;
  if (!first || others.length >= MAX_SPLITS || steps > limit) return null;
  const row: ValueRow = { values: first, start: nums[0]?.start ?? 0, end: nums[nums.length - 1]?.end ?? 0, note: "split glued digits by the row sum" };
  if (others.length) row.alternatives = others;
  // Glued digits with OCR'd letters among them: which cell each letter went to is not kept, so every cell is in doubt.
  const misread = nums.filter((n) => n.ocr).map((n) => `“${n.ocr}”`);
  if (misread.length) row.doubts = Object.fromEntries(first.map((_, i) => [i, `粘连的数字中有形似数字的字母（${misread.join("、")}，可能是 OCR 识别错误），请核对原件`]));
  return row;
}
