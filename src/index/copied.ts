/**
 * Text copied from last year's report (evaluators flag reports written by copy and paste): for
 * each section, the share of this year's sentences that also stand in the same body's report of
 * the year before, and the longest passage of consecutive copied sentences.
 *
 * Sentences are compared without whitespace and punctuation, with the years written relative to
 * each report's own year (2024 in the 2024 report and 2023 in the 2023 report are both “this
 * year”): a paragraph copied with only its years updated is still copied, and so is one copied with
 * last year's years left in. Table rows, headings
 * and lines of the template are not sentences of the report's own writing and are left out.
 */
import type { Report } from "./schema.ts";
import { SECTION_HEADINGS, TABLE2_COLUMN_LABELS, TABLE2_GROUPS, TABLE3_COLUMN_LABELS, TABLE3_GROUP_LABELS, table1Items, table2Rows } from "./template.ts";

export interface SectionCopy {
  section: number;
  heading: string;
  sentences: number;
  copied: number;
  /** copied ÷ sentences, in percent (two decimals). */
  share: number;
}

export interface CopiedText {
  previous: { file: string; year: number };
  sentences: number;
  copied: number;
  share: number;
  sections: SectionCopy[];
  /** The longest run of consecutive copied sentences, as printed this year. */
  longest: { section: number; text: string; chars: number } | null;
  /** Sections most of whose text is last year's (see isCopiedSection). */
  flagged: number[];
}

/** A section is flagged as copied when at least this share of at least MIN_SENTENCES sentences is. */
export const COPIED_SHARE = 80;
export const MIN_SENTENCES = 3;

const HAN = /\p{Script=Han}/gu;
/** Fewer Chinese characters than this is a label or a fragment, not a sentence. */
const MIN_HAN = 8;

interface Sentence {
  section: number;
  text: string;
  /** Years relative to the report's own year (a copy with its years updated). */
  key: string;
  /** Years as printed (a copy left with last year's years). */
  literal: string;
  /** Where it stands in the report's text. */
  start: number;
  end: number;
}

/** Where each table stands in the text: from its first row to its last (report.spans). */
function tableRegions(report: Report): [number, number][] {
  const out = new Map<string, [number, number]>();
  for (const [key, span] of Object.entries(report.spans)) {
    const table = key.split(".")[0] ?? key;
    const r = out.get(table);
    out.set(table, r ? [Math.min(r[0], span.start), Math.max(r[1], span.end)] : [span.start, span.end]);
  }
  return [...out.values()];
}

/** Sentences of a report's own writing, with their comparison keys. */
function sentencesOf(report: Report): Sentence[] {
  const out: Sentence[] = [];
  const tables = tableRegions(report);
  for (const s of report.sections) {
    const body = report.text.slice(s.start, s.end);
    let at = s.start;
    for (const line of body.split("\n")) {
      const start = at;
      at += line.length + 1;
      // A table row: inside a table, mostly numbers, or cells separated by tabs.
      if (tables.some(([a, b]) => start >= a && start < b)) continue;
      if (/\t/u.test(line) || (line.match(/\d+/gu)?.length ?? 0) >= 4) continue;
      let from = start;
      for (const raw of line.split(/(?<=[。！？；!?;])/u)) {
        const offset = from;
        from += raw.length;
        const text = raw.trim();
        if ((text.match(HAN)?.length ?? 0) < MIN_HAN) continue;
        const key = keyOf(text, report.year);
        const begin = offset + raw.indexOf(text);
        if (ownWords(key) >= MIN_HAN) out.push({ section: s.no, text, key, literal: keyOf(text, null), start: begin, end: begin + text.length });
      }
    }
  }
  return out;
}

/** Whitespace and punctuation dropped; years relative to the report's year. */
function keyOf(text: string, year: number | null): string {
  return text
    .replace(/(?:19|20)\d\d/gu, (y) => {
      if (year === null) return y;
      const d = Number(y) - year;
      return Math.abs(d) <= 3 ? `Y${d >= 0 ? "+" : ""}${d}` : y;
    })
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** The template's own words (headings, row and column labels): every report prints them. */
const TEMPLATE_PHRASES = [
  ...Object.values(SECTION_HEADINGS),
  ...table2Rows("2021").map((r) => r.label),
  ...table2Rows("2019").map((r) => r.label),
  ...Object.values(TABLE2_GROUPS).map((g) => g.label),
  ...Object.values(TABLE2_COLUMN_LABELS),
  ...[...table1Items("2021"), ...table1Items("2019")].flatMap((i) => [i.label, ...i.columns.map((c) => c.label)]),
  ...Object.values(TABLE3_GROUP_LABELS),
  ...Object.values(TABLE3_COLUMN_LABELS),
  "申请人情况", "法人或其他组织", "本年度办理结果", "信息内容", "第二十条第", "行政复议", "行政诉讼", "项",
]
  .map((p) => keyOf(p, 0).replace(/^[一二三四五六七八九]|^\d/u, ""))
  .filter((p) => p.length >= 2)
  .sort((a, b) => b.length - a.length);

/** Chinese characters of a sentence that are not the template's own words. */
function ownWords(key: string): number {
  let rest = key;
  for (const p of TEMPLATE_PHRASES) if (rest.includes(p)) rest = rest.split(p).join("");
  return rest.match(HAN)?.length ?? 0;
}

const pct = (a: number, b: number) => (b ? Math.round((a / b) * 10000) / 100 : 0);

/** How much of `report` stands in `prev` (the same body's report of the year before). */
export function copiedText(prev: Report, report: Report): CopiedText {
  const theirs = sentencesOf(prev);
  const before = new Set(theirs.map((s) => s.key));
  const literal = new Set(theirs.map((s) => s.literal));
  const mine = sentencesOf(report);
  const copied = mine.map((s) => before.has(s.key) || literal.has(s.literal));
  const sections: SectionCopy[] = [];
  for (const no of [...new Set(mine.map((s) => s.section))].sort((a, b) => a - b)) {
    const idx = mine.map((s, i) => (s.section === no ? i : -1)).filter((i) => i >= 0);
    const n = idx.filter((i) => copied[i]).length;
    const heading = report.sections.find((s) => s.no === no)?.heading ?? SECTION_HEADINGS[no] ?? "";
    sections.push({ section: no, heading, sentences: idx.length, copied: n, share: pct(n, idx.length) });
  }
  let longest: CopiedText["longest"] = null;
  let run: Sentence[] = [];
  const close = () => {
    // The passage as printed, from its first sentence to its last (only whitespace between them).
    const text = run.length ? report.text.slice(run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0) : "";
    if (run.length && (!longest || text.length > longest.chars)) longest = { section: run[0]?.section ?? 0, text, chars: text.length };
    run = [];
  };
  mine.forEach((s, i) => {
    const last = run[run.length - 1];
    if (copied[i] && (!last || /^\s*$/u.test(report.text.slice(last.end, s.start)))) run.push(s);
    else {
      close();
      if (copied[i]) run.push(s);
    }
  });
  close();
  const total = copied.filter(Boolean).length;
  return {
    previous: { file: prev.file, year: prev.year },
    sentences: mine.length,
    copied: total,
    share: pct(total, mine.length),
    sections,
    longest,
    flagged: sections.filter((s) => s.sentences >= MIN_SENTENCES && s.share >= COPIED_SHARE).map((s) => s.section),
  };
}
