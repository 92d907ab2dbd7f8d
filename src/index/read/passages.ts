/**
 * Narrative text → sentence-sized passages with exact offsets. Hard-wrapped PDF lines are one
 * sentence until its final punctuation; blank lines and headings end a sentence too.
 */
import type { Passage, Section } from "../schema.ts";
import { isPageFurniture } from "./text.ts";
import { sectionAt } from "./sections.ts";

export interface Range {
  start: number;
  end: number;
}

/** Display form of a source slice: line wraps, page numbers and form feeds removed. */
export function displayText(raw: string, furniture: "drop" | "keep" = "drop"): string {
  return raw
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

/** Split [from, to) into sentences, skipping `exclude` ranges (the tables). */
export function sentences(text: string, from: number, to: number, exclude: Range[] = []): Range[] {
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
    if (c === "。" || c === "！" || c === "？" || c === "；" || c === "!" || c === "?") {
      // Keep a closing quote or bracket with its sentence.
      let e = i + 1;
      while (e < to && /[”’」』)）]/.test(text[e] ?? "")) e++;
      push(e);
      start = e;
      i = e - 1;
    } else if (c === "\n" && (isBlankBreak(text, i) || isHeadingLine(text, i + 1))) {
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

export function buildPassages(text: string, sections: Section[], tables: Range[]): Passage[] {
  return sentences(text, 0, text.length, tables).map((r, i) => ({
    id: `p${i}`,
    section: sectionAt(sections, r.start),
    text: displayText(text.slice(r.start, r.end)),
    start: r.start,
    end: r.end,
  }));
}
