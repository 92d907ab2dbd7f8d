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
import type { Answer, AnswerFigure, NarrativeFigure, Report } from "../index/schema.ts";
import type { ReportStore } from "../store/store.ts";
import { answerText } from "./compose.ts";
import { leftover } from "./coverage.ts";
import { narrativeQuoteOf, sectionName } from "./figures.ts";
import { evaluate } from "./formulas.ts";
import type { Measure, MeasureFor } from "./measure.ts";
import { narrativeStatement, ON_BEHALF } from "../index/read/text-vs-table.ts";
import { narrativeKey, readStated } from "./stated.ts";
import { answersTo, bindNarrative, narrativeLabel } from "./narrative-binding.ts";
import { findNarrative } from "./narrative.ts";
import { narrativeDoubt, unsureAnswer } from "./unsure.ts";
import type { AgencyName, Question } from "./understand.ts";
import { whose } from "./who.ts";

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

/**
 * A share asked of no table figure (分值占比多少, 占多少): the word its printed number must carry —
 * 占 (占比, 所占, 占多少), 比重 or 比例. Null when a table figure is named (自然人占比 is computed).
 */
function shareWord(q: Question): string | null {
  if (q.metric || q.quantity?.kind !== "ratio") return null;
  const m = /比重|比例|[占佔]/u.exec(q.quantity.phrase);
  return m ? (m[0] === "佔" ? "占" : m[0]) : null;
}

/** The words a share is said with, one for another: 占 (占比, 所占), 比例, 比重. */
const SHARE_WORDS: ReadonlySet<string> = new Set(["占", "比例", "比重"]);

export function printedRate(store: ReportStore, question: string, q: Question, agencies: readonly AgencyName[], measure: MeasureFor): Answer | null {
  // an average asked (平均办理时间): the tables print none, the text may (“受件平均办理时间为9天”)
  const average = q.quantity?.kind === "average";
  const rate = average ? "平均" : (rateWord(q) ?? shareWord(q));
  if (!rate && agencies.length === 1 && q.years.length <= 1 && q.kind !== "ranking" && q.kind !== "comparison" && q.kind !== "trend") return shareAfterCount(store, question, q, agencies[0] as AgencyName, measure);
  if (!rate || agencies.length !== 1 || q.years.length > 1 || q.kind === "ranking" || q.kind === "comparison" || q.kind === "trend") return null;
  const own = store.ofAgency((agencies[0] as AgencyName).agency);
  const report = own.find((r) => r.year === (q.years[0] ?? own.at(-1)?.year));
  if (!report) return null;
  const rates = report.narrative.filter((n) => (average ? n.says.includes("平均") : n.unit === "%" || n.unit === "％"));
  if (!rates.length) return null;
  const words = leftover(q).words;
  const bound = bindNarrative(rates, q.text, [...(SHARE_WORDS.has(rate) ? SHARE_WORDS : [rate]), ...q.keywords], [...q.agencies.map((a) => a.text), ...q.years.map(String)]);
  const n = bound && "figure" in bound ? bound.figure : bound && "choose" in bound ? itemRate(bound.choose, words) : null;
  if (!n) return null;
  const about = n === (bound && "figure" in bound ? bound.figure : null) ? answersTo(report.narrative, n) : `${answersTo(report.narrative, n)} ${listedItem(n)}`;
  // a share said with another share word (比例, 比重 asked of a printed “占比60.56%”) is the same share
  const said = SHARE_WORDS.has(rate) ? [...SHARE_WORDS].some((w) => about.includes(w)) : about.includes(rate);
  if (!said || !words.every((w) => SHARE_WORDS.has(w) || about.includes(w.toLowerCase()))) return null;
  // 办结率 alone is the table's (computed) when its tables give it; 热线按期办结率, a rate no formula is
  // named for, or one the tables cannot give (not read: 荣成 “办结率83.3%”) is the report's
  const formula = "measure" in measure && measure.measure.kind === "formula" && !otherRate(q, measure) ? measure.measure.formula : null;
  if (formula && !words.length && evaluate(report, formula, { quote: false }).value !== null) return null;
  return stated(question, report, n);
}

/**
 * A table figure's share asked (予以公开占比) that the tables cannot give (unread), printed by the text right after the
 * figure's own count (“其中予以公开46件,占比97.8%”): the share is that count's, quoted as printed. Only a share in the
 * clause right after the statement of the figure asked, nothing between but 占比 (所占比例, 比重) and the number.
 */
const SHARE_AFTER = /^\s*[，,]\s*(?:占比|所占比例|所占比重|占比为|比例为|比重为|占)\s*(?:为|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/u;

function shareAfterCount(store: ReportStore, question: string, q: Question, agency: AgencyName, measure: MeasureFor): Answer | null {
  if (q.quantity?.kind !== "ratio" || !/占|比例|比重/u.test(q.quantity.phrase) || !q.metric) return null;
  if (!("measure" in measure) || measure.measure.kind !== "formula") return null;
  const own = store.ofAgency(agency.agency);
  const report = own.find((r) => r.year === (q.years[0] ?? own.at(-1)?.year));
  const key = report && q.metric.table === "table2" ? narrativeKey(q.metric, ["total"]) : null;
  if (!report || !key || evaluate(report, measure.measure.formula, { quote: false }).value !== null) return null;
  const statement = narrativeStatement(report, key);
  if (!statement || statement.parts || statement.read === "unsure") return null;
  const rest = statement.sentence.slice(statement.sentence.indexOf(statement.says) + statement.says.length);
  const m = SHARE_AFTER.exec(rest);
  const share = m ? report.narrative.find((f) => f.sentence === statement.sentence && /[%％]/u.test(f.unit) && f.value === Number(m[1]) && f.says.endsWith(m[0].replace(/^\s*[，,]\s*/u, "").trim())) : undefined;
  return share ? stated(question, report, share) : null;
}

/**
 * Two rates alike, each listed after its own channel's count (“全年受理“区长信箱”信件245件、办结率97.96%,“部门信箱”信件237件、
 * 办结率98.73%”): the rate's list item — its clause back to the rate before it — names its channel. The one rate whose item
 * holds every other word of the question (区长信箱) is the one asked; none or several, and the rates stay a choice.
 * Only rates are chosen among here: the count before a rate is never taken for it.
 */
function itemRate(rates: readonly NarrativeFigure[], words: readonly string[]): NarrativeFigure | null {
  const asked = words.filter((w) => !SHARE_WORDS.has(w) && !/率$/u.test(w)).map((w) => w.toLowerCase());
  if (!asked.length) return null;
  const fit = rates.filter((r) => {
    const item = listedItem(r).toLowerCase();
    return asked.every((w) => item.includes(w));
  });
  return fit.length === 1 ? (fit[0] as NarrativeFigure) : null;
}

/** A printed rate's list item: its sentence from the clause start (or the % number before it) up to the rate. */
function listedItem(rate: NarrativeFigure): string {
  const s = rate.sentence;
  const end = s.indexOf(rate.says) + rate.says.length;
  const head = s.slice(0, end);
  const clause = Math.max(...[...head.matchAll(/[，。；,;！？!?]/gu)].map((m) => m.index + 1), 0);
  const percents = [...head.slice(0, end - rate.says.length).matchAll(/\d+(?:\.\d+)?\s*[%％]/gu)].map((m) => m.index + m[0].length);
  return head.slice(Math.max(clause, ...percents), end);
}

/** A percentage the report's text prints (a rate, a change from the year before), as the answer's figure. */
function printedPercent(report: Report, section: number, label: string, value: number): AnswerFigure {
  return { agency: report.agency, region: report.region, year: report.year, metric: "narrative", label, value, unit: "%", source: `《${report.title}》${sectionName(report, section)}（正文）` };
}

function stated(question: string, report: Parameters<typeof narrativeQuoteOf>[0], n: NarrativeFigure): Answer {
  const quote = narrativeQuoteOf(report, n);
  // “群众满意率达”, “合格率均为”: the rate's name without the verb before its number
  const label = narrativeLabel(n).replace(/[\s（）()：:，,]+$/u, "").replace(/(?:均|都|达到|达|为|是)+$/u, "");
  if (n.read === "unsure") return unsureAnswer(question, "figure", `${whose(report)} ${report.year} 年 · ${label}`, n.value, n.unit, narrativeDoubt(n), [quote], []);
  const percent = n.unit === "%" || n.unit === "％";
  const fig = { ...printedPercent(report, n.section, label, n.value), unit: percent ? "%" : n.unit };
  const a: Answer = { question, status: "answered", kind: "figure", figures: [fig], quotes: [quote], notes: [`这是报告正文印出的${percent ? "比率" : "数字"}，照录原文，不是由表格计算的。`], choices: [], text: "" };
  a.text = answerText(a);
  return a;
}

// ---------------------------------------------------------------------------------------------
// Changes the report prints

/**
 * “共收到信息公开申请22起，比2022年(31起)下降29%”, “受理…31件，较2022年增长63%”, “同比增长12.5%”,
 * “共办理申请6件，与去年相比减少3件”:
 * the change from the year before as the sentence stating the figure prints it, right after it.
 */
const PRINTED_CHANGE =
  /^\s*[，,]?\s*(?:较|比|同比|与)(?:上年|去年|上一年|(?:19|20)\d{2}\s*年度?)?(?:同期)?\s*(?:[（(][^）)]{0,16}[）)])?\s*(?:相比)?[，,]?\s*(增长|增加|上升|提高|下降|减少|降低|回落)了?\s*(\d+(?:\.\d+)?)\s*([%％]|件|条|起|宗|个)/u;
const ASKS_COUNT = /(?:多少|几)\s*[件条个起宗项次]/u;

/** The words naming a whole-year count right before its change (“申请量同比增长42.9%”, “行政复议案件较上年减少2件”). */
const CHANGE_SUBJECT: Partial<Record<string, string>> = {
  "table2.new": "(?:政府信息公开|信息公开|依申请公开)?申请(?:量|数量?|件数|总量)|依申请公开(?:申请)?(?:量|数量?|件数)",
  "table3.review": "行政复议(?:案件)?(?:量|数量?|件数)?",
  "table3.suits": "行政诉讼(?:案件)?(?:量|数量?|件数)?",
};
/** A part (网上申请量, 自然人申请量) or another body's count is not the whole year's. */
const PART_OF = /其中|网上|线上|线下|书面|当面|信函|自然人|法人|组织|本级|部门|乡镇|街道/u;

/**
 * A change printed in a clause of its own, its subject the count (“受……影响，申请量同比增长42.9%”):
 * the number in % (or the count's unit) whose clause is that subject, the change words and the number.
 */
function changeOfItsOwn(report: Report, key: string): { figure: NarrativeFigure; m: RegExpExecArray } | null {
  const subject = CHANGE_SUBJECT[key];
  if (!subject) return null;
  const clause = new RegExp(`^(?:[^，,。；;]{0,6}?)(?:${subject})\\s*(?=较|比|同比|与)`, "u");
  for (const f of report.narrative) {
    if (f.parts || f.read === "unsure" || PART_OF.test(f.says) || ON_BEHALF.test(f.says)) continue;
    const head = clause.exec(f.says);
    const m = head ? PRINTED_CHANGE.exec(f.says.slice(head[0].length)) : null;
    if (m && m.index === 0 && m[0].length === f.says.length - (head?.[0].length ?? 0)) return { figure: f, m };
  }
  return null;
}

/**
 * Counts listed, then their changes listed after 分别 in the same order (“因依申请公开产生行政复议案件2件和行政诉讼案件7件,
 * 同比分别下降60%和12.5%”): the change of the one count whose words are the subject asked — as many changes as counts,
 * the subject in exactly one item, and its count the table's when the table is read; else none.
 */
const RESPECTIVE_CHANGE = new RegExp(
  `([^，,。；;]+)[，,]\\s*(?:(?:较|比|与)(?:上年|去年|上一年|(?:19|20)\\d{2}\\s*年度?)(?:同期)?(?:相比)?|同比)\\s*[，,]?\\s*分别\\s*(增长|增加|上升|提高|下降|减少|降低|回落)了?\\s*((?:\\d+(?:\\.\\d+)?\\s*[%％]\\s*(?:和|、|及|与)\\s*)+\\d+(?:\\.\\d+)?\\s*[%％])`,
  "gu",
);
const LISTED_COUNT = /\d+\s*(?:件|起|宗|个|条|项)/u;

function changeRespectively(report: Report, key: string, table: number | null): { figure: NarrativeFigure; m: RegExpExecArray } | null {
  const subject = CHANGE_SUBJECT[key];
  if (!subject) return null;
  const named = new RegExp(subject, "u");
  for (const sentence of new Set(report.narrative.map((f) => f.sentence))) {
    for (const r of sentence.matchAll(RESPECTIVE_CHANGE)) {
      const [, counts = "", way = "", run = ""] = r;
      const values = [...run.matchAll(/(\d+(?:\.\d+)?)\s*([%％])/gu)];
      const items = counts.split(/(?<=\d\s*(?:件|起|宗|个|条|项))\s*(?:和|、|及|与)/u).map((i) => i.trim());
      if (items.length !== values.length || !items.every((i) => LISTED_COUNT.test(i))) continue;
      const hits = items.flatMap((item, i) => (named.test(item) && !PART_OF.test(item) ? [i] : []));
      if (hits.length !== 1) continue;
      const i = hits[0] as number;
      const figure = report.narrative.find((f) => f.sentence === sentence && !f.parts && f.says.endsWith(items[i] as string));
      if (!figure || figure.read === "unsure" || (table !== null && table !== figure.value)) continue;
      const [, value = "", unit = "%"] = values[i] as RegExpMatchArray;
      return { figure, m: Object.assign([`${way}${value}${unit}`, way, value, unit], { index: 0, input: sentence }) as RegExpExecArray };
    }
  }
  return null;
}

/**
 * The change printed right after a statement, or after the words it reads as the count's own
 * (claimClause: “共受理36件政府信息公开申请”) and a remark in brackets (“(均为自然人提交)”):
 * “…36件政府信息公开申请(均为自然人提交),同比上升16.13%”.
 */
function changeAfter(statement: NarrativeFigure): RegExpExecArray | null {
  const rest = statement.sentence.slice(statement.sentence.indexOf(statement.says) + statement.says.length);
  const own = rest.replace(/^[^，。；：,;:！？!?、（(\d]*/u, "").replace(/^\s*[（(][^）)]{0,30}[）)]/u, "");
  return PRINTED_CHANGE.exec(rest) ?? (own !== rest ? PRINTED_CHANGE.exec(own) : null);
}

/**
 * A change from the year before that cannot be computed (no report of that year, or its tables
 * unread) but that the report prints beside the figure: answered as printed, in %, with the
 * sentence. A count asked (比上年多了多少件) is never answered with a percentage, nor a rate with a
 * count (“与去年相比减少3件” answers 比上年减少多少件 as −3 件).
 */
export function printedChange(store: ReportStore, question: string, q: Question, agency: AgencyName, measure: Measure): Answer | null {
  if (measure.kind !== "figure") return null;
  const own = store.ofAgency(agency.agency);
  const report = own.find((r) => r.year === (q.years.length ? Math.max(...q.years) : own.at(-1)?.year));
  const key = narrativeKey(measure.metric, measure.columns);
  if (!report || !key) return null;
  const stated = readStated(report, measure.metric, measure.columns, { quote: false });
  const statement = narrativeStatement(report, key);
  // the sentence must state this figure — the table's own, or the one read from it
  const beside = statement && (stated.value === null || stated.value === statement.value) ? changeAfter(statement) : null;
  const apart = beside ? null : (changeOfItsOwn(report, key) ?? changeRespectively(report, key, stated.value));
  const m = beside ?? apart?.m;
  const source = beside ? statement : apart?.figure;
  if (!m || !source) return null;
  return printedChangeAnswer(question, q, report, source, m, stated.label);
}

/**
 * The same for a count only the narrative states (“通过门户网站共发布各类政务信息149条,较上年增长231.11%”):
 * the figure the question binds to (narrative.ts findNarrative, as the computed change reads it),
 * and the change printed right after it. Null when the sentence prints none.
 */
export function printedNarrativeChange(store: ReportStore, question: string, q: Question, agency: AgencyName): Answer | null {
  const own = store.ofAgency(agency.agency);
  const report = own.find((r) => r.year === (q.years.length ? Math.max(...q.years) : own.at(-1)?.year));
  const bound = report ? findNarrative(report, q) : null;
  const hit = bound && "figure" in bound ? bound.figure : null;
  if (!report || !hit || hit.read === "unsure") return null;
  // the question's 增长 may bind the change itself (“较上年增长231.11%”): its count is the figure before it
  const count = /[%％]/u.test(hit.unit) && PRINTED_CHANGE.test(hit.says) ? countBefore(report, hit) : hit;
  if (!count || count.read === "unsure" || count.parts || /[%％]/u.test(count.unit)) return null;
  // every word the question names the count by is in the count's own words
  const head = count.sentence.slice(0, count.sentence.indexOf(count.says) + count.says.length);
  if (!q.keywords.every((k) => CHANGE_ASKED.test(k) || head.includes(k))) return null;
  const m = changeAfter(count);
  return m ? printedChangeAnswer(question, q, report, count, m, narrativeLabel(count)) : null;
}

const CHANGE_ASKED = /^(?:增加|减少|增长|下降|上升|降低|提高|回落|变化|增减|变动|比上年|同比)$/u;

/** The count a sentence states right before the change printed after it. */
function countBefore(report: Report, change: NarrativeFigure): NarrativeFigure | null {
  const at = change.sentence.indexOf(change.says);
  const before = report.narrative.filter((f) => f.sentence === change.sentence && f !== change && !f.parts && f.sentence.indexOf(f.says) + f.says.length <= at);
  return before.sort((a, b) => b.sentence.indexOf(b.says) - a.sentence.indexOf(a.says))[0] ?? null;
}

function printedChangeAnswer(question: string, q: Question, report: Report, source: NarrativeFigure, m: RegExpExecArray, label: string): Answer | null {
  const [, way = "", value = "0", unit = "%"] = m;
  // “与2023年相比增加了5件” asked 2024年比2022年: a printed change is against the year it names (上年, 去年, 同比: the
  // year before) — another base year asked is never answered with it
  const base = Number(/(?:19|20)\d{2}/u.exec(m[0])?.[0] ?? report.year - 1);
  const askedBase = q.years.filter((y) => y !== report.year);
  if (askedBase.length && !askedBase.includes(base)) return null;
  const percent = /[%％]/u.test(unit);
  // a count asked (比上年多了多少件) is answered only with a count, a rate asked (同比, 增长率) only with a percentage
  if (percent ? q.quantity?.kind === "change" && ASKS_COUNT.test(q.text) : q.quantity?.kind === "change_rate") return null;
  const down = /下降|减少|降低|回落/u.test(way);
  const fig = percent
    ? printedPercent(report, source.section, `${label}比上年${down ? "下降" : "增长"}`, Number(value))
    : { ...printedPercent(report, source.section, `${label}比上年增减`, (down ? -1 : 1) * Number(value)), unit };
  const a: Answer = {
    question,
    status: "answered",
    kind: "figure",
    figures: [fig],
    quotes: [narrativeQuoteOf(report, source)],
    notes: [`这是报告正文印出的变化（“${way}${value}${unit}”），照录原文；没有能读出这一数字的上一年报告，无法另行计算。`],
    choices: [],
    text: "",
  };
  a.text = answerText(a);
  return a;
}
