/**
 * Trends and rankings of a figure only the text states (罚没金额, 承办人大代表建议 …): each report's
 * number is the one the question binds to in that report (narrative.ts findNarrative, the one
 * mechanism) — and a report whose text binds none, or binds it unsurely or ambiguously, is named as
 * lacking it, never given a number. Figures in different units are not ranked together.
 *
 * @example
 * narrativeTrend(store, "X局历年罚没金额", q, agency) // 2022 81.68 万元, 2023 …, each with its sentence
 */
import type { Answer, AnswerFigure, Quote, Report } from "../index/schema.ts";
import type { ReportStore } from "../store/store.ts";
import { answerText } from "./compose.ts";
import { narrativeFigureOf, narrativeQuoteOf } from "./figures.ts";
import { findNarrative } from "./narrative.ts";
import { roundNote } from "./narrative-binding.ts";
import { leftover, uncovered } from "./coverage.ts";
import type { AgencyName, Question } from "./understand.ts";
import { rankPool, whose } from "./who.ts";
import { SUM } from "./sum-asked.ts";
import { unsureNote } from "./unplaced.ts";
import { identify } from "../index/agency/identity.ts";
import { numberText } from "./number-text.ts";
import { withUnsureFirst } from "./sole-entry.ts";

/** Above this many bodies a field is not read report by report for a text figure (each is a report read). */
export const MAX_READ = 200;

interface Stated {
  report: Report;
  figure: AnswerFigure;
  quote: Quote;
  notes: string[];
}

/** The report's sure text figure for the question, or why there is none. */
function statedIn(report: Report, q: Question): Stated | string {
  const bound = findNarrative(report, q);
  if (!bound) return "正文中没有这一数字";
  if (!("figure" in bound)) return "正文中有几个数字都合乎这一问，无法确定是哪一个";
  const n = bound.figure;
  if (n.read === "unsure") return "正文中的这一数字没能确定地读出";
  const [figure, quote] = [narrativeFigureOf(report, n), narrativeQuoteOf(report, n)];
  // every word of the question is the number's (“微信公众号发布信息”: not “微信公众号咨询留言37条”), by the test a single
  // figure's answer passes (coverage.ts)
  if (uncovered(figure, [quote], report, { words: leftover(q).words, organs: [] }).words.length) return "正文中没有这一数字";
  return { report, figure, quote, notes: roundNote(n) };
}

function answered(question: string, kind: "trend" | "ranking" | "comparison", stated: Stated[], notes: string[]): Answer {
  const worded = wordings(stated);
  const a: Answer = { question, status: "answered", kind, figures: stated.map((s) => s.figure), quotes: stated.map((s) => s.quote), notes: [...notes, ...stated.flatMap((s) => s.notes.map((n) => `${whose(s.report)} ${s.report.year} 年 · ${n}`)), ...(worded ? [worded] : []), "数字取自各报告正文，表格中没有这一项。"], choices: [], text: "" };
  // figures worded differently have no one label: the heading says so, the note gives each one's words
  a.text = answerText(a, undefined, worded ? "各报告正文所述的数字（说法不同，见注）" : undefined);
  return a;
}

/**
 * “甲镇“累计公开政府信息”235条、乙镇“主动公开政府信息共计”193条”: texts word their figures their own way, and
 * words that differ may count differently (累计 or the year's, one channel or all) — each one's words said, when
 * they differ beyond the year and the body's own 我镇 / 本局; null when they are the same.
 */
function wordings(stated: readonly Stated[]): string | null {
  const plain = (label: string) => label.replace(/(?:19|20)\d{2}\s*年度?/gu, "").replace(/^(?:我|本)(?:镇|乡|街道|局|委|办|区|县|市|单位|机关|部门)/u, "").replace(/[\s,，]/gu, "");
  if (stated.length < 2 || new Set(stated.map((s) => plain(s.figure.label))).size < 2) return null;
  return `各报告正文的说法不同，未必是同一口径：${stated.map((s) => `${whose(s.report)} ${s.report.year} 年“${s.figure.label}”${numberText(s.figure.value)} ${s.figure.unit}`).join("；")}。`;
}

/** One body's text figure year by year; null when no year's text states it (the caller asks which figure). */
export function narrativeTrend(question: string, q: Question, agency: AgencyName, own: readonly Report[], years: readonly number[]): Answer | null {
  if (!q.keywords.length) return null;
  const stated: Stated[] = [];
  const notes: string[] = [];
  for (const y of years) {
    const report = own.find((r) => r.year === y);
    const s = report ? statedIn(report, q) : `没有${whose(agency)}${y} 年的报告`;
    if (typeof s === "string") notes.push(`${y} 年：${s}。`);
    else stated.push(s);
  }
  if (!stated.length) return null;
  return answered(question, "trend", sameUnit(stated, notes), notes);
}

/** A year's field ranked by a text figure; null when no report of the field states it. */
export function narrativeRanking(store: ReportStore, question: string, asked: Question, year: number): Answer | null {
  // 哪个部门发布信息最多: words the keywords pass over as fillers (发布, 信息) are what is ranked when nothing else is named
  const q = asked.keywords.length || asked.metric ? asked : { ...asked, keywords: leftover(asked).words };
  if (!q.keywords.length) return null;
  // the store's names: a place with no report of its own over loaded ones (山东省各乡镇) scopes the field too
  const names = store.names();
  const pool = rankPool(q.text, q.agencies, q.bodies, names);
  const bodies = names.filter((a) => pool.admits(a.agency));
  if (bodies.length > MAX_READ) return null;
  if (!bodies.length) return q.bodies ? (placeStatesField(store, question, q, year) ?? fieldWithout(question, q, `已收录的 ${year} 年报告中没有${pool.label}的报告。${unsureNote(store, pool, year, "比较") ?? ""}`)) : null;
  const stated: Stated[] = [];
  const lacking: string[] = [];
  for (const a of bodies) {
    const report = store.ofAgency(a.agency).find((r) => r.year === year);
    if (!report) continue;
    const s = statedIn(report, q);
    if (typeof s === "string") lacking.push(whose(report));
    else stated.push(s);
  }
  // 硚口区各部门主动公开多少条: the field's, or none — never the place's own figure instead
  if (!stated.length && q.bodies) return placeStatesField(store, question, q, year) ?? fieldWithout(question, q, lacking.length ? `${year} 年${pool.label}的报告正文中都没有（或不能确定）这一数字：${lacking.slice(0, 10).join("、")}${lacking.length > 10 ? ` 等 ${lacking.length} 个机关` : ""}。` : `已收录的 ${year} 年报告中没有${pool.label}的报告。`);
  if (!stated.length) return null;
  const notes: string[] = [
    ...(q.yearWasGiven ? [] : [`未指明年份，按最新的 ${year} 年报告排名。`]),
    // 各部门…一共多少条: what each text states is listed; figures of texts, each in its own words, are not added up
    ...(SUM.test(q.text) ? ["问的是合计：这些数字取自各报告正文，各自的说法未必是同一口径，这里逐一列出，不相加。"] : []),
    `比较的是${pool.label}：已收录的 ${stated.length + lacking.length} 份 ${year} 年报告。`,
    ...(lacking.length ? [`${lacking.slice(0, 10).join("、")}${lacking.length > 10 ? ` 等 ${lacking.length} 个机关` : ""}的报告正文中没有（或不能确定）这一数字，未参加排名。`] : []),
    ...[unsureNote(store, pool, year, "比较")].filter((n): n is string => n !== null),
  ];
  const ranked = sameUnit(stated, notes).sort((a, b) => (q.order === "asc" ? a.figure.value - b.figure.value : b.figure.value - a.figure.value));
  // a body left out (no sure figure, or one in another unit) may be above the first shown: the first place is not stated as sure
  const out = [...lacking, ...stated.filter((s) => !ranked.includes(s)).map((s) => whose(s.report))];
  return withUnsureFirst(answered(question, "ranking", ranked.slice(0, Math.max(q.top ?? 0, 10)), notes), out, out.length, q.order, q.top);
}

/**
 * Named bodies compared by a text figure (“对比A和B2023年主动公开信息条数”), each read as a ranking
 * reads it; null when no body's text states it (the caller asks which figure). A body whose text
 * states none (or not surely) is named as lacking it, never given a number.
 */
export function narrativeComparison(store: ReportStore, question: string, q: Question, agencies: readonly AgencyName[]): Answer | null {
  if (!q.keywords.length || agencies.length < 2) return null;
  const stated: Stated[] = [];
  const notes: string[] = [];
  let withReport = 0;
  for (const a of agencies) {
    const own = store.ofAgency(a.agency);
    const year = q.bodyYears?.[a.agency] ?? q.years[0] ?? Math.max(...own.map((r) => r.year));
    const report = own.find((r) => r.year === year);
    if (report) withReport++;
    const s = report ? statedIn(report, q) : "没有这一年的报告";
    if (typeof s === "string") notes.push(`${whose(a)} ${year} 年：${s}。`);
    else stated.push(s);
  }
  // one body with a report of the year is no comparison (市政府及市政府办政策性文件: the second name is
  // a phrase's word read as the one loaded office): the caller's reading stands — unless a comparison
  // was asked in so many words (对比甲镇和乙县2023年…): the body without that year's report is said so
  if (!stated.length || (withReport < 2 && !COMPARE_ASKED.test(q.text))) return null;
  return answered(question, "comparison", sameUnit(stated, notes), notes);
}

/** A comparison asked in so many words. */
const COMPARE_ASKED = /对比|比较|相比|比一比|比一下/u;

/**
 * A field asked of a text figure (耒阳市各单位部门公开工作动态多少条) that the place's own report states in the field's words
 * (“各单位部门公开工作动态 5025 条”): that figure, said to be the place's report's statement of the field — the number's
 * own words must hold the field word asked (各单位), else the place's own figure is not the field's.
 */
function placeStatesField(store: ReportStore, question: string, q: Question, year: number): Answer | null {
  const place = q.agencies.find((m) => m.matches.length === 1 && identify((m.matches[0] as AgencyName).agency).kind === "government")?.matches[0];
  const field = q.bodies?.text ?? "";
  const report = place && field ? store.ofAgency(place.agency).find((r) => r.year === year) : undefined;
  const bound = report ? findNarrative(report, q) : null;
  if (!report || !bound || !("figure" in bound) || bound.figure.read === "unsure" || !bound.figure.says.includes(field)) return null;
  const s = statedIn(report, q);
  if (typeof s === "string") return null;
  const a: Answer = { question, status: "answered", kind: "figure", figures: [s.figure], quotes: [s.quote], notes: [...s.notes, `这是${whose(report)}报告正文写明的“${field}”的数字，不是各机关报告的数字相加。`], choices: [], text: "" };
  a.text = answerText(a);
  return a;
}

/** A field asked of a text figure that none of its reports states: said so, and that the place's own figure is not the field's. */
function fieldWithout(question: string, q: Question, why: string): Answer {
  const place = q.agencies.find((m) => m.matches.length === 1 && identify((m.matches[0] as AgencyName).agency).kind === "government")?.matches[0];
  const text = `${why}${place ? `${(place as AgencyName).agency}自己的数字不是${q.bodies?.text ?? ""}的，不作为答案。` : ""}`;
  return { question, status: "not_found", kind: "ranking", figures: [], quotes: [], notes: [], choices: [], text };
}

/**
 * 条 and 篇 both count pieces of information published (“发布(转发)信息1066条”, another year “…信息764篇”): one measure
 * when the figures' words say 信息 (or 文章, 稿件), the measure words printed said in a note.
 */
const PIECES = new Set(["条", "篇"]);
const piecesOf = (s: Stated) => PIECES.has(s.figure.unit) && /信息|文章|稿件|推文/u.test(s.figure.label);
const measureOf = (s: Stated, all: readonly Stated[]) => (piecesOf(s) && all.filter(piecesOf).length === all.filter((x) => PIECES.has(x.figure.unit)).length ? "条|篇" : s.figure.unit);

/** The figures in the unit most of them have; the others are said, not compared. */
function sameUnit(stated: Stated[], notes: string[]): Stated[] {
  const count = new Map<string, number>();
  for (const s of stated) count.set(measureOf(s, stated), (count.get(measureOf(s, stated)) ?? 0) + 1);
  const unit = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  const other = stated.filter((s) => measureOf(s, stated) !== unit);
  if (other.length) notes.push(`${other.map((s) => `${whose(s.report)} ${s.report.year} 年（${s.figure.value} ${s.figure.unit}）`).join("、")}的单位不同，未放在一起比较。`);
  const kept = stated.filter((s) => measureOf(s, stated) === unit);
  const printed = [...new Set(kept.map((s) => s.figure.unit))];
  if (printed.length > 1) notes.push(`各报告所用量词不同（${kept.map((s) => `${s.report.year} 年“${s.figure.value}${s.figure.unit}”`).join("、")}），都是发布的信息篇（条）数，按原文列出。`);
  return kept;
}
