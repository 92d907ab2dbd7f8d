/**
 * Coverage: every word of a question must be accounted for before a figure is stated as its
 * answer. Understanding explains the names, years, figure and column phrases, and the words that
 * set the kind of answer (`Question.explained`); the chosen figure explains its own label and
 * row; the rest must be words of asking (多少, 几, 件, 请问, 年度 …, a short list below). A content
 * word left over (工作人员, 培训, 发布 …) or a department or office (公安局, 区政府办 …) that the
 * answering agency is not means the figure answers another question: it is not stated.
 *
 * @example
 * leftover(understand("赣州市2023年政府信息公开工作机构有多少工作人员", names, today))
 * // → { words: ["机构", "工作人员"], organs: [] }
 */
import { noneSpans } from "./none-asked.ts";
import type { Answer, AnswerFigure, NarrativeFigure, Quote, Report } from "../index/schema.ts";
import { taggedWords } from "../index/tokenize.ts";
import type { ReportStore } from "../store/store.ts";
import { SECTION_HEADINGS, TABLE_SECTION } from "../index/template.ts";
import { answerText, offer } from "./compose.ts";
import { narrativeFigureOf, narrativeQuoteOf, sectionName } from "./figures.ts";
import { findPhrases, METRIC_LEXICON, TABLE2_COLUMN_WORDS, type LexEntry, type Metric } from "./lexicon.ts";
import { chooseAnswer, findNarrative, pairChoices } from "./narrative.ts";
import { answersTo, channelAct, holds, narrativeLabel, QUANTITY_WORDS, roundNote } from "./narrative-binding.ts";
import { accountWords, CHANNEL_WORD } from "./accounts.ts";
import { headingWords, sentenceBeforeWords } from "./sub-heading.ts";
import { asksAmount, namesAmount, wrongMeasure } from "./amount.ts";
import { ASKING_LEADS, DISCOURSE_WORDS } from "./discourse.ts";
import { narrativeDoubt, unsureAnswer } from "./unsure.ts";
import { ASKS_NUMBER, noFigureAnswer } from "./no-figure.ts";
import { quoteOf } from "./verbatim.ts";
import type { Question } from "./understand.ts";
import { whose } from "./who.ts";

/**
 * Words that ask rather than say what: question and quantity words, measure words, particles,
 * politeness, time words of the report year, words naming the report itself, and verbs of
 * having and receiving (收到多少申请 says no more than 多少申请). Nouns and verbs that name a thing
 * or an activity (培训, 发布, 工作人员) are never here.
 */
const ASKING_WORDS = new Set([
  // asking for a number
  "多少", "几", "多", "少", "数", "数量", "数目", "总数", "条数", "件数", "次数", "期数", "场数", "篇数", "份数", "项数", "个数", "人次数", "数字", "数据", "统计", "一共", "总共", "共", "共计", "合计",
  "累计", "总计", "总体", "总的", "比例", "比率", "比重", "占比", "百分比", "所占", "大概", "大约", "具体", "分别", "各", "各自", "情况", "怎样", "如何", "什么", "是",
  "为", "有", "有没有", "是否", "是不是", "有无", "的", "了", "过", "呢", "吗", "吧", "啊", "呀", "嘛", "么", "哦",
  // measure words
  "件", "条", "个", "次", "项", "份", "封", "人", "场", "期", "篇", "家", "批", "名", "户", "部", "元", "人次", "场次", "宗", "起",
  // politeness and talk
  "请问", "请", "一下", "麻烦", "帮", "帮我", "我查", "查下", "帮忙", "我", "我们", "你", "您", "想", "想知道", "知道", "问", "问下", "问一下",
  "你好", "您好", "谢谢", "多谢", "感谢", "了解", "想了解", "他们", "它们", "那一年", "那年",
  "告诉", "查", "查询", "查一下", "看", "看看", "就是", "那", "那么", "这", "这个", "还", "还有", "其中", "里", "中",
  "里面", "上", "在", "对", "和", "与", "及", "以及", "或", "或者", "给", "把", "被", "从", "到", "向", "由", "于",
  // the report year and the report itself
  "年", "年度", "本年", "本年度", "当年", "全年", "年内", "一年", "这一年", "该年", "报告", "年报", "年度报告", "工作",
  "政府信息公开", "政府信息", "信息公开", "公开工作",
  // which place or body (哪个地方, 各部门): the agency is named or ranked, not counted
  "地方", "地区", "部门", "单位", "机关", "全市", "全区", "全县", "全省", "本市", "本区", "本县", "我市", "我区", "我县", "相关",
  // having and receiving, handing in (the object says what)
  "收到", "收", "接到", "接收", "收了", "共收", "共有", "达到", "达", "提交", "交", "递交", "提出", "开展", "进行", "举办",
  "组织", "召开",
  // why and about (因为信息公开被起诉, 为什么这么多): the figure is named by the rest
  "因为", "由于", "关于", "有关", "因", "这么", "那么", "如此", "是因为", "涉及", "涉及到",
  // someone (人家申请公开信息): the applicant in general, not a kind of applicant
  "人家", "别人", "有人",
  // adding up what the question names (无法提供和不予公开加起来)
  "加起来", "加在一起", "合起来", "总和", "之和", "两者", "两项", "起来", "加",
]);

/**
 * One-character words that narrow the quantity asked (复议输了几次, 罚了多少, 没这个信息): never passed
 * over as particles — unless understood (lexicon.ts), the figure of the wider quantity is not stated.
 */
const NARROWING = new Set(["输", "赢", "胜", "败", "罚", "判", "驳", "拒", "撤", "没", "无", "未", "不", "非"]);

/** Endings of departments and offices (公安局, 发改委, 办公厅, 政务服务中心, 派出所, 大队, 街道 …). */
const ORGAN_END = /(?:局|委|委员会|厅|办公室|办公厅|中心|站|所|队|街道|办事处|镇|乡)$/u;
/** Words with those endings that are not departments. */
const NOT_ORGANS = new Set([
  "网站", "站点", "场所", "所有", "所在", "所以", "所得", "住所", "城镇", "乡镇", "城乡", "乡村", "家乡", "布局", "格局",
  "结局", "大局", "全局", "当局", "中心工作", "重心", "核心", "热心", "一所", "各所",
]);

/** A clause in which the asker says who they are (我是做…研究的, 我们是…记者). */
const SELF_INTRO = /(?<=^|[,，。.;；!！?？\s])(?:我是|我们是|本人是|我叫|我在|我从事)[^,，。.;；!！?？\d]*/gu;

export interface Leftover {
  /** Content words no part of the understanding explains, in order. */
  words: string[];
  /** Department or office words outside the agency name (公安局, 区政府办), in order. */
  organs: string[];
}

/** The words of a question that understanding did not explain and that are not words of asking. */
export function leftover(q: Question): Leftover {
  // 几场线上招聘会: the measure word goes with 几, not with the noun after it (jieba reads 场线)
  const asking = [...q.text.matchAll(QUANTITY_WORDS)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  // 我是做政务公开研究的: who is asking, a clause of its own that names nothing asked for; 能不能(告诉我)
  for (const m of [...q.text.matchAll(SELF_INTRO), ...q.text.matchAll(ASKING_LEADS)]) {
    const span: [number, number] = [m.index, m.index + m[0].length];
    if (!q.explained.some(([s, e]) => s < span[1] && e > span[0])) asking.push(span);
  }
  // 收到和处理…申请情况: table 2's heading, the whole of it asked (not 处理 of a row that is not a result)
  for (const m of q.text.matchAll(/(?:收到|受理|接收)(?:和|及|与|并)(?:处理|答复|办理)/gu)) asking.push([m.index, m.index + m[0].length]);
  // 哪个部门没收到申请: a ranking asked in the negative (none-asked.ts)
  asking.push(...noneSpans(q.text));
  // 哪个区政府, 各县人民政府, 三个县政府: a level's places said with their government — the level's field (who.ts LEVEL_WORDS) is its governments
  for (const m of q.text.matchAll(/(?:哪(?:一个|个|些)?|各|[两三四五六七八九十几]个)(?:区县市|县市区|区县|县区|县市|县级市|地级市|区|县|市|省)((?:人民)?政府)(?![办机])/gu)) {
    const at = m.index + m[0].length - (m[1] as string).length;
    asking.push([at, at + (m[1] as string).length]);
  }
  // 前五名, 前10位: how much of a ranking is asked (understand.ts reads the number)
  if (q.kind === "ranking") for (const m of q.text.matchAll(/(?:前|后)(?:\d+|[一二三四五六七八九十两]+)(?:名|位|个|家)?/gu)) asking.push([m.index, m.index + m[0].length]);
  // 政务公众号, 政务微博, 官方微博, 政务新媒体: a body's accounts are all its own (政务, 官方) ones; the channel says which
  for (const m of q.text.matchAll(/(?:政务|官方)(?=微信|公众号|微博|抖音|头条|快手|视频号|服务号|订阅号|新媒体)/gu)) asking.push([m.index, m.index + 2]);
  // 收没收, 交没交, 办不办: a verb asked as “verb-not-verb” is a yes/no question, not 没收 (confiscation)
  for (const m of q.text.matchAll(/(\p{Script=Han})[没不]\1/gu)) asking.push([m.index + 1, m.index + 3]);
  const text = [...q.text].map((ch, i) => ([...q.explained, ...asking].some(([s, e]) => i >= s && i < e) ? " " : ch)).join("");
  const out: Leftover = { words: [], organs: [] };
  for (const piece of text.split(/[\s\p{P}\p{S}\d]+/u)) {
    if (!piece) continue;
    const tagged = taggedWords(piece);
    // content words right before an office name it (市政府/办公室, 政务/服务中心): taken into it
    let run: string[] = [];
    for (let i = 0; i < tagged.length; i++) {
      const t = tagged[i] as { word: string; tag: string };
      // 区政府/办, 县府/办: jieba cuts the office off its government
      const organ = /(?:政府|府)$/u.test(t.word) && tagged[i + 1]?.word === "办" ? `${t.word}${(i++, "办")}` : isOrgan(t.word, t.tag) ? t.word : null;
      if (organ) {
        out.words = out.words.filter((w) => !run.includes(w));
        push(out.organs, run.join("") + organ);
        run = [];
      } else if (!ASKING_WORDS.has(t.word) && !DISCOURSE_WORDS.has(t.word) && !(t.word.length === 1 && /\p{Script=Han}/u.test(t.word) && !NARROWING.has(t.word)) && /\p{L}/u.test(t.word)) {
        push(out.words, t.word);
        run.push(t.word);
      } else run = [];
    }
  }
  return out;
}

function isOrgan(word: string, tag: string): boolean {
  if (NOT_ORGANS.has(word) || /网站$/u.test(word)) return false;
  if (tag === "nt") return true;
  return word.length >= 2 && ORGAN_END.test(word) && !tag.startsWith("v");
}

function push(list: string[], w: string): void {
  if (!list.includes(w)) list.push(w);
}

// ---------------------------------------------------------------------------------------------
// The guard

/**
 * The answer, if the figures it states account for every word of the question; otherwise the
 * narrative figure whose own words hold the words left over (区政府办 … 受理 … 17 件), the
 * sentences that mention them, or not_found saying what was not understood. Clarifications,
 * text search and help pass through. A not_found about one report gets the same narrative look.
 */
export function guardCoverage(store: ReportStore, question: string, q: Question, a: Answer): Answer {
  // money stated for a count asked, or a count for money (amount.ts): another quantity, not stated
  if (wrongMeasure(q.text, a)) return measureRefused(q, a);
  if (a.kind === "search" || a.kind === "help" || a.kind === "reports" || a.kind === "check" || a.status === "clarify") return a;
  const left = leftover(q);
  if (!left.words.length && !left.organs.length) return a;
  if (a.status !== "answered" || !a.figures.length) {
    if (q.quantity) return a;
    const report = askedReport(store, q);
    if (!report) return a;
    const gap = { words: left.words, organs: left.organs.filter((o) => !carries(report.agency, o)) };
    return narrativeFallback(question, q, report, gap) ?? a;
  }
  if (q.quantity) return quantityCovered(question, q, a, store, left);
  const gap: Leftover = { words: [], organs: [] };
  for (const f of a.figures) {
    const missed = uncovered(f, a.quotes, store.ofAgency(f.agency).find((r) => r.year === f.year), left);
    for (const w of missed.words) push(gap.words, w);
    for (const o of missed.organs) push(gap.organs, o);
  }
  if (!gap.words.length && !gap.organs.length) return a;
  const files = [...new Set(a.figures.map((f) => `${f.agency}\u0000${f.year}`))];
  const first = a.figures[0] as AnswerFigure;
  const report = files.length === 1 ? store.ofAgency(first.agency).find((r) => r.year === first.year) : undefined;
  if (report) return narrativeFallback(question, q, report, gap) ?? notUnderstood(question, a, store, report, gap);
  return notUnderstood(question, a, store, undefined, gap);
}

/**
 * The words and offices left over that a stated figure does not answer to (its label, row and column, or the words
 * its narrative number answers to; its agency's name; a template phrase mistyped; an amount's word): the one test of
 * a figure against a question, for a single answer and for each body of a ranking, comparison or trend of a text
 * figure (narrative-series.ts).
 */
export function uncovered(f: AnswerFigure, quotes: readonly Quote[], report: Report | undefined, left: Leftover): Leftover {
  const vocab = vocabulary(f, quotes, report);
  return {
    words: left.words.filter((w) => !holds(vocab, w) && !(f.metric === "narrative" && channelAct(vocab, w, left.words.join(" "))) && !f.agency.includes(w) && !typoOf(w, f, quotes) && !namesAmount(w, f.unit, vocab) && !(f.metric === "narrative" && countsInformation(w, f.unit))),
    organs: left.organs.filter((o) => !carries(f.agency, o) && !namedIn(vocab, o)),
  };
}

/**
 * A rate or change (公开率, 同比, a printed 按期办结率) accounts for the words of its inputs taken
 * together: 12345热线办结率 is not the table's 办结率 of applications, so it is not stated (the
 * rate a report prints was tried first: printed-rates.ts).
 */
function quantityCovered(question: string, q: Question, a: Answer, store: ReportStore, left: Leftover): Answer {
  const reportOf = (f: AnswerFigure) => store.ofAgency(f.agency).find((r) => r.year === f.year);
  const vocab = a.figures.map((f) => `${vocabulary(f, a.quotes, reportOf(f))} ${f.agency}`).join(" ");
  const gap: Leftover = {
    // nouns only: a rate's question also talks (是不是, 百分之几, 上年, 很高); a noun says whose rate (热线, 信箱)
    // the words of the quantity asked (结案率 is 办结率) are the indicators' to read (measure.ts)
    words: left.words.filter((w) => isNoun(w) && !q.quantity?.phrase.includes(w) && !vocab.includes(w) && !a.figures.some((f) => typoOf(w, f, a.quotes))),
    organs: left.organs.filter((o) => !a.figures.some((f) => carries(f.agency, o)) && !namedIn(vocab, o)),
  };
  if (!gap.words.length && !gap.organs.length) return a;
  const files = new Set(a.figures.map((f) => `${f.agency}\u0000${f.year}`));
  return notUnderstood(question, a, store, files.size === 1 ? reportOf(a.figures[0] as AnswerFigure) : undefined, gap);
}

function isNoun(word: string): boolean {
  const tags = taggedWords(word).map((t) => t.tag);
  return tags.some((t) => t.startsWith("n") && t !== "nr") && !tags.includes("t");
}

/**
 * The figure's own words name the office asked: the office word with the word before it at least
 * (主动公开市政府办公室文件 → “市政府办公室” in “市政府办公室文件 17 件”), since the words taken
 * into an office before it may be a verb of the question.
 */
function namedIn(vocab: string, organ: string): boolean {
  const pieces = taggedWords(organ).map((t) => t.word);
  if (pieces.length < 2) return vocab.includes(organ);
  return pieces.slice(0, -1).some((_, i) => vocab.includes(pieces.slice(i).join("")));
}

/**
 * 依申清 for 依申请: a word one character off a template phrase (three characters or more) of the
 * figure stated is that phrase mistyped.
 */
function typoOf(word: string, f: AnswerFigure, quotes: readonly Quote[]): boolean {
  if (word.length < 3) return false;
  return METRIC_LEXICON.some((e) =>
    e.say.some((p) => p.length === word.length && [...p].filter((ch, i) => ch !== word[i]).length === 1) &&
    (f.metric === "narrative" ? quotes.some((qt) => speaksOf(qt.text, e.target)) : f.label.startsWith(e.target.label)),
  );
}

/** The one report a question names (one agency, one year), for a not_found the narrative may still answer. */
function askedReport(store: ReportStore, q: Question): Report | undefined {
  // 硚口区各部门…: the place scopes the bodies asked about; its own report is not the one asked
  if (q.bodies?.which) return undefined;
  const m = q.agencies.length === 1 ? q.agencies[0]?.matches : undefined;
  if (!m || m.length !== 1 || q.years.length !== 1) return undefined;
  return store.ofAgency((m[0] as { agency: string }).agency).find((r) => r.year === q.years[0]);
}

/**
 * An office word is the agency's when its characters stand in the agency's name in order: the
 * way Chinese abbreviations are made (府办 ⊂ 人民政府办公室, 发改委 ⊂ 发展和改革委员会).
 */
export function carries(agency: string, organ: string): boolean {
  let at = 0;
  for (const ch of organ) {
    at = agency.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** What people call the things a table counts, beyond its headings: 申请人 (table 2), 案件 (table 3). */
const TABLE_NOUNS: Record<string, string[]> = { "1": ["文件", "事项"], "2": ["申请人"], "3": ["案件", "案子", "官司"] };
/** A table's figure is the one “in the table” (本年新收申请数量（表格里的）): the words naming a table are its own. */
const TABLE_WORDS = ["表格", "统计表", "数据表"];
/** How table 2's results (办理结果) are said: the application answered, handled (答复说不掌握的, 处理了多少). Not 本年新收's words. */
const RESULT_VERBS = ["答复", "回复", "告知", "处理", "办理", "办"];
/** Who decides a suit (法院判维持): words of table 3's 行政诉讼 columns, not of 行政复议's. */
const SUIT_NOUNS = ["法院", "判决", "法官"];

/** The words a stated figure stands for: its label and row and column, or the words its narrative number answers to. */
function vocabulary(f: AnswerFigure, quotes: readonly Quote[], report: Report | undefined): string {
  if (f.metric === "narrative") {
    const n = report?.narrative.find((x) => x.value === f.value && quotes.some((qt) => qt.text === x.sentence));
    return n && report ? withNewMedia(`${f.label} ${answersTo(report.narrative, n)} ${accountWords(report, n.sentence)} ${headingWords(report, n)}`) : f.label;
  }
  // the source after the report title and section (row · column), the table's section heading and its nouns
  const table = /^table([123])\./u.exec(f.metric)?.[1];
  const heading = table ? (SECTION_HEADINGS[TABLE_SECTION[Number(table) as 1 | 2 | 3]] ?? "") : "";
  // 收到和处理…: 处理 is the result rows' word (RESULT_VERBS), never 本年新收's or 上年结转's (处理了多少申请 is not 80 新收)
  const section = /^table2\.(?:new|carried_in)\b/u.test(f.metric) ? heading.replace(/和处理/u, "") : heading;
  return [f.label, ...f.source.replace(/^《[^》]*》/u, "").split(" · ").slice(1), section, ...(TABLE_NOUNS[table ?? ""] ?? []), ...(table ? TABLE_WORDS : []), ...(f.label.includes("诉讼") ? SUIT_NOUNS : []), ...(/^table2\.(?!new\b|carried_in\b)/u.test(f.metric) ? RESULT_VERBS : [])].join(" ");
}

/**
 * The narrative number bound to the question (narrative.ts → narrative-binding.ts, the one
 * mechanism), stated when every word left over is one it answers to and, when the question names
 * a table figure, its sentence speaks of that figure (区政府办 … 受理政府信息公开申请 17 件). Else the
 * sentences that mention the words, quoted without a figure; else null.
 */
function narrativeFallback(question: string, q: Question, report: Report, gap: Leftover): Answer | null {
  const need = [...gap.words, ...gap.organs];
  if (!need.length) return null;
  const missed = `问题里的“${need.join("、")}”不是表格中的一项`;
  // 人大建议和政协提案办理情况: “办理情况” is how the words left over were handled, not table 2's results
  const situation = /(?:办理|处理|答复|办复)情况/u.test(q.text) && q.metric?.table === "table2" && q.metric.rows.length > 1;
  // 市长信箱收到群众来信: an applicant's word (群众, 市民) alone read as table 2's column says nothing of 申请 —
  // the sentence need not speak of applications
  const byApplicant = q.metric?.table === "table2" && !!q.figureSpans?.length && q.figureSpans.every(([s, e]) => TABLE2_COLUMN_WORDS.some((w) => w.say.includes(q.text.slice(s, e))));
  const about = (sentence: string) => !q.metric || situation || byApplicant || speaksOf(sentence, q.metric);
  const fits = (n: NarrativeFigure) => answersAll(report, n, need) && about(n.sentence);
  const bound = findNarrative(report, q);
  const asked = bound && "figure" in bound && fits(bound.figure) ? askedOf(q, report, bound.figure, situation) : null;
  if (bound && "figure" in bound && asked) {
    const n = bound.figure;
    const quote = narrativeQuoteOf(report, n);
    if (n.read === "unsure") return unsureAnswer(question, "figure", `${whose(report)} ${report.year} 年 · ${asked.label}`, n.value, n.unit, narrativeDoubt(n), [quote], []);
    return done({ question, status: "answered", kind: "figure", figures: [{ ...narrativeFigureOf(report, n), label: asked.label }], quotes: [quote], notes: [bound.note ?? `${missed}，数字取自正文中说到它的一句。`, ...(asked.note ? [asked.note] : []), ...roundNote(n)], choices: [], text: "" });
  }
  if (bound && "choose" in bound && bound.choose.every(fits)) return chooseAnswer(question, report, q, bound.choose);
  if (bound && "ask" in bound && bound.ask.every(fits)) {
    return { question, status: "clarify", kind: "figure", figures: [], quotes: [narrativeQuoteOf(report, bound.ask[0])], notes: [], choices: pairChoices(report, bound.ask, bound.verb), text: `正文说的是${bound.verb}前和${bound.verb}后的数量，您问的是哪一个？` };
  }
  const sentences = report.passages.filter((p) => need.every((w) => p.text.includes(w)) && about(p.text)).map((p) => p.text);
  if (!sentences.length) return null;
  if (ASKS_NUMBER.test(q.text)) return noFigureAnswer(question, report, need.join("、"), sentences.slice(0, 3), `${missed}，报告正文中也没有与它对应的数字`);
  const section = (text: string) => sectionName(report, report.passages.find((p) => p.text === text)?.section ?? 0);
  return done({ question, status: "answered", kind: "search", figures: [], quotes: sentences.slice(0, 3).map((text) => quoteOf(report, text, section(text))), notes: [`${missed}；报告正文中没有与它对应的数字，只有这些原文说到它。`], choices: [], text: "" });
}

/**
 * What a narrative number is, said as the question asks it. The figure's words (办结, 答复) asked and the
 * number's own (“县长信箱收到群众来信884件，均已按期办结”: 884 is what was received): when the sentence
 * says it of all of them after the number (均已按期办结), the label says so; when it does not, the number
 * is another quantity — null, never stated as the one asked.
 */
function askedOf(q: Question, report: Report, n: NarrativeFigure, situation: boolean): { label: string; note?: string } | null {
  const label = narrativeLabel(n);
  if (!q.metric || situation) return { label };
  const key = metricKey(q.metric);
  const words = findPhrases(q.text, METRIC_LEXICON, (i) => METRIC_LEXICON[i] as LexEntry).filter((m) => metricKey(m.value.target) === key).map((m) => q.text.slice(m.start, m.end));
  const own = `${answersTo(report.narrative, n)} ${label}`;
  if (!words.length || words.some((w) => own.includes(w))) return { label };
  const at = n.sentence.indexOf(n.says);
  const after = at >= 0 ? n.sentence.slice(at + n.says.length) : "";
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
  const all = new RegExp(`^[^。；;]*?((?:均|全部|都|全)(?:已经|已)?(?:按期|按时|依法|及时|依规|依法依规)?(?:予以)?(?:${escaped.join("|")}))`, "u").exec(after);
  if (!all) return null;
  return { label: `${label}（${all[1]}）`, note: `正文说这 ${n.value} ${n.unit}“${all[1]}”，问的“${words[0]}”按此即为 ${n.value} ${n.unit}。` };
}

/**
 * The narrative number answers to every one of `words`: its own words, its sentence's context, the
 * account its sentence names, the sub-heading it stands under and, for a count said by its verb alone, the
 * sentence before it (narrativeFallback).
 */
function answersAll(report: Report, n: NarrativeFigure, words: readonly string[]): boolean {
  const own = withNewMedia(`${answersTo(report.narrative, n)} ${accountWords(report, n.sentence)} ${headingWords(report, n)} ${sentenceBeforeWords(report, n)}`);
  return words.every((w) => holds(own, w.toLowerCase()) || channelAct(own, w, words.join(" ")) || countsInformation(w, n.unit));
}

/**
 * 扶贫脱贫信息几条 for “其中:…扶贫脱贫5条”: 信息 is what a count in 条 of these reports counts (the binding reads
 * the word before it: narrative-binding.ts GENERIC_NOUN); the words naming which information must still be the number's.
 */
function countsInformation(word: string, unit: string): boolean {
  return word === "信息" && unit === "条";
}

/**
 * A number of a 政务新媒体 channel (微信公众号, 微博, 抖音 …) answers to 政务新媒体 too: the binding chose it as that
 * channel's and says so (narrative.ts newMediaChannel), never as the total of all.
 */
function withNewMedia(words: string): string {
  return new RegExp(CHANNEL_WORD.source, "u").test(words) ? `${words} 政务新媒体 新媒体 媒体` : words;
}

/** Whether a sentence speaks of the metric: one of the lexicon's phrases for the same figure occurs in it. */
function speaksOf(sentence: string, metric: Metric | LexEntry["target"]): boolean {
  const key = metricKey(metric);
  return findPhrases(sentence, METRIC_LEXICON, (i) => METRIC_LEXICON[i] as LexEntry).some((m) => metricKey(m.value.target) === key);
}

function metricKey(t: LexEntry["target"] | Metric): string {
  if (t.table === "table2") return `2:${[...t.rows].sort().join("+")}`;
  if (t.table === "table1") return `1:${t.item}`;
  return `3:${[...t.groups].sort().join("+")}`;
}

function measureRefused(q: Question, a: Answer): Answer {
  const asked = asksAmount(q.text) ? "金额" : "件数";
  const read = a.figures.map((f) => `${f.label} ${f.value} ${f.unit}`).join("、");
  return { question: a.question, status: "not_found", kind: a.kind, figures: [], quotes: [], notes: [], choices: [], text: `问的是${asked}，读到的数字（${read}）不是${asked}，所以不作为答案。` };
}

/** not_found: what the question asked that the figure does not cover, and what exists instead. */
function notUnderstood(question: string, a: Answer, store: ReportStore, report: Report | undefined, gap: Leftover): Answer {
  const lines: string[] = [];
  const choices: string[] = [];
  const head = a.figures[0] as AnswerFigure;
  if (gap.organs.length) {
    const organ = gap.organs[0] as string;
    if (new Set(a.figures.map((f) => f.agency)).size > 1) lines.push(`问的是“${organ}”，而这些数字出自${[...new Set(a.figures.map((f) => f.agency))].slice(0, 3).join("、")}等的报告，不是“${organ}”的，所以不作为答案。`);
    else {
      const named = `${head.region}${organ.replace(/^[省市区县]/u, "")}`;
      const same = store.names().filter((n) => n.region === head.region).map((n) => n.agency);
      lines.push(`没有“${named}”的年度报告；${head.region}已收录的是：${same.join("、")}。${head.agency}的数字不是“${organ}”的，所以不作为答案。`);
    }
    choices.push(question.replace(organ, ""));
  }
  if (gap.words.length) lines.push(`问题里的“${gap.words.join("、")}”没有读懂：${a.figures.length === 1 ? `“${head.label}”` : "这些数字"}不是它问的数字，报告正文中也没有说到它的数字。`);
  if (report) lines.push(offer(report));
  return done({ question, status: "not_found", kind: a.kind, figures: [], quotes: [], notes: [], choices, text: lines.join("") });
}

function done(a: Answer): Answer {
  if (a.status === "answered") a.text = answerText(a);
  return a;
}
