/**
 * Rates the report prints in its own words (“12345热线……按期办结率99.46%”, “市长信箱……答复率100%”):
 * asked for, they are answered as printed — the value in %, its source and the sentence — not
 * computed, and not refused as a rate the tables cannot give. A rate the report does not print
 * stays the indicators' (computed with its formula, or refused: indicators.ts).
 *
 * The printed rate is the narrative number the question binds to (narrative-binding.ts, the one
 * mechanism) among the report's figures in %, when its own words hold the rate asked (办结率,
 * 满意率 …) and every other content word of the question is one it answers to (热线, 信箱). It is
 * preferred to a computed indicator only when the question says what the printed rate is about
 * (热线, 信箱) or names a rate the indicator is not (群众满意率 is not 自然人占比).
 */
import type { Answer, AnswerFigure, NarrativeFigure } from "../index/schema.ts";
import type { ReportStore } from "../store/store.ts";
import { answerText } from "./compose.ts";
import { leftover } from "./coverage.ts";
import { narrativeQuoteOf, sectionName } from "./figures.ts";
import type { MeasureFor } from "./measure.ts";
import { answersTo, bindNarrative, narrativeLabel } from "./narrative-binding.ts";
import { narrativeDoubt, unsureAnswer } from "./unsure.ts";
import type { AgencyName, Question } from "./understand.ts";

/** The rate word asked: two characters and 率 (办结率, 满意率, 答复率, 合格率), or null for 占比, 比例 …. */
export function rateWord(q: Question): string | null {
  const phrase = q.quantity?.kind === "ratio" ? q.quantity.phrase : "";
  return /\p{Script=Han}{2}率$/u.test(phrase) ? phrase.slice(-3) : null;
}

/**
 * The rate asked is not the one the formula computes: a share built from the row and column words
 * of the question (群众 → 自然人) while the rate's own word is one nothing explained (群众满意率:
 * 满意). Then it is the report's to print, or nobody's — never the share's. Named indicators (公开率,
 * 结案率 = 办结率, 纠错率) are matched by their own words and are not this.
 */
export function otherRate(q: Question, measure: MeasureFor): string | null {
  const rate = rateWord(q);
  if (!rate || !("measure" in measure) || measure.measure.kind !== "formula") return null;
  if (!/^(?:share|applicant_share)\b/u.test(measure.measure.formula.id)) return null;
  return leftover(q).words.includes(rate.slice(0, -1)) ? rate : null;
}

export function printedRate(store: ReportStore, question: string, q: Question, agencies: readonly AgencyName[], measure: MeasureFor): Answer | null {
  const rate = rateWord(q);
  if (!rate || agencies.length !== 1 || q.years.length > 1 || q.kind === "ranking" || q.kind === "comparison" || q.kind === "trend") return null;
  const own = store.ofAgency((agencies[0] as AgencyName).agency);
  const report = own.find((r) => r.year === (q.years[0] ?? own.at(-1)?.year));
  if (!report) return null;
  const rates = report.narrative.filter((n) => n.unit === "%" || n.unit === "％");
  if (!rates.length) return null;
  const words = leftover(q).words;
  const bound = bindNarrative(rates, q.text, [rate, ...q.keywords], [...q.agencies.map((a) => a.text), ...q.years.map(String)]);
  const n = bound && "figure" in bound ? bound.figure : null;
  if (!n) return null;
  const about = answersTo(report.narrative, n);
  if (!about.includes(rate) || !words.every((w) => about.includes(w.toLowerCase()))) return null;
  // 办结率 alone is the table's (computed); 热线按期办结率, or a rate no formula is named for, is the report's
  const computed = "measure" in measure && measure.measure.kind === "formula" && !otherRate(q, measure);
  if (computed && !words.length) return null;
  return stated(question, report, n);
}

function stated(question: string, report: Parameters<typeof narrativeQuoteOf>[0], n: NarrativeFigure): Answer {
  const quote = narrativeQuoteOf(report, n);
  // “群众满意率达”, “合格率均为”: the rate's name without the verb before its number
  const label = narrativeLabel(n).replace(/[\s（）()：:，,]+$/u, "").replace(/(?:均|都|达到|达|为|是)+$/u, "");
  if (n.read === "unsure") return unsureAnswer(question, "figure", `${report.region} ${report.year} 年 · ${label}`, n.value, n.unit, narrativeDoubt(n), [quote], []);
  const fig: AnswerFigure = {
    agency: report.agency,
    region: report.region,
    year: report.year,
    metric: "narrative",
    label,
    value: n.value,
    unit: "%",
    source: `《${report.title}》${sectionName(report, n.section)}（正文）`,
  };
  const a: Answer = { question, status: "answered", kind: "figure", figures: [fig], quotes: [quote], notes: ["这是报告正文印出的比率，照录原文，不是由表格计算的。"], choices: [], text: "" };
  a.text = answerText(a);
  return a;
}
