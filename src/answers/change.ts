/**
 * 同比 and “比上年多/少了多少”: a figure (or an indicator) of one agency against the same figure of
 * its report of the year before. The change is signed, in the figure's own unit (percentage
 * points for an indicator); the rate of change is the change over last year's figure, in percent.
 * Figures of table 1 whose column differs between the 2019 and 2021 templates are not compared.
 */
import type { Answer, AnswerFigure, Quote, Report } from "../index/schema.ts";
import type { ReportStore } from "../store/store.ts";
import { readStated } from "./stated.ts";
import { evaluate, unsureReason } from "./formulas.ts";
import { indicatorFigure } from "./indicator-figures.ts";
import { table1ColumnFor } from "./lexicon.ts";
import { findNarrative } from "./narrative.ts";
import { roundNote } from "./narrative-binding.ts";
import { narrativeFigureOf, narrativeQuoteOf } from "./figures.ts";
import type { Measure } from "./measure.ts";
import type { AgencyName, Question } from "./understand.ts";
import { whose } from "./who.ts";
import { quotedSource } from "./compose.ts";

/** What changes: a measure, or a count only the narrative states, bound in each report as the question words it. */
type Changed = Measure | { kind: "narrative"; q: Question };

interface Side {
  report: Report;
  /** The figure the change is about, as an answer figure with its source. */
  figure: AnswerFigure;
  /** For an indicator: its inputs, shown after it. */
  inputs: AnswerFigure[];
  quotes: Quote[];
  notes: string[];
  /** “95 件” or “58.11%”. */
  shown: string;
  /** For an indicator: its formula with the numbers put in (its inputs carry the sources). */
  detail?: string;
}

const signed = (v: number) => (v > 0 ? `+${v}` : String(v));
const round2 = (v: number) => Math.round(v * 100) / 100;

function notFound(question: string, text: string): Answer {
  return { question, status: "not_found", kind: "figure", figures: [], quotes: [], notes: [], choices: [], text };
}

/** The narrative's count in this report, bound to the question's words; a round or unsure one is not subtracted. */
function narrativeSide(report: Report, q: Question): Side | { missing: string } {
  const bound = findNarrative(report, q);
  const hit = bound && "figure" in bound ? bound.figure : null;
  if (!hit) return { missing: `${report.year} 年报告的正文没有读到“${q.keywords.filter((k) => !CHANGE_WORDS.test(k)).join("、")}”的数字` };
  const quote = narrativeQuoteOf(report, hit);
  if (hit.read === "unsure") return { missing: `${report.year} 年正文“${hit.says}”读取不确定（${hit.reason ?? "原因未记录"}）` };
  const round = roundNote(hit);
  if (round.length) return { missing: `${report.year} 年：${round[0]}不能相减` };
  return { report, figure: narrativeFigureOf(report, hit), inputs: [], quotes: [quote], notes: [], shown: `${hit.value} ${hit.unit}` };
}

function side(report: Report, m: Changed): Side | { missing: string } {
  if (m.kind === "narrative") return narrativeSide(report, m.q);
  if (m.kind === "formula") {
    const ev = evaluate(report, m.formula);
    if (ev.value === null) return { missing: `${report.year} 年的${m.formula.name}无法计算：${ev.missing}` };
    const figure = indicatorFigure(report, ev);
    return { report, figure, inputs: ev.inputs, quotes: ev.quotes, notes: ev.notes, shown: `${ev.value}%`, detail: ev.text };
  }
  // a table that was not read: the narrative's statement of the figure (stated.ts)
  const r = readStated(report, m.metric, m.columns);
  if (r.value === null) return { missing: `${report.year} 年：${r.missing ?? "没有这一数字"}` };
  const figure: AnswerFigure = { agency: report.agency, region: report.region, year: report.year, metric: m.id, label: r.label, value: r.value, unit: r.unit, source: r.source };
  const doubt = unsureReason(report, { metric: m.metric, columns: m.columns, name: r.label });
  const notes = doubt ? [`这一数字读取不确定（${doubt}），与上一年的变化因此也不确定。`, ...r.notes] : r.notes;
  return { report, figure, inputs: [], quotes: r.quote ? [r.quote] : [], notes, shown: `${r.value} ${r.unit}`.trim() };
}

/** Table 1 changed between the templates: a column compares only with itself. */
function comparable(m: Changed, a: Report, b: Report): string | null {
  if (m.kind !== "figure" || m.metric.table !== "table1" || a.template === b.template) return null;
  const ca = table1ColumnFor(m.metric.item, m.metric.column, a.template);
  const cb = table1ColumnFor(m.metric.item, m.metric.column, b.template);
  if (ca && ca === cb) return null;
  return `${b.year} 年报告用 ${b.template} 版模板，${a.year} 年报告用 ${a.template} 版模板；表一的“${m.metric.label}”两版栏目不同（如 2021 版“现行有效件数”与 2019 版“对外公开总数量”），不能直接相减。表二、表三两版相同，可以比较。`;
}

const CHANGE_WORDS = /^(?:增加|减少|增长|下降|上升|降低|提高|回落|变化|增减|变动)$/u;

/**
 * 比上年多/少 of a count only the narrative states (“主动公开信息比上年多多少条”), or null when the
 * question names no figure (比上年增加了几件) — then the caller asks which figure is meant.
 */
export function narrativeChange(store: ReportStore, question: string, q: Question, agency: AgencyName): Answer | null {
  const own = store.ofAgency(agency.agency);
  const year = q.years.length ? Math.max(...q.years) : own.at(-1)?.year;
  const now = own.find((r) => r.year === year);
  // the question must name what changed (主动公开信息), not only how (增加了几件)
  if (!now || !q.keywords.some((k) => k.length >= 2 && !CHANGE_WORDS.test(k))) return null;
  return changeAnswer(store, question, q, agency, { kind: "narrative", q });
}

export function changeAnswer(store: ReportStore, question: string, q: Question, agency: AgencyName, m: Changed): Answer {
  const own = store.ofAgency(agency.agency);
  const year = q.years.length >= 2 ? Math.max(...q.years) : (q.years[0] ?? own[own.length - 1]?.year);
  const before = q.years.length >= 2 ? Math.min(...q.years) : (year ?? 0) - 1;
  const now = own.find((r) => r.year === year);
  const then = own.find((r) => r.year === before);
  const have = own.map((r) => `${r.year} 年`).join("、") || "无";
  if (!now) return notFound(question, `没有${whose(agency)} ${year ?? ""} 年的报告，无法与上一年比较。已有：${have}。`);
  if (!then) return notFound(question, `没有${whose(agency)} ${before} 年的报告，无法计算 ${year} 年与上一年相比的变化。已有：${have}。`);
  const unlike = comparable(m, now, then);
  if (unlike) return notFound(question, unlike);
  const a = side(now, m);
  const b = side(then, m);
  if ("missing" in a || "missing" in b) {
    return notFound(question, `无法计算与上一年相比的变化：${["missing" in a ? a.missing : "", "missing" in b ? b.missing : ""].filter(Boolean).join("；")}。`);
  }
  if (a.figure.unit !== b.figure.unit) {
    return notFound(question, `无法计算与上一年相比的变化：${year} 年正文是“${a.shown}”，${before} 年是“${b.shown}”，单位不同，不是同一个数。`);
  }
  const isRate = m.kind === "formula";
  const unit = isRate ? "个百分点" : a.figure.unit;
  const change = round2(a.figure.value - b.figure.value);
  const name = isRate ? m.formula.name : a.figure.label;
  const rateAsked = q.quantity?.kind === "change_rate" && !isRate;
  const rate = b.figure.value !== 0 ? round2((change / b.figure.value) * 100) : null;
  const id = m.kind === "formula" ? `indicator.${m.formula.id}` : m.kind === "narrative" ? "narrative" : m.id;
  const notes = [...new Set([...(q.years.length >= 2 ? [] : [`与同一机关 ${before} 年的报告相比。`]), ...(m.kind === "narrative" ? ["两年的数字都取自报告正文（表格中没有这一项），请对照两段原文。"] : []), ...(isRate ? ["比率之差以百分点计。"] : []), ...a.notes.map((n) => `${year} 年：${n}`), ...b.notes.map((n) => `${before} 年：${n}`)])];
  const changeLine = `${name}：${year} 年 ${a.shown} − ${before} 年 ${b.shown} = ${signed(change)} ${unit}`;
  if (rateAsked && rate === null) {
    return { ...notFound(question, `${before} 年的${name}为 0，同比增长率无从计算（不能除以 0）。${changeLine}。`), notes };
  }
  // 比上年 only against the year before: 2024 against 2022 is headed 比 2022 年 wherever the label shows (a chat's title)
  const adjacent = before === (year ?? 0) - 1;
  const against = adjacent ? "比上年" : `比 ${before} 年`;
  const head: AnswerFigure = rateAsked
    ? { ...a.figure, metric: `change_rate.${id}`, label: `${name} ${adjacent ? "同比" : against}变化率`, value: rate ?? 0, unit: "%", source: `按公式计算：（${year} 年 ${a.figure.value} − ${before} 年 ${b.figure.value}）÷ ${before} 年 ${b.figure.value} × 100%` }
    : { ...a.figure, metric: `change.${id}`, label: `${name} ${against}增减`, value: change, unit, source: `按公式计算：${year} 年 ${a.figure.value} − ${before} 年 ${b.figure.value}` };
  const headline = rateAsked
    ? `${whose(now)} ${year} 年 · ${name}${adjacent ? "同比" : against}：${signed(rate ?? 0)}%（${change >= 0 ? "增加" : "减少"} ${Math.abs(change)} ${unit}）`
    : `${whose(now)} ${year} 年 · ${name}比 ${before} 年${change > 0 ? "多" : change < 0 ? "少" : "持平"}${change ? ` ${Math.abs(change)} ${unit}` : ""}（${signed(change)}${rate !== null && !isRate ? `，${signed(rate)}%` : ""}）`;
  const quoted = [...a.quotes.slice(0, 1), ...b.quotes.slice(0, 1)];
  const text = [
    headline,
    `计算：${rateAsked ? `（${a.figure.value} − ${b.figure.value}）÷ ${b.figure.value} × 100% = ${signed(rate ?? 0)}%` : changeLine}`,
    ...[a, b].map((s) => `· ${s.report.year} 年：${s.detail ?? `${s.shown}（来源：${quotedSource(s.figure, quoted)}）`}`),
    ...[a, b].flatMap((s) => s.inputs.map((f) => `  ${s.report.year} 年 ${f.label}：${f.value} ${f.unit}（来源：${quotedSource(f, quoted)}）`)),
    ...quoted.map((x) => `原文：“${x.text}”（《${x.report}》）`),
    ...notes.map((n) => `注：${n}`),
  ].join("\n");
  return {
    question,
    status: "answered",
    kind: "figure",
    figures: [head, a.figure, ...a.inputs, b.figure, ...b.inputs],
    quotes: quoted,
    notes,
    choices: [],
    text,
  };
}
