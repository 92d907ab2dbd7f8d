/**
 * Indicators as answer figures and several of them side by side (a comparison, a trend, a
 * ranking): the indicators first, then every input with its own source.
 */
import { whose } from "./who.ts";
import type { Answer, AnswerFigure, Report } from "../index/schema.ts";
import type { Evaluation, Formula } from "./formulas.ts";

/** The indicator as an answer figure; its source is the report and the formula. */
export function indicatorFigure(report: Report, ev: Evaluation): AnswerFigure {
  return {
    agency: report.agency,
    region: report.region,
    year: report.year,
    metric: `indicator.${ev.formula.id}`,
    label: ev.formula.name,
    value: ev.value ?? 0,
    unit: "%",
    source: `《${report.title}》按公式计算：${ev.text}`,
  };
}

/** Several indicators side by side (places or years): the indicators first, then every input. */
export function seriesAnswer(question: string, kind: "comparison" | "trend" | "ranking", f: Formula, shown: { report: Report; ev: Evaluation }[], notes: string[], heading?: string): Answer {
  const indicators = shown.map((s) => indicatorFigure(s.report, s.ev));
  const inputs = kind === "ranking" ? [] : shown.flatMap((s) => s.ev.inputs);
  const quotes = shown.flatMap((s) => s.ev.quotes.slice(0, 1));
  const title = { comparison: "对比", trend: "历年变化", ranking: "排名" }[kind];
  const lines = [
    `${title}：${heading ?? f.name}`,
    ...shown.map((s, i) => `${kind === "ranking" ? `${i + 1}. ` : "· "}${whose(s.report)} ${s.report.year} 年：${s.ev.value}%${s.ev.unsure.length ? "（不确定）" : ""}（${s.ev.text.replace(/^[^=]*= /u, "")}）`),
    `公式：${f.name} = ${formulaWords(f)}`,
    ...(kind === "ranking" ? [] : quotes.slice(0, 2).map((x) => `原文：“${x.text}”`)),
    ...notes.map((n) => `注：${n}`),
  ];
  return { question, status: "answered", kind, figures: [...indicators, ...inputs], quotes, notes: [...new Set(notes)], choices: [], text: lines.join("\n") };
}

/** The formula in words: “（予以公开 + 部分公开）÷ 办理结果总计 × 100%”. */
export function formulaWords(f: Formula): string {
  const side = (terms: Formula["numerator"]) => {
    const s = terms.map((t, i) => `${i ? ((t.sign ?? 1) < 0 ? " − " : " + ") : ""}${t.name}`).join("");
    return terms.length > 1 ? `（${s}）` : s;
  };
  return `${side(f.numerator)} ÷ ${side(f.denominator)} × 100%`;
}
