/**
 * Seeded fuzzing of the reader and the answerer (test/harden/fuzz.test.ts, `npm run fuzz`): a
 * bundled report mutated as damaged, hostile or careless files are (byte flips, truncation, lines
 * duplicated, removed or swapped, huge, negative and fractional numbers, NULs, markup, another
 * encoding for part of the file), read as an upload is, then asked the usual questions about it.
 * What must hold for every mutant:
 * - reading never crashes: it gives a report, or refuses with the clear message naming the file
 *   (SourceError / ReportError), never a TypeError, RangeError, stack overflow …;
 * - answering never crashes (the answerer's own apology for a bug counts as one);
 * - no figure stated that the file does not print: every count answered occurs, as a number, in
 *   the answer's quotes or else in the report text (a sum the report's text states, 20 + 4, counts
 *   when both parts do); and no implausible count (negative, fractional, absurdly large) stated.
 * Also counted, not a failure: figures that differ from the unmutated report's answer with no note
 * (a flipped digit changes what the file prints; the bot saying what is printed is right).
 */
import iconv from "iconv-lite";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { readReport } from "../../src/index/corpus.ts";
import type { Answer, AnswerFigure, Report } from "../../src/index/schema.ts";
import { SourceError } from "../../src/index/sources/errors.ts";
import { ReportError } from "../../src/index/read/report.ts";
import { rng } from "./figures.ts";

export type Mutation =
  | "byte-flip"
  | "truncate"
  | "duplicate-line"
  | "remove-line"
  | "swap-lines"
  | "huge-number"
  | "negative-number"
  | "fraction"
  | "nul"
  | "markup"
  | "mixed-encoding"
  | "fullwidth-digits"
  | "long-line";

export const MUTATIONS: Mutation[] = ["byte-flip", "truncate", "duplicate-line", "remove-line", "swap-lines", "huge-number", "negative-number", "fraction", "nul", "markup", "mixed-encoding", "fullwidth-digits", "long-line"];

export interface Source {
  file: string;
  text: string;
}

export interface Mutant {
  file: string;
  /** The mutations applied, in order. */
  applied: Mutation[];
  data: Uint8Array;
}

const enc = new TextEncoder();
const BYTE_LEVEL = new Set<Mutation>(["byte-flip", "truncate", "mixed-encoding"]);
const MARKUP = ["<script>alert(1)</script>", "<table><tr><td>99</td></tr>", "</td></tr></table>", "| --- | --- |", "**", "\u202e", "\u200b", "<!--", "]]>", "&#x31;&#x32;", "{{7*7}}", "${process.exit()}"];

/** One mutant of `src`: one to three mutations chosen by the seeded generator `r`. */
export function mutateReport(src: Source, r: () => number): Mutant {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const int = (n: number) => Math.floor(r() * n);
  let text = src.text;
  // Text mutations first, then another encoding (it re-encodes the text), then flipped bits and cuts.
  const drawn = Array.from({ length: 1 + int(3) }, () => pick(MUTATIONS));
  const stage = (m: Mutation) => (!BYTE_LEVEL.has(m) ? 0 : m === "mixed-encoding" ? 1 : 2);
  const applied = [0, 1, 2].flatMap((k) => drawn.filter((m) => stage(m) === k));
  let bytes: Uint8Array | null = null;
  for (const m of applied) {
    if (BYTE_LEVEL.has(m)) {
      bytes = mutateBytes(bytes ?? enc.encode(text), m, text, int);
      continue;
    }
    const lines = text.split("\n");
    const at = int(lines.length);
    if (m === "duplicate-line") lines.splice(at, 0, lines[at] ?? "");
    else if (m === "remove-line") lines.splice(at, 1);
    else if (m === "swap-lines") {
      const b = Math.min(lines.length - 1, at + 1 + int(3));
      [lines[at], lines[b]] = [lines[b] ?? "", lines[at] ?? ""];
    } else if (m === "huge-number" || m === "negative-number" || m === "fraction") {
      const line = numberedLine(lines, int);
      if (line >= 0) {
        const nums = [...(lines[line] as string).matchAll(/\d+/g)];
        const n = pick(nums);
        const by = m === "huge-number" ? pick(["99999999999999999999", "100000000000000000005", "4294967296", "9007199254740993"]) : m === "negative-number" ? `-${n[0]}` : `${n[0]}.${1 + int(9)}`;
        const s = lines[line] as string;
        lines[line] = `${s.slice(0, n.index)}${by}${s.slice((n.index ?? 0) + n[0].length)}`;
      }
    } else if (m === "nul") {
      for (let j = 1 + int(3); j > 0; j--) text = insertAt(lines, int, "\u0000");
      continue;
    } else if (m === "markup") insertInto(lines, int, pick(MARKUP));
    else if (m === "fullwidth-digits") {
      const line = numberedLine(lines, int);
      if (line >= 0) lines[line] = (lines[line] as string).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    } else if (m === "long-line") lines.splice(at, 0, pick(["0 ", "1\t", "件", "（一）"]).repeat(5_000 + int(20_000)));
    text = lines.join("\n");
  }
  return { file: src.file, applied, data: bytes ?? enc.encode(text) };
}

function mutateBytes(bytes: Uint8Array, m: Mutation, text: string, int: (n: number) => number): Uint8Array {
  if (!bytes.length) return bytes;
  if (m === "truncate") return bytes.slice(0, int(bytes.length));
  if (m === "mixed-encoding") {
    // One time in three the whole file in GBK, else a stretch of lines in GBK inside UTF-8.
    const lines = text.split("\n");
    const whole = int(3) === 0;
    const from = whole ? 0 : int(lines.length);
    const to = whole ? lines.length : Math.min(lines.length, from + 1 + int(30));
    const head = enc.encode(lines.slice(0, from).join("\n") + (from ? "\n" : ""));
    const mid = iconv.encode(lines.slice(from, to).join("\n"), "gbk");
    const tail = enc.encode((to < lines.length ? "\n" : "") + lines.slice(to).join("\n"));
    return concat([head, mid, tail]);
  }
  const out = bytes.slice();
  // byte-flip (also any text mutation after bytes were touched): a few bits anywhere.
  for (let j = 1 + int(8); j > 0; j--) {
    const i = int(out.length);
    out[i] = (out[i] as number) ^ (1 << int(8));
  }
  return out;
}

function numberedLine(lines: string[], int: (n: number) => number): number {
  const withDigits = lines.flatMap((l, i) => (/\d/.test(l) ? [i] : []));
  return withDigits.length ? (withDigits[int(withDigits.length)] as number) : -1;
}

function insertInto(lines: string[], int: (n: number) => number, what: string): void {
  const at = int(lines.length);
  const s = lines[at] ?? "";
  const p = int(s.length + 1);
  lines[at] = `${s.slice(0, p)}${what}${s.slice(p)}`;
}

function insertAt(lines: string[], int: (n: number) => number, what: string): string {
  insertInto(lines, int, what);
  return lines.join("\n");
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The questions asked of every mutant: the main figures of each table, a breakdown, free text. */
export function questionsFor(place: string, year: number): string[] {
  const q = (s: string) => `${place}${year}年${s}`;
  return [q("依申请公开多少件"), q("予以公开多少件"), q("不予公开多少件"), q("办理结果总计"), q("结转下年度继续办理多少件"), q("行政复议结果纠正几件"), q("行政诉讼总计多少件"), q("行政许可处理决定多少件"), q("行政处罚多少件"), q("不予公开的原因"), q("公开率是多少")];
}

export type Problem =
  | { kind: "read-crash"; message: string }
  | { kind: "answer-crash"; question: string; message: string }
  | { kind: "unprinted-figure"; question: string; value: number; label: string }
  | { kind: "implausible-figure"; question: string; value: number; label: string };

export interface Outcome {
  /** The mutant was read (else refused with a clear message). */
  read: boolean;
  refusal?: string;
  answers: number;
  figures: number;
  /** Figures that differ from the unmutated report's answer, with no note in the answer. */
  silentChanges: number;
  changes: { question: string; before: number; after: number }[];
  problems: Problem[];
}

/** The unmutated report's figures per question, to count silent changes against. */
export type Baseline = Map<string, number[]>;

export function baselineOf(report: Report, questions: string[]): Baseline {
  const answerer = createAnswerer([report], { today: () => new Date(`${report.year + 1}-06-01`) });
  return new Map(questions.map((q) => [q, answerer.answer(q).figures.map((f) => f.value)]));
}

/** Read one mutant as an upload is read, ask the questions, and judge what came back. */
export async function judge(m: Mutant, questions: string[], baseline: Baseline, read: (name: string, data: Uint8Array) => Promise<Report> = readReport): Promise<Outcome> {
  let report: Report;
  try {
    report = await read(m.file, m.data);
  } catch (e) {
    const clear = e instanceof SourceError || e instanceof ReportError || (e instanceof Error && e.constructor === Error && e.message.startsWith(`${m.file}: `));
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { read: false, refusal: message, answers: 0, figures: 0, silentChanges: 0, changes: [], problems: clear ? [] : [{ kind: "read-crash", message }] };
  }
  const out: Outcome = { read: true, answers: 0, figures: 0, silentChanges: 0, changes: [], problems: [] };
  const answerer = createAnswerer([report], { today: () => new Date(`${report.year + 1}-06-01`) });
  for (const question of questions) {
    let a: Answer;
    try {
      a = answerer.answer(question);
    } catch (e) {
      out.problems.push({ kind: "answer-crash", question, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      continue;
    }
    out.answers++;
    if (a.text.startsWith("抱歉，这个问题没能处理")) {
      out.problems.push({ kind: "answer-crash", question, message: a.text });
      continue;
    }
    if (a.status !== "answered") continue;
    const before = baseline.get(question) ?? [];
    for (const [i, f] of a.figures.entries()) {
      out.figures++;
      if (f.unit === "%" || /[+-]/.test(f.unit) || isIndicator(f.metric)) continue;
      if (f.value < 0 || !Number.isInteger(f.value) || f.value > 1e9) out.problems.push({ kind: "implausible-figure", question, value: f.value, label: f.label });
      else if (!printed(f.value, f, a, report.text)) out.problems.push({ kind: "unprinted-figure", question, value: f.value, label: f.label });
      const was = before[i];
      if (was !== undefined && was !== f.value && a.notes.length === 0) {
        out.silentChanges++;
        out.changes.push({ question, before: was, after: f.value });
      }
    }
  }
  return out;
}

/** Rates and changes are computed, not printed (their inputs are figures of their own). */
function isIndicator(metric: string): boolean {
  return /^(indicator|change|change_rate|copied)\./.test(metric);
}

const norm = (s: string) => s.normalize("NFKC").replace(/(?<=\d)[,，](?=\d{3}(?!\d))/g, "");

/**
 * `value` stands in the answer's quotes or the report text (leading zeros allowed: “0119” is 119);
 * or it is a sum the answer says it computed — the parts in its label (“未经复议直接起诉 26 + 复议后起诉
 * 20”) or its text (“20 + 4”), each printed — or a group total the source calls 各项之和 (sum of items).
 */
function printed(value: number, f: AnswerFigure, a: Answer, text: string): boolean {
  const has = (s: string, v: number) => new RegExp(`(?<![\\d.])0*${v}(?![\\d.]*\\d)`).test(norm(s));
  if (a.quotes.some((q) => has(q.text, value))) return true;
  if (has(text, value)) return true;
  if (f.source.includes("各项之和")) return true;
  const parts = [...f.label.matchAll(/\d+/g)].map((m) => Number(m[0]));
  if (/[+＋]/.test(f.label) && parts.length > 1 && parts.reduce((x, y) => x + y, 0) === value && parts.every((p) => has(text, p))) return true;
  for (const m of `${a.text}\n${a.notes.join("\n")}`.matchAll(/(\d+)\s*[+＋]\s*(\d+)/g)) {
    const [x, y] = [Number(m[1]), Number(m[2])];
    if (x + y === value && has(text, x) && has(text, y)) return true;
  }
  return false;
}

export interface Summary {
  mutants: number;
  read: number;
  refused: number;
  answers: number;
  figures: number;
  silentChanges: number;
  byMutation: Record<string, number>;
  changes: { file: string; applied: Mutation[]; index: number; question: string; before: number; after: number }[];
  problems: { file: string; applied: Mutation[]; seed: number; index: number; problem: Problem }[];
}

/** `count` mutants over `sources`, seeded; `onEach` sees each outcome (progress). */
export async function campaign(sources: Source[], count: number, seed: number, opts: { read?: (name: string, data: Uint8Array) => Promise<Report>; onEach?: (i: number, s: Summary) => void } = {}): Promise<Summary> {
  const r = rng(seed);
  const prepared = await Promise.all(
    sources.map(async (s) => {
      const report = await readReport(s.file, enc.encode(s.text));
      const questions = questionsFor(report.region || report.agency, report.year);
      return { source: s, questions, baseline: baselineOf(report, questions) };
    }),
  );
  const s: Summary = { mutants: 0, read: 0, refused: 0, answers: 0, figures: 0, silentChanges: 0, byMutation: {}, changes: [], problems: [] };
  for (let i = 0; i < count; i++) {
    const p = prepared[i % prepared.length] as (typeof prepared)[number];
    const m = mutateReport(p.source, r);
    const o = await judge(m, p.questions, p.baseline, opts.read);
    s.mutants++;
    if (o.read) s.read++;
    else s.refused++;
    s.answers += o.answers;
    s.figures += o.figures;
    s.silentChanges += o.silentChanges;
    for (const a of m.applied) s.byMutation[a] = (s.byMutation[a] ?? 0) + 1;
    for (const c of o.changes) s.changes.push({ file: m.file, applied: m.applied, index: i, ...c });
    for (const problem of o.problems) s.problems.push({ file: m.file, applied: m.applied, seed, index: i, problem });
    opts.onEach?.(i, s);
  }
  return s;
}
