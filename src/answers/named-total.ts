/**
 * 硚口区发改局、城改局、民政局2023年依申请公开一共多少件: the figures of the bodies named, added up.
 * No report prints that total, so the answer gives the sum as a sum — each body's figure beside it,
 * each with its source — and only when every body named has a sure figure; otherwise it says
 * whose is missing and gives what was read (answerer.ts comparison).
 */
import type { AnswerFigure } from "../index/schema.ts";
import { numberText } from "./number-text.ts";
import { SUM } from "./sum-asked.ts";
import { whose } from "./who.ts";

/** Words that ask for each one's figure or a ranking, not one total. */
const NOT_ONE_TOTAL = /各|分别|各自|最|哪|谁|排名|排行|对比|比较|相比|比一比/u;

/** Does the question ask the named bodies' figures added up? */
export function asksNamedTotal(text: string): boolean {
  return SUM.test(text) && !NOT_ONE_TOTAL.test(text);
}

/** The bodies' figures in words: “硚口区发展和改革局 10、硚口区民政局 3”. */
export function listedFigures(figures: readonly AnswerFigure[]): string {
  return figures.map((f) => `${whose(f)} ${numberText(f.value)}`).join("、");
}

/** The total of the named bodies' figures (all of one figure and year), as a figure of its own, and the note saying what was added. */
export function namedTotal(figures: readonly AnswerFigure[]): { total: AnswerFigure; note: string } {
  const first = figures[0] as AnswerFigure;
  const regions = [...new Set(figures.map((f) => f.region))];
  const sum = figures.reduce((s, f) => s + f.value, 0);
  const total: AnswerFigure = {
    agency: figures.map(whose).join("、"),
    region: regions.length === 1 ? (regions[0] as string) : regions.join("、"),
    year: first.year,
    metric: `${first.metric}.sum`,
    label: `${first.label}（${figures.length} 个机关相加）`,
    value: Math.round(sum * 1e6) / 1e6,
    unit: first.unit,
    source: `各报告${first.source.replace(/^《[^》]*》/u, "")}`,
  };
  return { total, note: `报告中没有这一合计，这是所问 ${figures.length} 个机关 ${first.year} 年各自报告的数字相加。` };
}
