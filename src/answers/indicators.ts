/**
 * Questions about a quantity that is not a printed count (see quantity.ts): rates, shares,
 * changes from the year before. Such a question gets that quantity, computed with its formula
 * shown and every input with its own source — or a plain “cannot” naming the quantity and what
 * can be given instead. Never the count its words also name.
 *
 * In the answer, `figures[0]` is the quantity (unit “%” for a rate, value in percent with two
 * decimals; a change in the figure's own unit, signed) and the printed figures it was computed
 * from follow it.
 */
import { askWhichAgency, whose } from "./who.ts";
import type { Answer, AnswerFigure, AnswerKind, Quote, Report } from "../index/schema.ts";
import type { ReportStore } from "../store/store.ts";
import { answerText, quotedSource } from "./compose.ts";
import { readMetric } from "./figures.ts";
import { evaluate, type Evaluation, type Formula } from "./formulas.ts";
import { indicatorFigure, seriesAnswer } from "./indicator-figures.ts";
import { QUANTITY_NAMES } from "./quantity.ts";
import { measureFor, type Measure } from "./measure.ts";
import { changeAnswer, narrativeChange } from "./change.ts";
import { rankIndicator } from "./indicator-ranking.ts";
import { asksCopied, copiedAnswer } from "./across-years-answers.ts";
import { otherRate, printedChange, printedNarrativeChange, printedRate, rateWord } from "./printed-rates.ts";
import type { AgencyName, Question } from "./understand.ts";
import { yearsHad } from "./renamed.ts";

/** What the answerer knows of the corpus, as the indicators need it. */
export interface IndicatorCtx {
  store: ReportStore;
}

/**
 * The answer to a question that asks for a quantity, or null when it asks for none. A question
 * on why a rate is what it is gets the rate too: passages alone would leave the count's answer.
 */
export function quantityAnswer(ctx: IndicatorCtx, question: string, q: Question, agencies: AgencyName[]): Answer | null {
  // “2024年报告和上一年重复了多少”: copied text, not a change of a figure.
  if (asksCopied(q) && agencies.length <= 1) {
    const agency = agencies[0] ?? (ctx.store.names().length === 1 ? ctx.store.names()[0] : undefined);
    if (agency) return copiedAnswer(ctx.store, question, q, agency);
  }
  const ask = q.quantity;
  if (!ask) return null;
  const m = measureFor(q);
  // A rate the report prints (热线按期办结率 99.46%) is answered as printed, before computing or refusing.
  const printed = printedRate(ctx.store, question, q, agencies, m);
  if (printed) return printed;
  const other = otherRate(q, m);
  if (other) return unsupported(question, q, agencies, `表格算得出的是${"measure" in m && m.measure.kind === "formula" ? `“${m.measure.formula.name}”` : "别的比率"}，不是“${other}”。`);
  if ("unsupported" in m) return unsupported(question, q, agencies, m.unsupported);
  if ("clarify" in m) {
    // a change of a count the text states, not a table figure (主动公开信息比上年多多少条)
    const one = agencies.length === 1 ? agencies[0] : agencies.length === 0 && ctx.store.names().length === 1 ? ctx.store.names()[0] : undefined;
    const computed = (ask.kind === "change" || ask.kind === "change_rate") && !q.metric && one ? narrativeChange(ctx.store, question, q, one) : null;
    // not computable (no year before, or its figure not stated): the change the sentence prints, if any
    const stated = computed?.status === "not_found" && one ? (printedNarrativeChange(ctx.store, question, q, one) ?? computed) : computed;
    return stated ?? { ...empty(question, "clarify", kindOf(q)), text: m.clarify, choices: m.choices };
  }
  const measure = m.measure;

  if (q.kind === "ranking" && agencies.length === 0) {
    if (measure.kind !== "formula") return unsupported(question, q, agencies, "目前只能按比率（公开率、办结率、纠错率、占比）排名，不能按与上一年的变化排名。");
    return rankIndicator(ctx.store, question, q, measure.formula);
  }
  if (agencies.length === 0) {
    const names = ctx.store.names();
    if (names.length !== 1) {
      return { ...empty(question, "clarify", kindOf(q)), ...askWhichAgency(q.text, names) };
    }
    agencies = [names[0] as AgencyName];
  }

  if (ask.kind === "change" || ask.kind === "change_rate") {
    // not computable (no year before, or its figure unread): the change the report prints, if any
    const changeOf = (a: AgencyName) => {
      const change = changeAnswer(ctx.store, question, q, a, measure);
      return change.status === "not_found" ? (printedChange(ctx.store, question, q, a, measure) ?? change) : change;
    };
    // 和乙县比呢 after a change, 对比甲县和乙县2024年…比上年增加多少: each one's change, side by side
    if (agencies.length > 1) return changesCompared(question, agencies.map((a) => ({ agency: a, answer: changeOf(a) })));
    return changeOf(agencies[0] as AgencyName);
  }
  if (measure.kind === "figure") return figureAnswer(ctx.store, question, q, agencies[0] as AgencyName, measure);
  if (agencies.length > 1 || q.kind === "comparison") return comparison(ctx.store, question, q, agencies, measure.formula);
  const agency = agencies[0] as AgencyName;
  const own = ctx.store.ofAgency(agency.agency);
  if (q.kind === "trend" || q.years.length > 1) return trend(question, q, agency, own, measure.formula);
  const found = reportOf(own, q, agency);
  if ("answer" in found) return { ...found.answer, question };
  return single(question, found.report, measure.formula, found.notes);
}

function kindOf(q: Question): AnswerKind {
  return q.kind === "search" || q.kind === "help" || q.kind === "reports" || q.kind === "breakdown" ? "figure" : q.kind;
}

function empty(question: string, status: Answer["status"], kind: AnswerKind): Answer {
  return { question, status, kind, figures: [], quotes: [], notes: [], choices: [], text: "" };
}

function unsupported(question: string, q: Question, agencies: AgencyName[], why: string): Answer {
  const ask = q.quantity;
  const who = agencies[0]?.region ?? "";
  const year = q.years[0] ? `${q.years[0]}年` : "";
  const instead = q.metric
    ? `可以给出报告印出的数字，例如“${who}${year}${q.metric.label.split(" · ")[0]}多少件”；可以计算的有：公开率、办结率、不予公开率等各项办理结果占比、申请人占比、行政复议和行政诉讼纠错率、与上一年相比的变化。`
    : `可以计算的有：公开率、办结率、不予公开率等各项办理结果占比、申请人占比、行政复议和行政诉讼纠错率、与上一年相比的变化（例如“${who || "赣州市"}${year || "2023年"}公开率”）。`;
  // a rate with a name (答复率, 满意率): printed-rates.ts found no such rate printed in the report
  const one = agencies.length === 1 && q.kind !== "ranking" && q.kind !== "comparison" && q.kind !== "trend";
  const printed = one && rateWord(q) ? "报告正文没有印出这一比率；" : "";
  const text = `您问的是“${ask?.phrase ?? ""}”（${QUANTITY_NAMES[ask?.kind ?? "ratio"]}）。${printed}${why}不用别的数字代替。${instead}`;
  return { ...empty(question, "not_found", kindOf(q)), text };
}

/** The report of the year asked (or the latest), or the answer saying there is none. */
export function reportOf(own: Report[], q: Question, agency: AgencyName): { report: Report; notes: string[] } | { answer: Answer } {
  const year = q.years[0] ?? own[own.length - 1]?.year;
  const report = own.find((r) => r.year === year);
  if (!report) {
    const text = `没有${whose(agency)} ${year ?? ""} 年的报告。已有：${yearsHad(own, agency.agency) || "无"}。`;
    return { answer: { ...empty("", "not_found", "figure"), text } };
  }
  return { report, notes: q.yearWasGiven ? [] : [`未指明年份，按最新的 ${report.year} 年报告回答。`] };
}

function inputLines(figures: AnswerFigure[], quotes: readonly Quote[]): string[] {
  return figures.map((f) => `· ${f.label}：${f.value} ${f.unit}（来源：${quotedSource(f, quotes)}）`);
}

function single(question: string, report: Report, f: Formula, notes: string[]): Answer {
  const ev = evaluate(report, f);
  if (ev.value === null) {
    const text = `${whose(report)} ${report.year} 年的${f.name}无法计算：${ev.missing}。\n公式：${ev.text}`;
    return { ...empty(question, "not_found", "figure"), figures: [], notes: [...notes, ...ev.notes], text: [text, ...ev.notes.map((n) => `注：${n}`)].join("\n") };
  }
  const figures = [indicatorFigure(report, ev), ...ev.inputs];
  const text = [
    `${whose(report)} ${report.year} 年 · ${f.name}：${ev.value}%${ev.unsure.length ? "（不确定：所用数字有读取不确定的）" : ""}`,
    `计算：${ev.text}`,
    ...inputLines(ev.inputs, ev.quotes.slice(0, 2)),
    ...ev.quotes.slice(0, 2).map((x) => `原文：“${x.text}”`),
    ...[...notes, ...ev.notes].map((n) => `注：${n}`),
  ].join("\n");
  return { question, status: "answered", kind: "figure", figures, quotes: ev.quotes, notes: [...new Set([...notes, ...ev.notes])], choices: [], text };
}

/**
 * Changes of several bodies compared: each one's change (its headline and formula, its two years'
 * sources), those that cannot be computed said with the reason — never refused as a whole.
 */
function changesCompared(question: string, each: { agency: AgencyName; answer: Answer }[]): Answer {
  const shown = each.filter((e) => e.answer.status === "answered" && e.answer.figures.length > 0);
  const missing = each.filter((e) => !shown.includes(e)).map((e) => `${whose(e.agency)}：${e.answer.text.split("\n")[0] ?? ""}`);
  if (!shown.length) return { ...empty(question, "not_found", "comparison"), notes: missing, text: missing.join("\n") };
  // each change's source names whose two years it subtracts
  const figures = shown.map((e) => ({ ...(e.answer.figures[0] as AnswerFigure), source: `${whose(e.agency)}：${(e.answer.figures[0] as AnswerFigure).source}` }));
  const quotes = shown.flatMap((e) => e.answer.quotes);
  const notes = [...new Set([...missing, ...shown.flatMap((e) => e.answer.notes.map((n) => `${whose(e.agency)}：${n}`))])];
  const text = [
    `对比：${(figures[0] as AnswerFigure).label}`,
    ...shown.flatMap((e) => e.answer.text.split("\n").slice(0, 2).map((l, i) => (i ? `  ${l}` : `· ${l}`))),
    ...quotes.map((x) => `原文：“${x.text}”（《${x.report}》）`),
    ...notes.map((n) => `注：${n}`),
  ].join("\n");
  return { question, status: "answered", kind: "comparison", figures, quotes, notes, choices: [], text };
}

function comparison(store: ReportStore, question: string, q: Question, agencies: AgencyName[], f: Formula): Answer {
  const shown: { report: Report; ev: Evaluation }[] = [];
  const notes: string[] = [];
  for (const a of agencies) {
    const own = store.ofAgency(a.agency);
    const year = q.years[0] ?? own[own.length - 1]?.year;
    const report = own.find((r) => r.year === year);
    if (!report) notes.push(`没有${whose(a)} ${year ?? ""} 年的报告。`);
    else {
      const ev = evaluate(report, f);
      if (ev.value === null) notes.push(`${whose(report)} ${report.year} 年的${f.name}无法计算：${ev.missing}。`);
      else shown.push({ report, ev });
      notes.push(...ev.notes.map((n) => `${whose(report)}：${n}`));
    }
  }
  if (!shown.length) return { ...empty(question, "not_found", "comparison"), notes, text: notes.join("\n") };
  return seriesAnswer(question, "comparison", f, shown, notes);
}

function trend(question: string, q: Question, agency: AgencyName, own: Report[], f: Formula): Answer {
  const years = q.years.length > 1 ? q.years : own.map((r) => r.year);
  const shown: { report: Report; ev: Evaluation }[] = [];
  const notes: string[] = [];
  for (const y of years) {
    const report = own.find((r) => r.year === y);
    if (!report) {
      notes.push(`没有${whose(agency)} ${y} 年的报告。`);
      continue;
    }
    const ev = evaluate(report, f);
    if (ev.value === null) notes.push(`${y} 年的${f.name}无法计算：${ev.missing}。`);
    else shown.push({ report, ev });
    notes.push(...ev.notes.map((n) => `${y} 年：${n}`));
  }
  if (new Set(shown.map((s) => s.report.template)).size > 1) {
    notes.push("这些报告分属 2019 版和 2021 版模板；表二、表三两版相同，这一比率可以跨年比较。");
  }
  if (!shown.length) return { ...empty(question, "not_found", "trend"), notes, text: notes.join("\n") || `没有${whose(agency)}的报告。` };
  return seriesAnswer(question, "trend", f, shown, notes);
}

/** A printed figure the quantity words stand for (纠错 → 结果纠正), with the note that says so. */
function figureAnswer(store: ReportStore, question: string, q: Question, agency: AgencyName, m: Extract<Measure, { kind: "figure" }>): Answer {
  const found = reportOf(store.ofAgency(agency.agency), q, agency);
  if ("answer" in found) return { ...found.answer, question };
  const { report } = found;
  const r = readMetric(report, m.metric, m.columns);
  if (r.value === null) return { ...empty(question, "not_found", "figure"), text: `《${report.title}》中没有这一数字：${r.missing ?? "未找到"}。` };
  const fig: AnswerFigure = { agency: report.agency, region: report.region, year: report.year, metric: m.id, label: r.label, value: r.value, unit: r.unit, source: r.source };
  const a: Answer = { question, status: "answered", kind: "figure", figures: [fig], quotes: r.quote ? [r.quote] : [], notes: [...new Set([...found.notes, ...(m.note ? [m.note] : []), ...r.notes])], choices: [], text: "" };
  a.text = answerText(a);
  return a;
}
