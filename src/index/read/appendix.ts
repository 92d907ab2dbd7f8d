/**
 * Tables printed as an appendix after the narrative (“附表（由Excel导出）”, “附件”): sections 二–四
 * only say “（详见附表2）” and the three tables follow section 六, each under its own title line
 * (“附表2 收到和处理政府信息公开申请情况”). Those title lines are found here; report.ts reads a
 * table from its section and from its appendix and keeps the reading with more figures.
 */
import type { Section } from "../schema.ts";
import { splitLines, squash } from "./text.ts";

export interface Region {
  start: number;
  end: number;
}

export type TableNo = 1 | 2 | 3;

/** A table's title, as a short line of its own (a sentence that mentions it is no title). */
const TITLES: Record<TableNo, RegExp> = {
  1: /主动公开政府信息情况/,
  2: /收到和处理政府信息公开申请情况/,
  3: /行政复议.{0,2}行政诉讼情况/,
};
const TITLE_MAX = 40;

/**
 * Each table's appendix region: from the line after its title to the next table's title (or the
 * end of the text). Only titles after the last section heading count, the last one of each table
 * (an attachment list “附件：1.主动公开政府信息情况 …” may precede the tables themselves), and
 * only when they stand in the template's order. A title is a short line of its own, or — in text
 * with no line break after the last heading (crawler text) — wherever its words stand.
 */
export function appendixRegions(text: string, sections: Section[]): Partial<Record<TableNo, Region>> {
  const last = sections.reduce<Section | null>((a, s) => (!a || s.start > a.start ? s : a), null);
  if (!last) return {};
  const headEnd = text.indexOf("\n", last.start);
  const titles: Partial<Record<TableNo, { start: number; end: number }>> = {};
  if (headEnd < 0) {
    // Crawler text on one line: a title is wherever its words stand after the last heading.
    const from = last.start + last.heading.length;
    for (const no of [1, 2, 3] as const) {
      for (const m of text.slice(from).matchAll(new RegExp(TITLES[no].source, "g"))) titles[no] = { start: from + m.index, end: from + m.index + m[0].length - 1 };
    }
  } else {
    for (const line of splitLines(text, headEnd + 1)) {
      const sq = squash(line.text);
      if (!sq || sq.length > TITLE_MAX || /[。；]/.test(sq)) continue;
      for (const no of [1, 2, 3] as const) if (TITLES[no].test(sq)) titles[no] = { start: line.start, end: line.end };
    }
  }
  const found = ([1, 2, 3] as const).filter((no) => titles[no]);
  const starts = found.map((no) => titles[no]?.start ?? 0);
  if (starts.some((s, i) => i > 0 && s <= (starts[i - 1] ?? 0))) return {};
  const out: Partial<Record<TableNo, Region>> = {};
  found.forEach((no, i) => {
    const t = titles[no];
    const next = found[i + 1];
    if (t) out[no] = { start: Math.min(t.end + 1, text.length), end: next ? (titles[next]?.start ?? text.length) : text.length };
  });
  return out;
}
