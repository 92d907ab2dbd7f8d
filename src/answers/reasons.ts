/**
 * 为什么 / 原因 asked of a figure (洪泽区2024年依申请公开为什么增加了): a report prints figures and
 * seldom their reasons. The answer keeps its figures and adds what the report itself says of a
 * reason — its sentences that give one and speak of the figure's subject — or says it gives none;
 * a reason is never guessed. The chat's “为什么” after an answer (src/bot/meta.ts) reads the same.
 */
import type { Answer, Quote, Report } from "../index/schema.ts";
import { sectionName } from "./figures.ts";
import { quoteOf } from "./verbatim.ts";

/** A question asking why. */
export const WHY_ASKED = /为什么|为啥|为何|什么原因|啥原因|原因是|的原因|原因何在|怎么回事/u;

/** Words of a report that give a reason. */
const REASON = /原因|主要是由于|主要由于|由于|因为|得益于|受.{1,8}影响/u;

/** What a figure is about, as its report's sentences name it (行政复议 → 复议, 本年新收…申请 → 申请). */
const SUBJECTS = ["复议", "诉讼", "许可", "处罚", "强制", "收费", "不予公开", "予以公开", "申请", "规章", "规范性文件", "新媒体", "发布会", "解读"];

function subjectOf(label: string): string {
  return SUBJECTS.find((s) => label.includes(s)) ?? (label.split(/[ ·（(]/u).find((w) => w.length >= 2) ?? label).slice(0, 4);
}

/** The report's sentences that give a reason and speak of the figure's subject (at most two). */
export function reasonsFor(report: Report, label: string): Quote[] {
  const subject = subjectOf(label);
  return report.passages
    .filter((p) => REASON.test(p.text) && p.text.includes(subject))
    .slice(0, 2)
    .map((p) => quoteOf(report, p.text, sectionName(report, p.section)));
}

/** A figure answer to a why-question, with the report's reasons quoted or a note that it gives none. */
export function withReasons(a: Answer, reportOf: (agency: string, year: number) => Report | undefined): Answer {
  const f = a.figures[0];
  const report = f && a.status === "answered" && a.kind === "figure" ? reportOf(f.agency, f.year) : undefined;
  if (!f || !report) return a;
  const reasons = reasonsFor(report, f.label);
  if (!reasons.length) {
    const note = `问的是原因：《${report.title}》没有写明原因，这里不推测原因。`;
    return { ...a, notes: [...a.notes, note], text: `${a.text}\n注：${note}` };
  }
  const lines = ["报告中说到原因的原文：", ...reasons.map((q) => `原文：“${q.text}”（《${q.report}》${q.section}）`)];
  return { ...a, quotes: [...a.quotes, ...reasons], text: [a.text, ...lines].join("\n") };
}
