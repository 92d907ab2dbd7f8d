/**
 * Answers that look at an agency's report of the year before:
 *  - “XX 2024年报告和上一年重复了多少”: the text copied from last year's report (copied.ts);
 *  - a warning on any answer about a figure a cross-year rule ties to last year's (上年结转,
 *    结转下年度继续办理, 现行有效件数) when that rule breaks (cross-year.ts).
 */
import { copiedText } from "../index/copied.ts";
import { crossYearChecks, nextOf, previousOf } from "../index/cross-year.ts";
import type { Answer, AnswerFigure, Report } from "../index/schema.ts";
import type { ReportStore } from "../store/store.ts";
import type { AgencyName, Question } from "./understand.ts";
import { whose } from "./who.ts";
import { yearsHad } from "./renamed.ts";

/** “和上一年重复了多少”, “照搬去年”, “与2023年报告雷同” — but not 重复申请 (a table-2 row). */
const COPIED = /(?:重复|重複|雷同|照搬|抄袭|抄襲|复制|複製|相同|一样|一樣)(?!申请|申請)/u;
const LAST_YEAR = /上一?年|去年|上年度|前一年|往年|(?:19|20)\d\d年?(?:的)?(?:报告|年报)/u;

export function asksCopied(q: Question): boolean {
  return COPIED.test(q.text) && (LAST_YEAR.test(q.text) || /报告|年报|文字|内容|文本/u.test(q.text)) && !/重复申请|重複申請/u.test(q.text);
}

function sorry(question: string, text: string): Answer {
  return { question, status: "not_found", kind: "figure", figures: [], quotes: [], notes: [], choices: [], text };
}

/** The share of this year's sentences that stand in last year's report, per section. */
export function copiedAnswer(store: ReportStore, question: string, q: Question, agency: AgencyName): Answer {
  const own = store.ofAgency(agency.agency);
  // 去年 / 上一年 here is the year before the report, not before today: the first year said is the report.
  const year = q.years[0] ?? own[own.length - 1]?.year;
  const report = own.find((r) => r.year === year);
  if (!report) return sorry(question, `没有${whose(agency)} ${year ?? ""} 年的报告。已有：${yearsHad(own, agency.agency) || "无"}。`);
  const prev = previousOf(report, own);
  if (!prev) return sorry(question, `没有${whose(agency)} ${report.year - 1} 年的报告，无法比较 ${report.year} 年报告与上一年的重复。已有：${yearsHad(own, agency.agency)}。`);
  const c = copiedText(prev, report);
  const figure: AnswerFigure = {
    agency: report.agency,
    region: report.region,
    year: report.year,
    metric: "copied.share",
    label: `与 ${prev.year} 年报告重复的句子占比`,
    value: c.share,
    unit: "%",
    source: `《${report.title}》与《${prev.title}》逐句比较：${c.copied} ÷ ${c.sentences} 句`,
  };
  const sections: AnswerFigure[] = c.sections.map((s) => ({ ...figure, metric: `copied.share.section${s.section}`, label: `${s.heading} 重复句子占比（${s.copied}/${s.sentences} 句）`, value: s.share }));
  const quotes = c.longest ? [{ text: c.longest.text, report: report.title, section: report.sections.find((s) => s.no === c.longest?.section)?.heading ?? "" }] : [];
  const notes = [
    "逐句比较（不计空白和标点，年份按各自报告的年份对齐），不计表格和模板本身的文字。",
    ...(c.flagged.length ? [`大部分照搬上一年的部分：${c.flagged.map((n) => c.sections.find((s) => s.section === n)?.heading ?? n).join("、")}。`] : []),
  ];
  const text = [
    `${whose(report)} ${report.year} 年报告与 ${prev.year} 年报告重复：${c.copied}/${c.sentences} 句（${c.share}%）`,
    ...c.sections.map((s) => `· ${s.heading}：${s.copied}/${s.sentences} 句（${s.share}%）${c.flagged.includes(s.section) ? " ⚠️" : ""}`),
    ...(c.longest ? [`最长的重复段落（${c.longest.chars} 字）：“${c.longest.text}”`] : ["没有与上一年相同的句子。"]),
    ...notes.map((n) => `注：${n}`),
  ].join("\n");
  return { question, status: "answered", kind: "figure", figures: [figure, ...sections], quotes, notes, choices: [], text };
}

/** Figures a cross-year rule ties to the year before (carried_in) or the year after (carried_out). */
const TIED = /^table2\.(carried_in|carried_out)\.|^table1\.(rules|normative)\.in_force$/u;

/** The answer with a warning for each figure whose cross-year rule breaks. */
export function withCrossYearNotes(store: ReportStore, a: Answer): Answer {
  if (a.status !== "answered" || !a.figures.some((f) => TIED.test(f.metric))) return a;
  const warnings: string[] = [];
  for (const f of a.figures) {
    const m = TIED.exec(f.metric);
    if (!m) continue;
    const own = store.ofAgency(f.agency);
    const report = own.find((r) => r.year === f.year);
    if (!report) continue;
    const pair: [Report | undefined, Report] | null = m[1] === "carried_out" ? pairAfter(report, own) : [previousOf(report, own), report];
    if (!pair || !pair[0]) continue;
    const row = m[1] ?? m[2];
    const columns = (f.metric.split(".")[2] ?? "").split("+");
    for (const c of crossYearChecks(pair[0], pair[1])) {
      if (c.holds) continue;
      if (c.rule === "carried_over" && (row === "carried_in" || row === "carried_out") && columns.includes(c.column ?? "")) warnings.push(`跨年不一致：${c.message}`);
      if (c.rule === "in_force_continuity" && c.row === row) warnings.push(`跨年不一致：${c.message}`);
    }
  }
  if (!warnings.length) return a;
  const notes = [...new Set(warnings)];
  return { ...a, notes: [...a.notes, ...notes], text: [a.text, ...notes.map((n) => `注：${n}`)].join("\n") };
}

function pairAfter(report: Report, own: Report[]): [Report, Report] | null {
  const next = nextOf(report, own);
  return next ? [report, next] : null;
}
