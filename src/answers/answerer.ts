/**
 * The core API: a question → an Answer with the figure, where it stands and the report's own words.
 * Never guesses a number: a figure the report lacks is `not_found`, an ambiguous name is `clarify`.
 *
 * @example
 * const answerer = createAnswerer(corpus.reports);
 * answerer.answer("浔阳区2023年依申请公开多少件").figures[0]?.value // 14
 */
import type { SearchIndex } from "../index/search.ts";
import { releasingParts } from "../index/report-cache.ts";
import type { Answer, AnswerFigure, AnswerKind, NarrativeFigure, Quote, Report } from "../index/schema.ts";
import { memoryStore } from "../store/memory.ts";
import { reportsByFiles, type ReportStore } from "../store/store.ts";
import { answerText, examplesFor, HELP_REGIONS, helpAnswer, LIST_MAX, offer, reportsAnswer } from "./compose.ts";
import { labelsNote, labelWithParts, narrativeFigureOf, narrativeQuoteOf, readMetric, sectionName, unreadTables, type Reading } from "./figures.ts";
import { chooseAnswer, findNarrative, headedSentences, pairChoices } from "./narrative.ts";
import { focusOf, narrativeLabel, roundNote } from "./narrative-binding.ts";
import { breakdownParts, breakdownQuote, table3Quantities } from "./breakdown.ts";
import { isPlaceGovernment, understand, type AgencyName, type Metric, type Question } from "./understand.ts";
import { doubtNote, narrativeDoubt, unsureAnswer } from "./unsure.ts";
import { quantityAnswer } from "./indicators.ts";
import { withCrossYearNotes } from "./across-years-answers.ts";
import { guardCoverage, leftover } from "./coverage.ts";
import { readStated } from "./stated.ts";
import { quoteOf } from "./verbatim.ts";
import { asksAmount, readsMoney } from "./amount.ts";
import { asksCharged, chargedAnswer } from "./fee-asked.ts";
import { statedScope } from "./stated-scope.ts";
import { MAX_READ, narrativeComparison, narrativeRanking, narrativeTrend } from "./narrative-series.ts";
import { bareDisclosure } from "./bare-verb.ts";
import { PAGE_NOTE, pagesAnswer, pagesAsked } from "./pages-asked.ts";
import { pageFurnitureAnswer } from "./page-furniture.ts";
import { whichOther } from "./sub-rows.ts";
import { withReasons, WHY_ASKED } from "./reasons.ts";
import { ASKS_NUMBER, noFigureAnswer, passagesAbout } from "./no-figure.ts";
import { alsoAsked, splitQuestions, withPart } from "./two-questions.ts";
import { offTopic, offTopicText } from "./off-topic.ts";
import { asksNone, withNoneLead } from "./none-asked.ts";
import { questionSentence } from "./ramble.ts";
import { askWhichAgency, bodiesOf, clarifyAgency, notLoadedText, placeNote, rankPool, rankScope, whose } from "./who.ts";
import { pooled } from "./ranked-pool.ts";
import { countNote } from "./place-field.ts";
import { numberText } from "./number-text.ts";
import { identify } from "../index/agency/identity.ts";
import { asksSum, itemisedAnswer, overlapping, partMissingAnswer, partsAsked, partsSumAnswer, SUM, sumAnswer } from "./sum-asked.ts";
import { asksNamedTotal, listedFigures, namedTotal } from "./named-total.ts";
import { parentPlace } from "./parent-scope.ts";
import { leftOutUnder, withSoleEntryLead, withUnsureFirst } from "./sole-entry.ts";
import { asksConsistency, consistencyAnswer } from "./consistency.ts";
import { asksText, textAnswer } from "./text-answer.ts";
import { heldSplit, noneHeldText, onlyHeldNote, soleChoice } from "./held-choices.ts";
import { hasNoWords, notUnderstoodText, readGarbled } from "./garbled.ts";
import { withRenamed, type RenamedStore } from "../store/renamed.ts";
import { oneBodyRenamed, renamedNotes, yearsHad } from "./renamed.ts";
import { placeReportsAnswer } from "./place-reports.ts";
import { unreadGroup, unreadGroupText } from "./group-asked.ts";
import { zoneAsked } from "./zone-asked.ts";
import { unplacedNote, unsureNote } from "./unplaced.ts";
import { wholePlaceAsked } from "./whole-place.ts";
import { withUnreadable } from "./unreadable-answers.ts";
import { yearsOfBodies } from "./body-years.ts";
import type { UnreadableFile } from "../index/unreadable.ts";

export interface Answerer {
  answer(question: string): Answer;
}

export interface AnswererOptions {
  today?: () => Date;
  /**
   * The search index, or how to get it (e.g. from a snapshot) when a free-text question first needs
   * it; built from the reports otherwise. Figures never need it.
   */
  search?: SearchIndex | (() => SearchIndex);
  /** Report files whose text could not be read (scans): answers for their body and year say so. */
  unreadable?: readonly UnreadableFile[];
}

/** Questions longer than this are refused rather than parsed. */
export const MAX_QUESTION = 500;

/** Over the reports in memory, or over a store (src/store/: in memory, or a PostgreSQL view). */
export function createAnswerer(reports: Report[] | ReportStore, opts: AnswererOptions = {}): Answerer {
  // a body renamed by a reform is one body under both names (store/renamed.ts)
  const store = withRenamed(Array.isArray(reports) ? memoryStore(reports, opts.search ? { search: opts.search } : {}) : reports);
  const names = store.names();
  const today = opts.today ?? (() => new Date());
  const regions = [...new Set(names.map((n) => n.region))].filter(Boolean);
  const ctx: Ctx = { store, names, regions, settled: new WeakSet() };
  const answerOne = (question: string): Answer => {
    // mojibake and control characters are left out; a message that was nothing else (or symbols alone: ％) is not read at all
    const garbled = readGarbled(question);
    const text = garbled.text.trim();
    if (!text && !garbled.found.length) return helpAnswer(question, store.listed(0, HELP_REGIONS + 1), examples(ctx));
    if (hasNoWords(text) || (garbled.found.length && !namesSomething(understand(text, names, today())))) return plain(question, "not_found", "search", notUnderstoodText(garbled, example(ctx)));
    if (text.length > MAX_QUESTION) return plain(question, "not_found", "search", `问题太长（${text.length} 字）。请用一句话问一个数字，例如“${example(ctx)}”。`);
    if ((text.match(ENGLISH)?.length ?? 0) >= 2) return plain(question, "not_found", "search", `目前只能读懂中文提问（报告是中文的）。请用中文问，例如“${example(ctx)}”。Please ask in Chinese.`);
    try {
      // a long chatty message: its one sentence asking a figure of a loaded body, answered alone (ramble.ts)
      const asked = questionSentence(text, (t) => understand(t, names, today()));
      if (asked) return withNotes({ ...answerOne(asked), question }, [`按消息中的问题“${asked}”回答。`]);
      // 依申请多少件？另外…予以公开多少: the first answered, the second offered whole
      const two = splitQuestions(text, (t) => understand(t, names, today()));
      if (two) return two.part ? withPart(answerOne(two.first), answerOne(two.second), two.second) : alsoAsked(answerOne(two.first), two.second);
      const q = understand(text, names, today());
      // 谢谢, 帮我写一份年报, 今天天气怎么样: not a question about a report, said so
      const off = offTopic(q.text, q.agencies.length > 0 || q.years.length > 0 || q.metric !== null);
      if (off) return plain(question, "not_found", "search", offTopicText(off, example(ctx)));
      // 截至2023.12.31: a year-like number not read as the year is said so, never answered as the latest year
      if (q.unreadYear && q.kind !== "help" && q.kind !== "reports") return plain(question, "not_found", kindOf(q), `问题里的“${q.unreadYear}”和别的数字连在一起，没有读作年份。问 ${q.unreadYear} 年的报告请写成“${q.unreadYear}年”，例如“${example(ctx)}”。`);
      // A figure that leaves words of the question unexplained answers another question.
      const raw = answerQuestion(ctx, question, q);
      const guarded0 = ctx.settled.has(raw) ? raw : guardCoverage(store, question, q, raw);
      // 予以公开和部分公开一共, 官方网站和微信公众号一共发布: each part asked alone, added up when every one is answered (sum-asked.ts)
      // 行政许可和行政处罚一共 / 各多少 answered with one of them: every part asked, summed or itemised
      const guarded = guarded0.status === "not_found" ? (partsSum(question, q) ?? partsEach(question, q, null) ?? guarded0) : (onePartOfSum(question, q, guarded0) ?? partsEach(question, q, guarded0) ?? guarded0);
      // …为什么增加了: the figures, and what the report says of why or that it says nothing (reasons.ts)
      const answer = WHY_ASKED.test(q.text) ? withReasons(guarded, (agency, year) => store.ofAgency(agency).find((r) => r.year === year)) : guarded;
      // A figure tied to last year's report by a cross-year rule carries a warning when it breaks.
      const hasReport = (agency: string, year: number) => store.ofAgency(agency).some((r) => r.year === year);
      return withUnreadable(withCrossYearNotes(store, answer), q, opts.unreadable ?? [], hasReport);
    } catch (e) {
      // A bug must not take the bot down; say so plainly instead of guessing.
      const msg = e instanceof Error ? e.message : String(e);
      return plain(question, "not_found", "search", `抱歉，这个问题没能处理（${msg}）。`);
    }
  };
  /** The parts joined in the question, each answered alone, added up: the first way of splitting that answers every part. */
  const partsSum = (question: string, q: Question): Answer | null => {
    const splits = partsAsked(q);
    if (!splits) return null;
    const asked = new Map<string, Answer>();
    const ask = (t: string) => asked.get(t) ?? asked.set(t, answerOne(t)).get(t)!;
    for (const split of splits) {
      const sum = partsSumAnswer(question, split.map(ask));
      if (sum) return sum;
    }
    return null;
  };
  /** The answer each part of a split gets alone, and the index of the part the figure `f` answers (-1: none). */
  const partsOf = (split: readonly string[], f: AnswerFigure | undefined) => {
    const parts = split.map((t) => answerOne(t));
    const one = (p: Answer) => p.status === "answered" && p.figures.length === 1 ? p.figures[0] : undefined;
    const binds = (p: Answer) => !!f && one(p)?.value === f.value && one(p)?.source === f.source && one(p)?.label === f.label;
    const same = parts.findIndex(binds);
    // every part binds the figure: it is the total printed (“审查规范性和其他政策措施文件共计3个”), not a part
    const whole = parts.filter(binds).length > 1;
    // two parts bound to one figure (both words read as the same number), or one part's cells holding
    // another's (自然人 + 商业企业 and 商业企业): not several quantities
    const distinct =
      new Set(parts.map((p) => (one(p) ? `${one(p)?.label}|${one(p)?.value}|${one(p)?.source}` : p.text))).size === parts.length &&
      !overlapping(parts.flatMap((p) => (one(p) ? [one(p)?.metric ?? ""] : [])));
    return { parts, same, whole, distinct };
  };
  /**
   * 行政许可和行政处罚一共多少件, 人大代表建议和政协提案一共: a figure answering one of the parts asked alone
   * is no answer to the sum: the parts added up when every one is answered surely, else what was read and
   * which part was not (sum-asked.ts partMissingAnswer).
   */
  const onePartOfSum = (question: string, q: Question, raw: Answer): Answer | null => {
    const f = raw.figures[0];
    if (raw.status !== "answered" || raw.kind !== "figure" || raw.figures.length !== 1) return null;
    // a later way of splitting whose parts all answer wins over an earlier one with a part unread (政府 | 部门新收依申请
    // before 政府新收依申请 | 部门新收依申请): the first such missing part is said only when no split adds up
    let missing: Answer | null = null;
    for (const split of partsAsked(q) ?? []) {
      const { parts, same, whole, distinct } = partsOf(split, f);
      if (whole) return missing;
      if (same < 0 || !distinct) continue;
      const sum = partsSumAnswer(question, parts);
      if (sum) return sum;
      missing ??= partMissingAnswer(question, split, parts);
    }
    return missing;
  };
  /**
   * 行政许可、行政处罚、行政强制各多少, 依申请公开和行政复议分别多少件: answered with one of them (or not at
   * all) — each part asked alone and answered in turn, a part without a figure said by name (itemisedAnswer).
   */
  const partsEach = (question: string, q: Question, raw: Answer | null): Answer | null => {
    const f = raw?.figures[0];
    if (raw && (raw.status !== "answered" || raw.kind !== "figure" || raw.figures.length !== 1)) return null;
    for (const split of partsAsked(q, true) ?? []) {
      const { parts, same, whole, distinct } = partsOf(split, f);
      if (whole) return null;
      if ((raw && same < 0) || !distinct || !parts.some((p) => p.status === "answered" && p.figures.length === 1)) continue;
      return itemisedAnswer(question, split, parts);
    }
    return null;
  };
  ctx.ask = answerOne;
  // a cached report's parts read for an answer are not kept on it (report-cache.ts releasingParts)
  return { answer: (question) => releasingParts(() => answerOne(question)) };
}

interface Ctx {
  /** Reports by agency, year and file, rankings and search: per-question work must not scan the corpus. */
  store: RenamedStore;
  names: AgencyName[];
  regions: string[];
  /** The report list's answer, made once (sorting thousands of names per question is slow). */
  reportList?: Answer;
  /** A question answered from the start (an ask-back's only choice, which names its body). */
  ask?: (question: string) => Answer;
  /** Answers already guarded as the question that names the body (coverage.ts): not guarded again as asked. */
  settled: WeakSet<Answer>;
}

export function plain(question: string, status: Answer["status"], kind: AnswerKind, text: string, extra: Partial<Answer> = {}): Answer {
  return { question, status, kind, figures: [], quotes: [], notes: [], choices: [], text, ...extra };
}

function answerQuestion(ctx: Ctx, question: string, q: Question): Answer {
  if (q.kind === "help") return helpAnswer(question, ctx.store.listed(0, HELP_REGIONS + 1), examples(ctx));
  // 芦渡县有哪些报告: the place's list, not the corpus's
  const ofPlace = q.kind === "reports" ? placeReportsAnswer(question, q, ctx.store) : null;
  if (ofPlace) return ofPlace;
  if (q.kind === "reports") return { ...(ctx.reportList ??= reportsAnswer(question, ctx.store.listed(LIST_MAX, 0))), question };
  // X县县直及各乡镇…多少条: the figure the place's report prints for that scope (stated-scope.ts)
  const scoped = statedScope(ctx.store, q);
  if (scoped) {
    // every word of the question is in the figure's sentence (stated-scope.ts): guarded there
    const a = narrativeFigureAnswer(question, scoped.report, scoped.figure, [scoped.note]);
    ctx.settled.add(a);
    return a;
  }
  // 某某部门一共多少, 哪个…单位最多 with the group not understood: never one body's figure
  const group = unreadGroup(q);
  if (group) return plain(question, "not_found", kindOf(q), unreadGroupText(group, SUM.test(q.text)));

  // Who: every mention must name exactly one agency of the loaded reports.
  const agencies: AgencyName[] = [];
  const heldNotes: string[] = [];
  // 审批局2023年和交通局2022年: each body in the year said with it (body-years.ts)
  const ownYears = yearsOfBodies(q);
  const bodyYears: Record<string, number> = {};
  for (const [k, m0] of q.agencies.entries()) {
    // 城管局 fitting 城市管理局 and 城市管理综合执法局, one body renamed: that body, by its latest name
    const m = oneBodyRenamed(ctx.store, m0);
    // 武汉哪个区最多: a place over loaded bodies scopes the ranking's field (parent-scope.ts)
    if (m.matches.length === 0 && q.kind === "ranking" && parentPlace(m.text, ctx.names)) continue;
    if (m.matches.length === 0) {
      const have = ctx.regions.length > 12 ? `${ctx.regions.slice(0, 12).join("、")} 等 ${ctx.regions.length} 个地区` : ctx.regions.join("、");
      return plain(question, "not_found", q.kind === "search" ? "search" : kindOf(q), notLoadedText(m.text, ctx.names, have));
    }
    // 哪个人社局最多: a name that fits several bodies of one kind is the ranking's field.
    if (m.matches.length > 1 && q.kind === "ranking") continue;
    // 汐原市哪个县 when 汐原市 has no government's report: the place scopes the field (rankPool)
    if (m.noGovernment && q.kind === "ranking") continue;
    // 桐乡市 when only 桐乡市公安局 has a report: never the department's figure for the place's
    // only the bodies with a report for the year asked are offered; one left is answered, said so
    // (a place with no government's report is asked back even with one body left: its figure is none of theirs)
    const { held, unheld } = m.matches.length > 1 || m.noGovernment ? heldSplit(ctx.store, m.matches, q.years) : { held: m.matches, unheld: undefined };
    if (held.length === 1 && m.matches.length > 1 && !m.noGovernment) heldNotes.push(onlyHeldNote(m.text, (held[0] as AgencyName).agency, m.matches.length, q.years));
    else if (unheld?.none) return plain(question, "not_found", kindOf(q), noneHeldText(m.text, m.noGovernment === true, m.matches.length, unheld));
    else if (m.matches.length > 1 || m.noGovernment) {
      const { text, choices, notes } = clarifyAgency(q.text, { ...m, matches: held }, m.text, unheld);
      return plain(question, "clarify", kindOf(q), text, { choices, notes });
    }
    const only = held[0] as AgencyName;
    // 浔阳区哪个部门最多: the place scopes the ranking's field (rankPool), it is not asked about
    if (q.kind === "ranking" && isPlaceGovernment(only)) continue;
    // two names of one renamed body are one body
    if (!agencies.some((a) => ctx.store.lineOf(a.agency).includes(only.agency))) agencies.push(only);
    const own = ownYears?.[k];
    if (own !== undefined) bodyYears[only.agency] = own;
  }
  if (ownYears && Object.keys(bodyYears).length === agencies.length && agencies.length > 1) q = { ...q, bodyYears };
  // 浔阳区那个局…: one body of the place, not named — which one?
  if (q.bodies && !q.bodies.which && q.kind !== "ranking") {
    const mention = q.agencies.find((m) => m.matches.length === 1 && (m.others || isPlaceGovernment(m.matches[0] as AgencyName)));
    const place = mention?.matches[0];
    const asked = place ? bodiesOf(ctx.names, place, q.bodies.word) : [];
    const said = `${mention?.text ?? ""}${q.bodies.text}`;
    // X区街道办事处 when the place has none: never the place's government's figure instead
    if (mention && place && !asked.length) return plain(question, "not_found", kindOf(q), `没有“${said}”的年度报告：${notLoadedText(said, ctx.names, "").replace(/^没有找到“[^”]*”的年度报告。/u, "")}`);
    // those with a report for the year asked are the choices (held-choices.ts)
    const { held, unheld } = heldSplit(ctx.store, asked, q.years);
    const { text, choices, notes } = mention && held.length ? clarifyAgency(q.text.replace(q.bodies.text, ""), { text: mention.text, matches: held }, said, unheld) : { text: "", choices: [], notes: [] };
    // one body of the place is of that field (or has the year asked): it is the one meant, said so
    const one = held.length === 1 && ctx.ask ? soleChoice(choices, ctx.names) : undefined;
    if (one && ctx.ask) {
      const settled = { ...withNotes(ctx.ask(choices[0] as string), [onlyHeldNote(said, one.agency, asked.length, q.years)]), question };
      ctx.settled.add(settled);
      return settled;
    }
    if (asked.length) return plain(question, "clarify", kindOf(q), text, { choices, notes });
  }
  // A ranking's place scopes the field (rankPool); it is not whose figure is given.
  const readNotes = (q.readAs ?? []).map(([typed, read]) => `“${typed}”按“${read}”理解。`);
  const whoNotes = [...readNotes, ...heldNotes, ...(q.kind === "ranking" ? [] : q.agencies.flatMap((m) => (m.matches.length === 1 ? [placeNote(m, m.matches[0] as AgencyName)].filter((n): n is string => n !== null) : [])))];
  const answer = answerAbout(ctx, question, q, agencies);
  return withNotes(answer, [...whoNotes, ...renamedNotes(ctx.store, agencies, answer)]);
}

/** Notes about whose figure it is, added to an answer that found one. */
function withNotes(a: Answer, notes: string[]): Answer {
  if (!notes.length || a.status !== "answered") return a;
  return { ...a, notes: [...a.notes, ...notes], text: [a.text, ...notes.map((n) => `注：${n}`)].join("\n") };
}

/** A department's name left unexplained (税务局, 市档案局), not a government's office (政府办: asked back among them). */
const UNKNOWN_ORGAN = /^(?!.*(?:政府|府办))\p{Script=Han}{1,12}(?:局|委员会|委|办公室|厅|署)$/u;

function answerAbout(ctx: Ctx, question: string, q: Question, agencies: AgencyName[]): Answer {
  // 行政处罚金额: the row's only column is a count; the amount is the text's (amount.ts), or nothing
  if (q.metric && !q.quantity && asksAmount(q.text) && !readsMoney(q.metric)) q = { ...q, metric: null, keywords: [...new Set([...q.keywords, q.metric.label.split(" · ")[0] as string])] };
  // 古雷开发区…及时率: a zone said loosely is found before a rate is read, as before a count
  const zone = q.quantity && !agencies.length && q.kind !== "ranking" && !q.bodies ? zoneAsked(q.text, ctx.names) : null;
  if (zone?.zones.length) {
    const held = heldSplit(ctx.store, zone.zones, q.years);
    return askedBack(ctx, question, q, clarifyAgency(q.text, { text: zone.said, matches: held.held }, zone.said, held.unheld));
  }
  // 公开率, 占比, 同比 …: that quantity or a plain “cannot”, never the count the words also name.
  const quantity = quantityAnswer(ctx, question, q, agencies);
  if (quantity) return quantity;
  if (q.kind === "ranking") return ranking(ctx, question, q);
  // 信息处理费: free text across the reports; but a number asked of nobody (县政府…多少条) is asked back.
  const countAsked = /多少|几[件条个次项场人]?|数量/u.test(q.text);
  if (q.kind === "search" && !q.metric && agencies.length === 0 && !(countAsked && ctx.names.length > 1)) return searchAnswer(ctx, question, q, agencies);
  if (agencies.length === 0) {
    if (ctx.names.length === 1) agencies.push(ctx.names[0] as AgencyName);
    else {
      // 全省2023年收到多少: no report prints the whole place's figure — the government's own, or its departments' total?
      const whole = q.bodies ? null : wholePlaceAsked(q.text, ctx.names);
      if (whole) return plain(question, "clarify", kindOf(q), whole.text, { choices: whole.choices });
      // 市税务局 with no such body loaded: a body's name that fits no report is not found, never asked back among the governments
      const organ = zoneAsked(q.text, ctx.names) ? undefined : leftover(q).organs.find((o) => UNKNOWN_ORGAN.test(o));
      if (organ) return plain(question, "not_found", kindOf(q), `没有找到“${organ}”的年度报告：已收录的报告中没有这个名称（或简称）的机关。请写出机关的全称，或用 /reports 查看已收录的报告。`);
      // 高新区管委会, 舒城经济开发区: the zones the words fit, not the people's governments
      const zone = zoneAsked(q.text, ctx.names);
      if (zone && !zone.zones.length) {
        const zones = ctx.names.filter((a) => identify(a.agency).kind === "zone").map((a) => a.agency);
        return plain(question, "not_found", kindOf(q), `没有找到“${zone.said}”的年度报告。${zones.length ? `已收录的开发区（园区）：${zones.slice(0, 10).join("、")}${zones.length > 10 ? ` 等 ${zones.length} 个` : ""}。` : "已收录的报告中没有开发区（园区）的。"}`);
      }
      const zoneHeld = zone ? heldSplit(ctx.store, zone.zones, q.years) : null;
      return askedBack(ctx, question, q, zone && zoneHeld ? clarifyAgency(q.text, { text: zone.said, matches: zoneHeld.held }, zone.said, zoneHeld.unheld) : askWhichAgency(q.text, ctx.names, (fits) => heldSplit(ctx.store, fits, q.years)));
    }
  }
  if (q.kind === "comparison" || agencies.length > 1) return comparison(ctx, question, q, agencies);
  const agency = agencies[0] as AgencyName;
  const own = ctx.store.ofAgency(agency.agency);
  if (q.kind === "trend" || q.years.length > 1) return trend(ctx, question, q, agency, own);

  const year = q.years[0] ?? own[own.length - 1]?.year;
  const report = own.find((r) => r.year === year);
  if (!report) {
    return plain(question, "not_found", kindOf(q), `没有${whose(agency)} ${year} 年的报告。已有：${yearsHad(own, agency.agency) || "无"}。`);
  }
  // two reports loaded as one body's for one year (a page read under the wrong body, the same report twice): never one
  // taken silently — the answer says which one it reads and that the other's figures may differ
  const twins = own.filter((r) => r !== report && r.year === report.year);
  const twinNote = twins.length
    ? [`${whose(agency)} ${report.year} 年收录了 ${twins.length + 1} 份报告（${[report, ...twins].map((r) => `《${r.title}》${r.file.split(/[\\/]/u).pop() ?? ""}`).join("；")}）：以下只按第一份回答，其余的数字未必相同，可用 /check 分别查看。`]
    : [];
  const yearNote = [...(q.yearWasGiven ? [] : [`未指明年份，按最新的 ${report.year} 年报告回答。`]), ...twinNote];
  // 报告一共几页, 第2页是什么: pages are not kept (pages-asked.ts); a figure's page is its source
  if (pagesAsked(q) && !q.metric) return pagesAnswer(question, report, yearNote);
  // 浏览次数, 发布时间, 网站标识码, 联系电话: the web page's, not the report's (page-furniture.ts)
  const furniture = pageFurnitureAnswer(question, q, report, yearNote);
  if (furniture) return furniture;
  if (asksConsistency(q)) return consistencyAnswer(question, report, yearNote);
  if (asksSum(q)) return sumAnswer(question, q, report, yearNote) ?? breakdown(question, q, report, yearNote);
  // 存在什么问题, 怎么改进, 平台建设做了什么: the report's passage on it, whole; never a figure
  const text = asksText(q) ? textAnswer(question, q, report, yearNote) : null;
  if (text) return text;
  if (q.kind === "breakdown" || (q.metric?.table === "table3" && (table3Quantities(q.metric.groups).length > 1 || (q.metric.columns?.length ?? 0) > 1))) return breakdown(question, q, report, yearNote);
  if (!q.metric && !q.keywords.length) return summary(question, report, yearNote);
  // 其他有几件, 不予公开中的其他: which 其他 is asked back (sub-rows.ts)
  const other = whichOther(question, q, report);
  if (other) return other;
  if (!q.metric) return bareDisclosure(question, q, report) ?? narrativeAnswer(ctx, question, q, report, yearNote);
  const figure = figureAnswer(question, q, q.metric, report, yearNote);
  return pagesAsked(q) ? withNotes(figure, [PAGE_NOTE]) : figure;
}

/** An ask-back of the bodies a name fits; with one choice it is no question: that body is answered, said so. */
function askedBack(ctx: Ctx, question: string, q: Question, ask: { text: string; choices: string[]; notes?: string[] }): Answer {
  // an ask-back with one choice is no question: that body is answered, said so
  const one = soleChoice(ask.choices, ctx.names);
  if (!one || !ctx.ask) return plain(question, "clarify", kindOf(q), "", ask);
  // others the words fit but lacking the year asked are said (held-choices.ts)
  const notes = ask.notes ?? [];
  const settled = { ...withNotes(ctx.ask(ask.choices[0] as string), [onlyHeldNote("", one.agency, notes.length ? 2 : 1, q.years), ...notes]), question };
  ctx.settled.add(settled);
  return settled;
}

function kindOf(q: Question): AnswerKind {
  return q.kind === "figure" && !q.metric ? "figure" : q.kind;
}

function metricId(m: Metric, columns: string[]): string {
  if (m.table === "table2") return `table2.${m.rows.join("+")}.${(columns.length ? columns : ["total"]).join("+")}`;
  if (m.table === "table1") return `table1.${m.item}.${m.column}`;
  return `table3.${m.groups.join("+")}.${m.column}`;
}

function figureOf(report: Report, metric: string, r: Reading, value: number): AnswerFigure {
  return { agency: report.agency, region: report.region, year: report.year, metric, label: r.label, value, unit: r.unit, source: r.source };
}

function figureAnswer(question: string, q: Question, metric: Metric, report: Report, notes: string[]): Answer {
  // 收费了吗: the 信息处理费 the report states, table 1's 行政事业性收费 apart (fee-asked.ts)
  const charged = asksCharged(q) ? chargedAnswer(question, q, report, notes) : null;
  if (charged) return charged;
  // the table's figure, or the narrative's statement of it when the table lacks it (leping-2023's table 2 starts mid-way)
  const r = readStated(report, metric, q.columns, { part: true });
  // “受理多少人次” of “共受理4人次信函申请依申请公开事项4项”: a count of people asked is never a count of applications
  const persons = r.value !== null && r.source.endsWith("（正文）") ? focusOf(q.text).unit : null;
  if (persons && /^(?:人|人次|名)$/u.test(persons) && !/^(?:人|人次|名)$/u.test(r.unit)) return plain(question, "not_found", "figure", `《${report.title}》正文中的“${r.label}”是 ${r.value} ${r.unit}，不是以“${persons}”计的数，没有给出所问的数字。`, { notes, quotes: r.quote ? [r.quote] : [] });
  if (r.doubts) return unsureAnswer(question, "figure", `${whose(report)} ${report.year} 年 · ${r.label}`, r.value, r.unit, r.doubts, r.quote ? [r.quote] : [], [...notes, ...r.notes]);
  if (r.value === null) {
    const told = itemTold(question, q, metric, report, notes);
    if (told) return told;
    if (r.offer) return plain(question, "not_found", "figure", `《${report.title}》中没有这一数字：${r.missing ?? "未找到"}。`, { notes, choices: r.offer.map((o) => `${whose(report)}${report.year}年${o}`) });
    return plain(question, "not_found", "figure", `《${report.title}》中没有这一数字：${r.missing ?? "未找到"}。${offer(report)}`, { notes });
  }
  // A sum of printed cells says so, with each of them: 行政诉讼（未经复议直接起诉 39 + 复议后起诉 18）.
  const fig = figureOf(report, metricId(metric, q.columns), { ...r, label: labelWithParts(r) }, r.value);
  const fromTable = !r.source.endsWith("（正文）");
  const detail = fromTable && metric.table === "table2" && (q.columns.length === 0 || q.columns.join() === "total") ? applicantDetail(report, metric, r.value) : undefined;
  return finish(question, "figure", [fig], r.quote ? [r.quote] : [], [...notes, ...r.notes], detail);
}

/**
 * A table-1 item asked with no column (“规范性文件几件”) of a report whose table 1 was not read: the count the text states
 * of the item (“主动公开各类政府信息6238条，其中规范性文件3件”), bound as any narrative figure and labelled in the text's
 * own words — said not to be table 1's column, which could not be read. A column asked (现行有效, 废止 …) is table 1's
 * only (stated-rows.ts reads it from the text); an unsure or ambiguous number is not given here.
 */
function itemTold(question: string, q: Question, metric: Metric, report: Report, notes: string[]): Answer | null {
  if (metric.table !== "table1" || metric.columnAsked) return null;
  const decision = DECISION_ITEMS[metric.item];
  if (!DOCUMENT_ITEMS.has(metric.item) && !decision) return null;
  const unread = unreadTables(report, "表一");
  if (!unread) return null;
  const bound = findNarrative(report, q);
  if (!bound || !("figure" in bound) || bound.figure.read === "unsure" || !CASE_UNITS.test(bound.figure.unit)) return null;
  // the documents themselves counted (“其中规范性文件3件”), never another thing named after them (“…规范性文件的解读5篇”)
  if (!decision && !/(?:规章|规范性文件)\s*\d[\d,，]*\s*\S$/u.test(bound.figure.says)) return null;
  // a decision item (“公布处理行政许可共计38条”): its name right before the number, and said of the body itself — never of a
  // field (“全省各级生态环境部门共办理行政处罚案件524件” is the province's departments', not the 厅's)
  const said = bound.figure.sentence.slice(0, bound.figure.sentence.indexOf(bound.figure.says) + bound.figure.says.length);
  if (decision && (!new RegExp(`${decision}(?:案件|事项|决定)?\\s*(?:共计|共|合计|总计)?\\s*\\d[\\d,，]*\\s*\\S$`, "u").test(bound.figure.says) || DECISION_FIELD.test(said))) return null;
  // published, not decided: “在信用网站公示行政处罚87件” counts what was put on a site, whatever year it was decided
  // (a verb of deciding between keeps it: “公布处理行政许可共计38条”)
  if (decision && new RegExp(`(?:公示|公布|公开|发布|上传|推送)\\s*${decision}`, "u").test(said)) return null;
  return narrativeFigureAnswer(question, report, bound.figure, [...notes, `${unread}；这是正文说到的数字（“${bound.figure.says}”），不是表一的“${metric.label}”。`]);
}
const CASE_UNITS = /^(?:件|个|项|条|份)$/u;
/** Table 1's items that count documents (制发, 废止, 现行有效). */
const DOCUMENT_ITEMS: ReadonlySet<string> = new Set(["rules", "normative"]);
/** Table 1's decision items, by the name a sentence counts them with (“公布处理行政许可共计38条”). */
const DECISION_ITEMS: Partial<Record<string, string>> = { licensing: "行政许可", penalty: "行政处罚", coercion: "行政强制" };
/** A sentence speaking of a field of bodies, not the reporting body alone. */
const DECISION_FIELD = /各级|全(?:省|市|州|盟|县|区|旗)|各(?:部门|单位|机关|地)|系统|辖区/u;

/**
 * “（自然人 14，法人或其他组织 0）” for a table-2 total. Parts that do not add up to the printed total say so
 * in the brackets (“自然人 25，法人或其他组织 6，两项合计 31，与总计不符”): the headline never reads as 25 + 6 = 33.
 */
function applicantDetail(report: Report, metric: Metric, total: number): string | undefined {
  const p = readMetric(report, metric, ["natural_person"]);
  const o = readMetric(report, metric, ["commercial", "research", "public_interest", "legal_service", "other_org"]);
  const [person, orgs] = [p.doubts ? null : p.value, o.doubts ? null : o.value];
  if (person === null || orgs === null) return undefined;
  const sum = Math.round((person + orgs) * 1e6) / 1e6;
  return `自然人 ${person}，法人或其他组织 ${orgs}${sum === total ? "" : `，两项合计 ${sum}，与总计不符`}`;
}

function finish(question: string, kind: AnswerKind, figures: AnswerFigure[], quotes: Quote[], notes: string[], detail?: string, heading?: string): Answer {
  const a: Answer = { question, status: "answered", kind, figures, quotes, notes: [...new Set(notes)], choices: [], text: "" };
  a.text = answerText(a, detail, heading);
  return a;
}

function narrativeAnswer(ctx: Ctx, question: string, q: Question, report: Report, notes: string[]): Answer {
  // 收取信息处理费了吗: the statement, as for 收费了吗
  const charged = asksCharged(q) ? chargedAnswer(question, q, report, notes) : null;
  if (charged) return charged;
  const bound = findNarrative(report, q);
  if (bound && "ask" in bound) {
    const [a, b] = bound.ask;
    const text = `正文“${a.says.replace(/^.*?(?=由|从)/u, "")}${b.says.slice(b.says.indexOf(a.says) >= 0 ? a.says.length + b.says.indexOf(a.says) : 0)}”说的是${bound.verb}前和${bound.verb}后的数量，您问的是哪一个？`;
    return plain(question, "clarify", "figure", text, { choices: pairChoices(report, bound.ask, bound.verb), quotes: [narrativeQuoteOf(report, a)], notes });
  }
  // numbers that fit alike are asked back only when the question is wholly about them (coverage.ts);
  // else the first is answered as before, and the coverage guard says what was not understood
  const hit = bound && "choose" in bound ? bound.choose[0] : bound?.figure;
  if (bound && "choose" in bound && hit) {
    const one = narrativeFigureAnswer(question, report, hit, notes);
    if (guardCoverage(ctx.store, question, q, one) === one) return { ...chooseAnswer(question, report, q, bound.choose), notes };
    return one;
  }
  return hit ? narrativeFigureAnswer(question, report, hit, bound && "note" in bound && bound.note ? [...notes, bound.note] : notes) : narrativeMissing(ctx, question, q, report);
}

function narrativeFigureAnswer(question: string, report: Report, hit: NarrativeFigure, notes: string[]): Answer {
  if (hit.read === "unsure") return unsureAnswer(question, "figure", `${whose(report)} ${report.year} 年 · ${narrativeLabel(hit)}`, hit.value, hit.unit, narrativeDoubt(hit), [narrativeQuoteOf(report, hit)], notes);
  // a measure word read from the same sentence (narrative.ts sameWordsCounted): said how
  const how = hit.read === "narrative" && hit.reason ? [`${hit.reason}。`] : [];
  return finish(question, "figure", [narrativeFigureOf(report, hit)], [narrativeQuoteOf(report, hit)], [...notes, ...roundNote(hit), ...how]);
}

function narrativeMissing(ctx: Ctx, question: string, q: Question, report: Report): Answer {
  if (asksAmount(q.text)) return noFigureAnswer(question, report, "", [], `《${report.title}》没有印出${q.keywords.join("、")}的金额（表格中没有这一栏，正文中也没有说到）`);
  // a number asked that the narrative does not state: not_found, with what the report says of it
  if (ASKS_NUMBER.test(q.text) && q.keywords.length) return noFigureAnswer(question, report, q.keywords.join("、"), [...new Set([...headedSentences(report, q.keywords), ...passagesAbout(report, q.keywords)])].slice(0, 3));
  return searchAnswer(ctx, question, q, [{ agency: report.agency, region: report.region }], report);
}

function searchAnswer(ctx: Ctx, question: string, q: Question, agencies: AgencyName[], report?: Report): Answer {
  const query = q.keywords.join(" ") || q.text;
  const files = report ? [report.file] : agencies.flatMap((a) => ctx.store.ofAgency(a.agency)).filter((r) => !q.years.length || q.years.includes(r.year)).map((r) => r.file);
  const hits = ctx.store.search().search(query, { kinds: ["passage"], limit: 3, ...(agencies.length ? { files } : {}), ...(q.years.length ? { years: q.years } : {}) });
  if (!hits.length) return plain(question, "not_found", "search", `没有找到与“${query}”相关的内容。${report ? offer(report) : `可以问某地某年的具体数字，例如“${example(ctx)}”。`}`);
  const quotes: Quote[] = hits.map((h) => {
    const r = ctx.store.byFile(h.file);
    return r ? quoteOf(r, h.text, sectionName(r, h.section)) : { text: h.text, report: h.file, section: "" };
  });
  const a = plain(question, "answered", "search", "", { quotes });
  a.text = answerText(a);
  return a;
}

function breakdown(question: string, q: Question, report: Report, notes: string[]): Answer {
  const parts = breakdownParts(report, q);
  const figures = parts.flatMap((p) => (p.reading.value === null || p.reading.doubts ? [] : [figureOf(report, p.metric, { ...p.reading, label: labelWithParts(p.reading) }, p.reading.value)]));
  const doubts = parts.flatMap((p) => (p.reading.doubts ? [doubtNote(p.reading.label, p.reading.value, p.reading.unit, p.reading.doubts)] : []));
  if (!figures.length) return plain(question, "not_found", "breakdown", [`《${report.title}》中没有${doubts.length ? "能确定读出的" : "这些"}数字。${offer(report)}`, ...doubts].join("\n"), { notes: doubts });
  notes = [...notes, ...doubts];
  return finish(question, "breakdown", figures, breakdownQuote(parts), [...notes, ...parts.flatMap((p) => p.reading.notes)], undefined, q.metric?.label ?? "办理结果");
}

/** A name and year alone (“浔阳区2023年”): the report's main figures, each with its source. */
const SUMMARY: Metric[] = [
  { table: "table2", rows: ["new"], label: "本年新收政府信息公开申请" },
  { table: "table2", rows: ["granted"], label: "予以公开" },
  { table: "table2", rows: ["results_total"], label: "办理结果总计" },
  { table: "table2", rows: ["carried_out"], label: "结转下年度继续办理" },
  { table: "table3", groups: ["review"], column: "total", label: "行政复议" },
  { table: "table3", groups: ["suit_direct", "suit_after_review"], column: "total", label: "行政诉讼" },
  { table: "table1", item: "licensing", column: "decisions", label: "行政许可 · 处理决定" },
  { table: "table1", item: "penalty", column: "decisions", label: "行政处罚 · 处理决定" },
];

function summary(question: string, report: Report, notes: string[]): Answer {
  const read = SUMMARY.map((m) => ({ m, r: readMetric(report, m, [], { quote: false }) }));
  const figures = read.flatMap(({ m, r }) => (r.value === null || r.doubts ? [] : [figureOf(report, metricId(m, []), r, r.value)]));
  notes = [...notes, ...read.flatMap(({ r }) => (r.doubts ? [doubtNote(r.label, r.value, r.unit, r.doubts)] : []))];
  if (!figures.length) return plain(question, "not_found", "breakdown", `《${report.title}》中没有读到表格数字。${offer(report)}`);
  const broken = report.checks.filter((c) => !c.holds).length;
  const status = broken ? `这份报告有 ${broken} 处数字不一致，用 /check 查看。` : "这份报告的勾稽关系全部成立。";
  const quote = readMetric(report, SUMMARY[0] as Metric, []).quote;
  return finish(question, "breakdown", figures, quote ? [quote] : [], [...notes, status], undefined, "主要数字");
}

function comparison(ctx: Ctx, question: string, q: Question, agencies: AgencyName[]): Answer {
  // 对比A和B主动公开信息条数: a figure only the text states, read as a ranking reads it (narrative-series.ts)
  if (!q.metric) return narrativeComparison(ctx.store, question, q, agencies) ?? plain(question, "clarify", "comparison", "比较哪一个数字？", { choices: agencies.length ? [`${question} 依申请公开数量`, `${question} 行政复议数量`] : [] });
  const figures: AnswerFigure[] = [];
  const quotes: Quote[] = [];
  const notes: string[] = [];
  for (const a of agencies) {
    const own = ctx.store.ofAgency(a.agency);
    const year = q.bodyYears?.[a.agency] ?? q.years[0] ?? Math.max(...own.map((r) => r.year));
    const report = own.find((r) => r.year === year);
    if (!report) {
      notes.push(`没有${whose(a)}${year} 年的报告。`);
      continue;
    }
    const r = readStated(report, q.metric, q.columns);
    if (r.doubts) notes.push(doubtNote(`${whose(report)} ${report.year} 年 · ${r.label}`, r.value, r.unit, r.doubts));
    else if (r.value === null) notes.push(`${whose(report)}${report.year} 年：${r.missing ?? "没有这一数字"}。`);
    else {
      figures.push(figureOf(report, metricId(q.metric, q.columns), r, r.value));
      if (r.quote) quotes.push(r.quote);
      notes.push(...entryNotes(report, r));
    }
  }
  // 甲局、乙局、丙局…一共多少: the named bodies' figures added up, only when every one was read (named-total.ts)
  if (asksNamedTotal(q.text) && agencies.length > 1 && new Set(figures.map((f) => f.year)).size <= 1) {
    if (figures.length < agencies.length) return plain(question, "not_found", "figure", [`无法给出这 ${agencies.length} 个机关的合计：`, ...notes, ...(figures.length ? [`已读出的：${listedFigures(figures)}。`] : [])].join("\n"), { figures });
    const { total, note } = namedTotal(figures);
    return finish(question, "figure", [total, ...figures], quotes, [note, ...notes], listedFigures(figures));
  }
  if (!figures.length) return plain(question, "not_found", "comparison", notes.join("\n"));
  return finish(question, "comparison", figures, quotes, notes);
}

/**
 * A ranking no table figure answers: 哪个部门最多 (no figure named) asks which figure; a figure only texts
 * state, in a field too large to read report by report, asks which place's bodies; one no report of
 * the field states is not found. Each with its choices, said in the text too — never an empty question.
 */
function rankingWithoutFigure(ctx: Ctx, question: string, q: Question, year: number): Answer {
  const byFigure = [`${question}（依申请公开数量）`, `${question}（行政复议数量）`];
  const numbered = (items: string[]) => items.map((c, i) => `${i + 1}. ${c}`).join("  ");
  const said = [...new Set([...q.keywords, ...leftover(q).words])];
  if (!said.length) return plain(question, "clarify", "ranking", `按哪一个数字排名？（回复序号）\n${numbered(["依申请公开数量", "行政复议数量"])}`, { choices: byFigure });
  const pool = rankPool(q.text, q.agencies, q.bodies, ctx.names);
  const field = ctx.names.filter((a) => pool.admits(a.agency));
  if (field.length > MAX_READ) {
    const count = new Map<string, number>();
    for (const a of field) {
      const place = identify(a.agency).region || a.region;
      if (place) count.set(place, (count.get(place) ?? 0) + 1);
    }
    const places = [...count].sort((a, b) => b[1] - a[1]).slice(0, MAX_PLACES_ASKED).map(([p]) => p);
    if (places.length > 1) return plain(question, "clarify", "ranking", `“${said.join("")}”的数字只写在各报告的正文中，${pool.label}的 ${field.length} 份报告太多，无法逐份读出比较。请说是哪个地方的${pool.label}：（回复序号）\n${numbered(places)}`, { choices: places.map((p) => `${p}${question}`) });
  }
  return plain(question, "not_found", "ranking", `${year} 年${pool.label}的报告中没有能确定是“${said.join("、")}”的数字，无法排名。可以按表格中的数字排名：依申请公开数量、行政复议数量。`, { choices: byFigure });
}

function ranking(ctx: Ctx, question: string, q0: Question): Answer {
  // 哪个部门没收到申请: who has none — the fewest first, opened with those at 0 (none-asked.ts)
  const none = asksNone(q0.text) && q0.metric !== null;
  const q = none ? { ...q0, order: "asc" as const } : q0;
  const years = ctx.store.years();
  const year = q.years[0] ?? years[years.length - 1] ?? 0;
  // 哪个部门罚没金额最多: a figure only the text states, report by report (narrative-series.ts)
  if (!q.metric) return narrativeRanking(ctx.store, question, q, year) ?? rankingWithoutFigure(ctx, question, q, year);
  const want = Math.max(q.top ?? 0, 10);
  // Like with like: the bodies the question compares (governments by default), the others left out and said so.
  const pool = rankPool(q.text, q.agencies, q.bodies, ctx.names);
  // the ranking's first page and counts, kept per year, figure, order and pool (ranked-pool.ts); a sum asked reads the whole field
  const total = asksTotal(q.text);
  // 省直部门一共… with no place, in a corpus of several provinces: whose total? asked back, one place a choice
  if (total && pool.places && q.bodies) {
    const places = pool.places.slice(0, MAX_PLACES_ASKED);
    const bodies = q.bodies.text;
    return plain(question, "clarify", "ranking", `问题没有说是哪个地方的“${bodies}”，已收录的属于 ${pool.places.length} 个地方，您问的是哪一个？（回复序号）\n${places.map((p, i) => `${i + 1}. ${p}${bodies}`).join("  ")}`, { choices: places.map((p) => q.text.replace(bodies, `${p}${bodies}`)) });
  }
  const pooledField = pooled(ctx.store, year, q.metric, q.columns, q.order === "asc", pool, total ? MAX_ADDED + 1 : want);
  const { scored, leftOutNote, levels } = pooledField;
  // Reports whose tables lack the figure rank by what their text states (stated.ts), said so.
  const stated = statedInRanking(ctx, pooledField.lacking, year, q);
  const lacking = pooledField.lacking.filter((a) => !stated.some((s) => s.report.agency === a));
  const lackingCount = pooledField.lackingCount - stated.length;
  if (total && (scored.length || lackingCount || stated.length)) return poolTotal(ctx, question, q, year, pool.label, scored, pooledField.scoredCount, lacking, lackingCount, stated, unsureNote(ctx.store, pool, year, "相加"));
  if (!scored.length && !stated.length) {
    // No report of the field at all is not the same as reports that lack the figure.
    const why = lackingCount ? `${year} 年${pool.label}的报告中都没有这一数字。` : `已收录的 ${year} 年报告中没有${pool.label}的报告。`;
    return plain(question, "not_found", "ranking", `${why}${leftOutNote ?? ""}${pool.note ?? ""}${unsureNote(ctx.store, pool, year, "比较") ?? ""}`);
  }
  // The extreme first; the rest of the field too (up to ten), so the figure has its context.
  // Unsure values take no place in the ranking: the first sure ones are shown, the unsure ones said.
  const shown: { report: Report; value: number; r: Reading }[] = [];
  const unsure: string[] = [];
  const above: string[] = [];
  // read a page of the field at a time (a fetching store fetches a page in one pass)
  for (let from = 0; shown.length < want && from < scored.length; from += want) {
    const page = scored.slice(from, from + want);
    const reports = reportsByFiles(ctx.store, page.map((s) => s.file));
    if (!reports) break;
    for (const [i, report] of reports.entries()) {
      if (shown.length >= want) break;
      // one reading with the single figure's answer: a doubt the text settles (the same number stated) is none
      const r = readStated(report, q.metric, q.columns, { quote: false });
      if (r.doubts) {
        unsure.push(doubtNote(`${whose(report)} ${report.year} 年 · ${r.label}`, r.value, r.unit, r.doubts));
        // ranked above the first (or the first asked: 前三) sure ones shown so far: it may be among them
        if (shown.length < (q.top ?? 1)) above.push(whose(report));
      }
      else shown.push({ report, value: (page[i] as (typeof scored)[number]).value, r });
    }
  }
  if (stated.length) {
    shown.push(...stated);
    shown.sort((a, b) => (q.order === "asc" ? a.value - b.value : b.value - a.value));
    shown.splice(Math.max(q.top ?? 0, 10));
  }
  if (!shown.length) return plain(question, "not_found", "ranking", [`${year} 年的报告中没有能确定读出的这一数字。`, ...unsure].join("\n"), { notes: unsure });
  const metric = metricId(q.metric, q.columns);
  const notes = [
    ...(q.yearWasGiven ? [] : [`未指明年份，按最新的 ${year} 年报告排名。`]),
    `比较的是${pool.label}：已收录的 ${pooledField.scoredCount + stated.length + lackingCount} 份 ${year} 年报告。`,
    ...[countNote(q.text, pooledField.scoredCount + stated.length + lackingCount, pool.label, year)].filter((n): n is string => n !== null),
    ...(stated.length ? [statedNote(stated, "参加排名")] : []),
    ...(lackingCount ? [`${lacking.slice(0, 10).join("、")}${lackingCount > 10 ? ` 等 ${lackingCount} 个机关` : ""}的报告中没有这一数字，未参加排名。`] : []),
    ...[levels, leftOutNote, pool.note ?? null, unsureNote(ctx.store, pool, year, "比较"), unplacedNote(ctx.store, ctx.names, year, "比较")].filter((n): n is string => n !== null),
    ...unsure,
  ];
  // a field of one report (or one with the figure read) has no 最多: said first, the place's other reports named (sole-entry.ts)
  const sole = shown.length === 1 && pooledField.scoredCount + stated.length === 1;
  if (sole) notes.push(...[leftOutUnder(ctx.store, ctx.names, rankScope(q.agencies, ctx.names), year, pool.admits)].filter((n): n is string => n !== null));
  const first = shown[0];
  const top = first ? readStated(first.report, q.metric, q.columns).quote : null;
  // Every entry whose figure breaks one of its report's sums says so, as a single answer does.
  const entries = shown.flatMap((s) => entryNotes(s.report, { ...s.r, notes: s.r.notes.filter((n) => WARNING.test(n)) }));
  const ranked = finish(question, "ranking", shown.map((s) => figureOf(s.report, metric, s.r, s.value)), top ? [top] : [], [...notes, ...entries]);
  // a body left out (its figure unread, or read unsurely above the first) may be the first: not stated as sure
  const led = sole ? withSoleEntryLead(ranked, q.text, pooledField.scoredCount + stated.length + lackingCount, pool.label, year, q.order) : withUnsureFirst(ranked, [...above, ...lacking], above.length + lackingCount, q.order, q.top);
  return none ? withNoneLead(led) : led;
}

/** Words left beside mojibake make a question only when they name a body or a figure. */
function namesSomething(q: Question): boolean {
  return q.agencies.length > 0 || q.metric !== null;
}

/** A question in English (the words only English has): answered with a hint, not searched as glued Latin words. */
const ENGLISH = /\b(?:how|what|which|who|many|much|the|did|does|is|are|of|in|rate|number|please)\b/giu;

/** Example questions about a loaded report: the first government's (else the first body's) latest year. */
function examples(ctx: Ctx): string[] {
  const first = ctx.names.find((n) => identify(n.agency).kind === "government") ?? ctx.names.find((n) => isPlaceGovernment(n)) ?? ctx.names[0];
  const latest = first ? ctx.store.ofAgency(first.agency).at(-1) : undefined;
  return examplesFor(ctx.regions, latest ? { region: latest.region || latest.agency, year: latest.year } : null);
}

function example(ctx: Ctx): string {
  return examples(ctx)[0] ?? "";
}

/** 各乡镇…一共多少件: the field's figures added up, not ranked (a which-word or a superlative asks for a ranking). */
function asksTotal(text: string): boolean {
  return SUM.test(text) && !/最|哪|谁|排名|排行/u.test(text);
}

/** Places offered when a total's field spans several (省直部门 with no province named). */
const MAX_PLACES_ASKED = 8;

/** Above this many reports a field is not added up here (a sum over a whole corpus is not what a chat answers). */
const MAX_ADDED = 200;

/**
 * The sum of a field's figure: given only when every report of the field states it surely (one
 * missing or unsure figure and a sum would be a figure no report prints, and wrong); else the parts
 * read and what is missing, and no total.
 */
/** The bodies of a ranking or a sum whose figure is the one their text states (their tables lack it), named. */
function statedNote(stated: readonly { report: Report }[], how: string): string {
  return `${stated.map((s) => whose(s.report)).join("、")}的表格中没有这一数字，按其正文所述的数字${how}。`;
}

/**
 * A field's figures added up: one rule with the ranking — a body whose tables lack the figure and whose
 * text states it is added by what its text states (named), a body with neither refuses the sum.
 */
function poolTotal(ctx: Ctx, question: string, q: Question, year: number, label: string, scored: readonly { file: string; value: number }[], scoredCount: number, lacking: readonly string[], lackingCount: number, stated: readonly { report: Report; value: number; r: Reading }[] = [], outside: string | null = null): Answer {
  const metric = q.metric as Metric;
  scoredCount += stated.length;
  const parts: { report: Report; value: number; r: Reading }[] = [...stated];
  const unsure: string[] = [];
  for (const s of scored.slice(0, Math.max(0, MAX_ADDED - stated.length))) {
    const report = ctx.store.byFile(s.file) as Report;
    const r = readStated(report, metric, q.columns);
    if (r.doubts || r.value === null || r.value !== s.value) unsure.push(report.agency);
    else parts.push({ report, value: s.value, r });
  }
  parts.sort((a, b) => b.value - a.value);
  const missing = [...lacking, ...unsure];
  const missingCount = Math.max(lackingCount, lacking.length) + unsure.length;
  const figures = parts.map((p) => figureOf(p.report, metricId(metric, q.columns), p.r, p.value));
  const listed = parts.map((p) => `${whose(p.report)} ${numberText(p.value)}`).join("、");
  if (missingCount || scoredCount > MAX_ADDED || !parts.length) {
    const why = scoredCount > MAX_ADDED ? `${label}有 ${scoredCount} 份 ${year} 年报告，这里不逐一相加` : `${missing.slice(0, 10).join("、")}${missingCount > 10 ? ` 等 ${missingCount} 个机关` : ""}的报告中没有能确定读出的这一数字`;
    const text = [`无法给出${label} ${year} 年的合计：${why}。`, ...(parts.length && parts.length <= 20 ? [`已读出的：${listed}。`] : [])].join("\n");
    return plain(question, "not_found", "figure", text, { figures });
  }
  const first = parts[0] as { report: Report; r: Reading };
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const total: AnswerFigure = {
    agency: label,
    region: label,
    year,
    metric: `${metricId(metric, q.columns)}.sum`,
    label: `${first.r.label}（${parts.length} 份报告相加）`,
    value: Math.round(sum * 1e6) / 1e6,
    unit: first.r.unit,
    source: `各报告${first.r.source.replace(/^《[^》]*》/u, "")}`,
  };
  // a government's office is one of its working departments (县直部门, 市直部门 take it in): said, with the sum without it
  const offices = parts.filter((p) => identify(p.report.agency).kind === "office");
  const officeNote = offices.length && offices.length < parts.length ? [`其中含${offices.map((p) => p.report.agency).join("、")}（政府办公室也是本级政府的工作部门）；不含的合计为 ${numberText(Math.round((sum - offices.reduce((t, p) => t + p.value, 0)) * 1e6) / 1e6)}。`] : [];
  // a city bureau's branch in the county (蘅州市生态环境局栎原分局) is the city's, not the county's own department: said, with the sum without it
  const branches = parts.filter((p) => identify(p.report.agency).branchOf);
  const branchNote = branches.length && branches.length < parts.length ? [`其中含${branches.map((p) => p.report.agency).join("、")}（上级部门设在本地的分局，不是本级政府的部门）；不含的合计为 ${numberText(Math.round((sum - branches.reduce((t, p) => t + p.value, 0)) * 1e6) / 1e6)}。`] : [];
  const notes = [`相加的是${label}：已收录的 ${parts.length} 份 ${year} 年报告，每份都读出了这一数字${stated.length ? `（${stated.length} 份取自正文）` : ""}。`, ...(stated.length ? [statedNote(stated, "相加")] : []), ...officeNote, ...branchNote, ...(q.yearWasGiven ? [] : [`未指明年份，按最新的 ${year} 年报告。`]), ...[outside, unplacedNote(ctx.store, ctx.names, year, "相加")].filter((n): n is string => n !== null)];
  const quotes = parts.flatMap((p) => (p.r.quote ? [p.r.quote] : []));
  return finish(question, "figure", [total, ...figures], quotes, notes, parts.length <= 20 ? listed : undefined);
}

/** A note that warns about the figure itself: its report's sums break, its text disagrees, it was repaired. */
const WARNING = /^(?:报告自身数字不一致|正文与表格不一致|读取说明)/;

/** A figure's notes in an answer of several reports (ranking, comparison, trend): each says whose it is. */
function entryNotes(report: Report, r: Reading): string[] {
  return r.notes.map((n) => `${report.agency} ${report.year} 年 · ${n}`);
}

/** At most this many reports lacking a figure are looked up in their text for a ranking (each is a report read). */
const STATED_IN_RANKING = 50;

/** The reports of the field whose tables lack the figure but whose text states it, sure ones only. */
function statedInRanking(ctx: Ctx, lacking: readonly string[], year: number, q: Question): { report: Report; value: number; r: Reading }[] {
  if (!q.metric) return [];
  const out: { report: Report; value: number; r: Reading }[] = [];
  for (const agency of lacking.slice(0, STATED_IN_RANKING)) {
    const report = ctx.store.ofAgency(agency).find((r) => r.year === year);
    if (!report) continue;
    const r = readStated(report, q.metric, q.columns, { quote: false });
    if (r.value !== null && !r.doubts) out.push({ report, value: r.value, r });
  }
  return out;
}

function trend(ctx: Ctx, question: string, q: Question, agency: AgencyName, own: Report[]): Answer {
  if (!q.metric) return narrativeTrend(question, q, agency, own, q.years.length > 1 ? q.years : own.map((r) => r.year)) ?? plain(question, "clarify", "trend", "看哪一个数字的变化？", { choices: [`${whose(agency)}历年依申请公开数量`, `${whose(agency)}历年行政复议数量`] });
  let years = q.years.length > 1 ? q.years : own.map((r) => r.year);
  const figures: AnswerFigure[] = [];
  const quotes: Quote[] = [];
  const notes: string[] = [];
  // 近两年 when the newest reports are not out (or not loaded): the newest N of the agency's reports, said so
  const newest = Math.max(...own.map((r) => r.year));
  if (q.recentYears && own.length && newest < Math.max(...years)) {
    years = [...new Set(own.map((r) => r.year))].sort((a, b) => a - b).slice(-q.recentYears);
    notes.push(`已收录的${agency.agency}报告最新为 ${newest} 年，按最近 ${years.length} 年（${years.join("、")}）回答。`);
  }
  for (const y of years) {
    const report = own.find((r) => r.year === y);
    if (!report) {
      notes.push(`没有${whose(agency)}${y} 年的报告。`);
      continue;
    }
    const r = readStated(report, q.metric, q.columns);
    if (r.doubts) notes.push(doubtNote(`${y} 年 · ${r.label}`, r.value, r.unit, r.doubts));
    else if (r.value === null) notes.push(`${y} 年：${r.missing ?? "没有这一数字"}。`);
    else {
      figures.push(figureOf(report, metricId(q.metric, q.columns), r, r.value));
      if (r.quote) quotes.push(r.quote);
      notes.push(...entryNotes(report, r));
    }
  }
  if (!figures.length) return plain(question, "not_found", "trend", notes.join("\n") || `没有${whose(agency)}的报告。`);
  return finish(question, "trend", figures, quotes, [...notes, ...labelsNote(figures)]);
}
