/**
 * Narrative text → sentence-sized passages with exact offsets. Hard-wrapped PDF lines are one
 * sentence until its final punctuation; blank lines and headings end a sentence too.
 */
import type { Passage, Section } from "../schema.ts";
import { isPageFurniture, splitLines, squash } from "./text.ts";
import { sectionAt } from "./sections.ts";
import { BLANK } from "./glosses.ts";

export interface Range {
  start: number;
  end: number;
}

/** Display form of a source slice: line wraps, page numbers and form feeds removed. */
export function displayText(raw: string, furniture: "drop" | "keep" = "drop"): string {
  return raw
    .replaceAll(BLANK, "")
    .split("\n")
    .filter((l) => furniture === "keep" || !isPageFurniture(l))
    .map((l) => l.replace(/\f/g, "").trim())
    .join("\n")
    .replace(/([\u0080-\uFFFF])\n(?=[\u0080-\uFFFF])/g, "$1")
    .replace(/[\n\t]+/g, " ")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/^[#*\s]+|[*\s]+$/g, "")
    .trim();
}

/**
 * Split [from, to) into sentences, skipping `exclude` ranges (the tables). `breaks`: offsets of
 * line ends that end a sentence whatever comes after (standaloneLines).
 */
export function sentences(text: string, from: number, to: number, exclude: Range[] = [], breaks: ReadonlySet<number> = new Set()): Range[] {
  const out: Range[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s] ?? "")) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s && /[\u4e00-\u9fa5A-Za-z0-9]/.test(text.slice(s, e))) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const hole = exclude.find((r) => r.start <= i && i < r.end);
    if (hole) {
      push(i);
      i = hole.end - 1;
      start = hole.end;
      continue;
    }
    const c = text[i];
    // jingxian-2025: “发布信息共?1340条?,通过…”: a ? touching a number or followed by a comma or stop stands for a
    // character the page lost, no question mark
    const lost = c === "?" && /[\d,，、。;；]/u.test(text[i + 1] ?? "");
    if (c === "。" || c === "！" || c === "？" || c === "；" || c === "!" || (c === "?" && !lost)) {
      // Keep a closing quote or bracket with its sentence.
      let e = i + 1;
      while (e < to && /[”’」』)）]/.test(text[e] ?? "")) e++;
      push(e);
      start = e;
      i = e - 1;
    } else if (c === "\n" && (isBlankBreak(text, i) || isHeadingLine(text, i + 1) || breaks.has(i))) {
      push(i);
      start = i + 1;
    }
  }
  push(to);
  return out;
}

/**
 * A blank line ends a passage, unless the next line goes on with a number and its unit — a figure
 * broken off its sentence by the extraction (yueqing-2023: “…各类政府信息⏎⏎1871 条，其中…”).
 */
function isBlankBreak(text: string, i: number): boolean {
  const m = /^\n[ \t\f]*\n\s*/.exec(text.slice(i, i + 40));
  if (!m) return false;
  return !/^\d[\d,.]*\s*[个次件条项期家万%]/.test(text.slice(i + m[0].length, i + m[0].length + 12));
}

/** A line that is a heading, list item or page furniture starts a new passage. */
function isHeadingLine(text: string, at: number): boolean {
  const end = text.indexOf("\n", at);
  const line = text.slice(at, end < 0 ? text.length : end).trim();
  return /^[#*]*\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[.、．](?!\d))/.test(line) || isPageFurniture(line);
}

/** Sentence punctuation: a line holding none is no part of running text's sentences (a title, a running head). */
const PUNCTUATION = /[。，；：！？,;:!?]/u;

/**
 * Lines that stand alone, never joined into a sentence with the lines around them (a quote must
 * not run a title into the text: “X2023年报X 2023年政府信息公开工作年度报告本报告根据…”):
 *  - the report's head: of the short lines without punctuation it opens with (a Word document's
 *    title paragraph, the title over one or two lines), each of the first three that ends in
 *    报告/年报 ends a passage;
 *  - a line printed again and again on its own (a PDF's running head or foot that page-furniture
 *    removal kept, as it does in a document of one or two pages): ended before and after.
 * Returns the offsets of the line ends to break at.
 */
export function standaloneLines(text: string): Set<number> {
  const breaks = new Set<number>();
  const lines = splitLines(text, 0, text.length);
  const bare = (s: string) => s.replace(/^[#*\s]+|[*\s]+$/g, "");
  let head = 0;
  for (const l of lines) {
    const t = bare(l.text);
    if (!t) continue;
    if (++head > 3 || t.length > 40 || PUNCTUATION.test(t) || l.text.includes("\t")) break;
    if (/(?:报告|年报)$/u.test(t)) breaks.add(l.end);
  }
  const seen = new Map<string, number[]>();
  for (const l of lines) {
    const t = bare(l.text);
    if (t.length < 6 || t.length > 60 || /[。；]/u.test(t) || l.text.includes("\t") || isPageFurniture(t)) continue;
    seen.set(t, [...(seen.get(t) ?? []), l.start]);
  }
  for (const [, starts] of seen) {
    if (starts.length < 2) continue;
    for (const at of starts) {
      if (at > 0) breaks.add(at - 1);
      const end = text.indexOf("\n", at);
      if (end >= 0) breaks.add(end);
    }
  }
  return breaks;
}

export function buildPassages(text: string, sections: Section[], tables: Range[]): Passage[] {
  return sentences(text, 0, text.length, tables, standaloneLines(text)).map((r, i) => ({
    id: `p${i}`,
    section: sectionAt(sections, r.start),
    text: displayText(text.slice(r.start, r.end)),
    start: r.start,
    end: r.end,
  }));
}

/**
 * The parts of the table regions that are tables: a sentence printed on a line of its own inside
 * a table's section — before the table (“2021年,我局主动公开信息66条,其中:…”) or after it — is
 * narrative and stays a passage. A line is narrative when it reads as a sentence (a 。, or clauses
 * between commas; an excerpt may stop mid-sentence) and has nothing of a table row: no tab, no run
 * of numbers, none of the template's row or column words.
 * Only whole lines count: in text with no line breaks the region cuts a line, which stays a table's.
 */
export function tableParts(text: string, regions: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of regions) {
    let start = r.start;
    for (const l of splitLines(text, r.start, r.end)) {
      const whole = (l.start === 0 || text[l.start - 1] === "\n") && (l.end === text.length || text[l.end] === "\n");
      if (!whole || !isNarrativeLine(l.text)) continue;
      if (l.start > start) out.push({ start, end: l.start });
      start = l.end;
    }
    if (r.end > start) out.push({ start, end: r.end });
  }
  return out;
}

/** Words only a table of the template prints: its row and column labels. */
const TABLE_WORDS = /第二十条|本年新收|上年结转|申请人情况|勾稽关系|区分处理|结果维持|结果纠正|尚未审结|未经复议|本年制发|本年废止|现行有效件数|处理决定数量|本年收费金额|本年新制作|本年新公开|对外公开总数|上一年项目数/u;

/** A line that reads as a sentence of the report's text, not as a table row (in tabs, spaces or CSV). */
export function isNarrativeLine(line: string): boolean {
  const sq = squash(line);
  if (sq.length < 12 || line.includes("\t") || TABLE_WORDS.test(sq) || /(?:^|\s)\d[\d.,]*\s+\d[\d.,]*\s+\d/u.test(line)) return false;
  // CSV cells: fields that are empty or a number (“（一）予以公开,,,100,2,0”)
  if (line.split(/[,，]/u).filter((f) => /^\s*"?[\d.,\s]*"?\s*$/u.test(f)).length >= 2) return false;
  return /。/u.test(sq) || (sq.length >= 20 && (sq.match(/[，,]/gu) ?? []).length >= 2);
}
