/**
 * How a number attaches to its verb and noun in these reports' sentences, so that a question gets
 * the number that belongs to what it asks — not another number of the same sentence
 * (zhangshu-2020: “政务新媒体由46个清理至16个，注销30个”: 注销了几个 is 30, not 16).
 *
 * The patterns (test/answers/narrative-binding.test.ts tries them on many sentences):
 *  1. words + number: the words between the previous number (or the clause start) and a number are
 *     its own — “注销30个”, “全年收到市长信箱信件211条”, “开展政务公开云直播41场次”;
 *  2. number + measure word + words: the words after the measure word, up to the next number or the
 *     clause end, are its own too — “550人参加”, “举办3期培训班”;
 *  3. from … to: “由46个清理至16个”, “从20个精简到15个”: the first number is the count before the verb,
 *     the second the count after; 清理前/原有 asks for the first, 清理后/还有/剩 for the second, and the
 *     verb alone for neither (the caller asks back);
 *  4. a verb or subject at the head of a sentence scopes over its later clauses (“全年共发布信息1234条，
 *     其中政策解读56条”): there it is context, not a number's own word; so are the clauses right
 *     before a number that hold none (“还通过长河发布微信公众号，发布信息977条”: the channel);
 *  5. a word that is another number's own, in the same clause or a later one, is not this number's
 *     (注销 belongs to 30, not to the 16 before it);
 *  6. the measure word asked (几个, 多少场, 多少人) must fit the number's (个, 场次, 人次 …).
 */
import type { NarrativeFigure } from "../index/schema.ts";
import { taggedWords, words } from "../index/tokenize.ts";
import { maxOf } from "../index/min-max.ts";
import { ITEM_MARK, SERVICE_NUMBER, UNITS as MEASURE } from "../index/read/narrative.ts";
import { CHANNEL_WORD } from "./accounts.ts";
import { WIDER_FIELD } from "../index/read/text-vs-table.ts";
/** A question naming a field of bodies (全省各级, 全市, 各部门, 系统): a system's count is asked. */
const FIELD_ASKED = /各级|全(?:省|市|州|盟|县|区|旗)|各(?:部门|单位|机关)|系统/u;

export type Role = "plain" | "from" | "to";

export interface Slot {
  figure: NarrativeFigure;
  /** Where the number starts in its sentence, and its clause's index there. */
  at: number;
  clause: number;
  /** Its own words (patterns 1 and 2), lower case. */
  own: string;
  /** Its own words read without a bracketed alternative and with it (“市长（县长）信箱” → 市长信箱 县长信箱). */
  alt: string;
  /**
   * The clauses right before its own that hold no number (“还通过长河发布微信公众号，发布信息977条”):
   * the channel or subject it is stated under, lower case; empty when the clause before holds one.
   */
  context: string;
  role: Role;
  /** For from/to: the verb between the two numbers (清理, 精简, 增加 …). */
  verb: string;
  /**
   * After a count and its noun (“披露…4个领域250余家公共企事业单位”), the first count's own words before it: said once
   * for both (披露 is the 250's too), never another number's alone; "" otherwise.
   */
  shared: string;
}

const NUMBER = new RegExp(`(?:\\d[\\d,，]*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)\\s*(?:余|多)?\\s*万?\\s*(?:余|多)?\\s*(?:${MEASURE})`, "gu");
const AT_END = new RegExp(`(?:\\d[\\d,，]*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)\\s*(?:余|多)?\\s*万?\\s*(?:余|多)?\\s*(?:${MEASURE})$`, "u");
/** A printed average in days (narrative.ts AVERAGE_DAYS: “平均办理时间为9天”), at the end of its words. */
const DAYS_END = /\d+(?:\.\d+)?\s*(?:个工作日|工作日|天|日)$/u;
/** A number read without its measure word (narrative.ts: crawler damage), at the end of its words. */
const BARE_END = /\d[\d,，]*(?:\.\d+)?$/u;
const CLAUSE_END = /[，。；：,;！？!?]/gu;
const LIST_END = /[，。；：,;！？!?、]/u;
const FROM = /(?:由|从)(?:原来的|原有的|原先的|原)?\s*$/u;
const TO = /^\s*(.{0,6}?)(?:至|到|为)\s*$/u;

/** Where a narrative figure stands in its sentence and which words are its own. */
export function slotOf(f: NarrativeFigure): Slot | null {
  if (f.parts) return null; // a sum of parts stated side by side: not one number of the sentence
  const s = f.sentence;
  const from = s.indexOf(f.says);
  // a measure word read from the same sentence (narrative.ts sameWordsCounted) is not printed after the number
  const num = (f.unit ? (AT_END.exec(f.says) ?? DAYS_END.exec(f.says)) : null) ?? BARE_END.exec(f.says);
  if (from < 0 || !num) return null;
  const at = from + num.index;
  const end = from + f.says.length;
  // 1. lead: from the previous number of the clause (or its start) up to this number
  const head = s.slice(from, at);
  let leadStart = 0;
  let [prevStart, prevAt] = [0, 0];
  // a count in brackets is an aside on the words before it (“抖音短视频账号(1个)发布信息46条”), not the end of another number's words
  for (const m of head.matchAll(NUMBER)) {
    if (/[（(]\s*$/u.test(head.slice(0, m.index)) && /^\s*[)）]/u.test(head.slice(m.index + m[0].length))) continue;
    [prevStart, prevAt] = [leadStart, m.index];
    leadStart = m.index + m[0].length;
  }
  // “7个政务新媒体账号发布信息3409条”: the noun after the previous count is what that count counts; this number's
  // words start at the verb, the noun is the channel it is stated under (context)
  const counted = leadStart > 0 && CLASSIFIER_END.test(head.slice(0, leadStart)) ? countedNoun(head.slice(leadStart)) : "";
  // “披露…4个领域250余家公共企事业单位”: the verb before the first count is the second's too
  const shared = counted ? head.slice(prevStart, prevAt).toLowerCase() : "";
  if (counted) leadStart += counted.length;
  // “编制印发《公报》4期共800本”: a count said right after another in another measure word (共 alone between) counts
  // the same thing — the words before the first are its own too
  const lead = (!counted && leadStart > 0 && /^\s*(?:共|共计|合计|总计)\s*$/u.test(head.slice(leadStart)) ? head.slice(prevStart, prevAt) : "") + head.slice(leadStart);
  // 2. tail: after the measure word, up to the clause end or a list comma (、); words running
  // straight into the next number are that number's lead (“12个整合为3个”), except for from … to
  const rest = s.slice(end);
  // a service number (“举办5期“12345”热线问政”) is a name, no next number
  const [punct, digit] = [nounList(rest, rest.search(LIST_END)), nextNumber(rest)].map((i) => (i < 0 ? rest.length : i)) as [number, number];
  // an item marker (三是) opens the next item's words, a full stop lost before it
  const item = rest.slice(0, Math.min(punct, digit)).search(ITEM_MARK);
  const tail = rest.slice(0, item < 0 ? Math.min(punct, digit) : item);
  const intoNext = digit < punct;
  // 3. from … to
  let role: Role = "plain";
  let verb = "";
  if (FROM.test(lead) && TO.test(tail)) {
    role = "from";
    verb = TO.exec(tail)?.[1] ?? "";
  } else if (leadStart > 0 && TO.test(lead) && FROM.test(head.slice(0, leadStart).replace(AT_END, ""))) {
    role = "to";
    verb = TO.exec(lead)?.[1] ?? "";
  }
  const clause = (s.slice(0, at).match(CLAUSE_END) ?? []).length;
  // “7篇审计工作报告和3篇审计整改工作报告”: words closed by a conjunction before the next count are this count's noun,
  // not words running into the next number
  const conjoinedNoun = intoNext && role !== "from" && /^\p{Script=Han}/u.test(tail) && CONJOINED.test(tail) ? tail.replace(CONJOINED, "") : "";
  const after = conjoinedNoun || (intoNext && role !== "from" ? (CLASSIFIER_END.test(s.slice(0, end)) ? countedNoun(tail) : "") : tail);
  // “通过门户网站及7个政务新媒体账号”: the words before a conjunction are another thing's (the 门户网站), not the 7's
  const joined = role === "plain" && after.trim() && CONJOINED.test(lead) ? lead : "";
  const own = (respectively(s, at)?.name ?? (joined ? "" : lead) + after).toLowerCase();
  const context = [contextOf(s, at), counted, joined].filter(Boolean).join(" ").toLowerCase();
  return { figure: f, at, clause, own, alt: alternatives(own), context, role, verb, shared };
}

/**
 * “年内公开40件人大代表建议、政协提案办理情况”: nouns listed after a count's measure word, no number among them up to
 * the clause's end, are all what it counts — its words run on over the list commas (a list of counts, “4次、…16次”,
 * stops at the first). `punct` is where the tail's first mark stands; the end of the list when it is a list comma.
 */
function nounList(rest: string, punct: number): number {
  if (punct <= 0 || rest[punct] !== "、" || !/^\p{Script=Han}/u.test(rest)) return punct;
  // “开设9个板块:工作动态、领导信息、…”: after a colon the list names the members of what is counted, not more things counted
  if (/[:：]/u.test(rest.slice(0, punct))) return punct;
  const end = rest.slice(punct).search(CLAUSE_END);
  const list = end < 0 ? rest.slice(punct) : rest.slice(punct, punct + end);
  return /\d|[零〇一二两三四五六七八九十百千]+\s*(?:余|多)?\s*(?:个|件|条|项|次|场|家|人|篇|份)/u.test(list) ? punct : punct + list.length;
}

/** Where the first number of `text` starts that is not a service number (12345, 110), or -1. */
function nextNumber(text: string): number {
  for (const m of text.matchAll(/\d+/gu)) if (!SERVICE_NUMBER.test(m[0]) || /[\d.,，]/u.test(text[m.index - 1] ?? "")) return m.index;
  return -1;
}

/** A count whose measure word comes before its noun (7个账号, 250余家单位, 2名工作人员): 个, 家, 名, 部, 所, 户. */
const CLASSIFIER_END = /(?:个|家|名|部|所|户)\s*$/u;
const CONJOINED = /(?:及|以及|和|与|或)\s*$/u;
const countedKept = new Map<string, string>();
/**
 * The noun a count's measure word is followed by when a verb comes after it before the next number
 * (“7个政务新媒体账号发布信息3409条” → 政务新媒体账号: 7 counts the accounts, the 3409 are what they
 * published); "" when the words start with a verb (“12个整合为3个”) or hold none (“4个领域250余家”).
 */
function countedNoun(words: string): string {
  let hit = countedKept.get(words);
  if (hit !== undefined) return hit;
  const tagged = taggedWords(words);
  // “4个领域250余家公共企事业单位”: nouns alone up to the next number are the first count's (4 fields)
  const found = tagged.findIndex((t) => t.tag.startsWith("v") || t.tag === "p");
  const verb = found < 0 && tagged.length && tagged.every((t) => t.tag.startsWith("n")) ? tagged.length : found;
  const nouns = tagged.slice(0, Math.max(verb, 0));
  // a verb of two characters at least: “精简到15项” (jieba: 精简/n 到/v) is a from/to pair's verb, no noun
  hit = verb > 0 && (verb === tagged.length || (tagged[verb]?.word.length ?? 0) >= 2) && nouns.every((t) => /^(?:n|b|a|j|l)/u.test(t.tag) && /^\p{Script=Han}+$/u.test(t.word)) && nouns.some((t) => t.tag.startsWith("n")) ? words.slice(0, tagged[verb]?.start ?? words.length) : "";
  if (countedKept.size > 5000) countedKept.clear();
  countedKept.set(words, hit);
  return hit;
}

/** Names listed, then 分别, then as many numbers listed: “办结率、满意度分别达到100%、98.5%”. */
const RESPECTIVELY = new RegExp(
  `([^，。；：,;:！？!?\\d]+?)分别([^，。；：,;:！？!?、\\d]{0,8}?)\\s*((?:${NUMBER.source}\\s*[、和及与]\\s*)+${NUMBER.source})`,
  "gu",
);

/**
 * 分别 pairs names and numbers in order (“办结率、满意度分别达到100%、98.5%”: 满意度 is 98.5%, not the
 * 100% printed right after the names): the name of the number at `at` — words before the first name
 * shared by all (“受理群众来电和来信分别为120件和45件”: 受理群众来信 45) — and the clause stated before the
 * names (their subject: “办理市长热线、网络理政1.64万余件”, its number left out). Null when the number
 * stands in no such list or the names and numbers differ in count.
 */
function respectively(s: string, at: number): { name: string; before: string } | null {
  for (const m of s.matchAll(RESPECTIVELY)) {
    const [, names = "", verb = "", values = ""] = m;
    const valuesAt = m.index + m[0].length - values.length;
    if (at < valuesAt || at >= valuesAt + values.length) continue;
    // a heading glued before the names (“一、总体情况全年受理…”) is no name of the list
    const listed = names
      .replace(/^\s*[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*/u, "")
      .split(/[、和及与]/u)
      .map((n) => n.trim());
    const numbers = [...values.matchAll(NUMBER)].map((n) => valuesAt + n.index);
    const i = numbers.indexOf(at);
    if (i < 0 || listed.length !== numbers.length || !listed.every(Boolean)) return null;
    const longest = Math.max(...listed.slice(1).map((n) => n.length));
    const first = listed[0] ?? "";
    const shared = first.length > longest ? first.slice(0, first.length - longest) : "";
    // the verb said once after 分别 is every name's (“政务微博、微信公众号分别发布信息300条、420条”)
    const said = /^(?:为|是|达到|达|占|有)?$/u.test(verb) ? "" : verb;
    const name = (i === 0 ? first : shared + (listed[i] ?? "")) + said;
    const head = s.slice(0, m.index).split(/[；;。]/u).at(-1) ?? "";
    const before = (head.split(/[，,：:]/u).filter((c) => c.trim()).at(-1) ?? "").replace(/\d[\d.,，]*\D{0,3}$/u, "").replace(/^(?:(?:19|20)\d{2}\s*年度?)/u, "").trim();
    return { name, before };
  }
  return null;
}

/**
 * The clauses before the one at `at`, back to the last clause holding a number (pattern 4 without a number). A clause
 * ending in a number that lost its measure word holds one (“县政府微信公众号发布信息41,微博发布信息46条”: 微信公众号 is
 * the 41's, never the 46's channel).
 */
function contextOf(s: string, at: number): string {
  const clauses = s.slice(0, at).split(CLAUSE_END);
  clauses.pop(); // the number's own clause
  const out: string[] = [];
  for (const c of clauses.reverse()) {
    if (c.match(NUMBER) || /\p{Script=Han}\s*\d[\d.]*\s*$/u.test(c)) break;
    out.unshift(c.trim());
  }
  return out.join(" ").toLowerCase();
}

/**
 * “市长（县长）信箱”: a bracketed word standing for the word before it, of its length. The words
 * read both ways (市长信箱, 县长信箱) and with the bracket dropped; empty when there is none.
 */
function alternatives(own: string): string {
  const out: string[] = [];
  // “主动更新、公开各类信息”: an adverb before listed verbs is each one's (主动公开各类信息)
  for (const m of own.matchAll(SHARED_ADVERB)) out.push(own.slice(0, m.index) + (m[1] ?? "") + own.slice(m.index + m[0].length));
  for (const m of own.matchAll(/[（(]([^（）()]{1,6})[）)]/gu)) {
    const [whole, inner = ""] = m;
    const before = own.slice(0, m.index);
    const after = own.slice(m.index + whole.length);
    out.push(before + after, before.slice(0, before.length - inner.length) + inner + after);
  }
  return out.join(" ");
}

const SHARED_ADVERB = /(主动|及时|依法|全面|集中|统一|累计)\p{Script=Han}{2}、/gu;

/** The word is the slot's own, as printed, read through a bracketed alternative or said the short way (holds). */
const owns = (slot: Slot, w: string) => holds(slot.own, w) || slot.alt.includes(w);

/**
 * Verbs the reports and their readers use for the same act: 承办 / 办理 / 办复 人大代表建议; 培训 seen from
 * those trained (“参训人员290人次”, “受训干部…”: 培训了多少人次); 发布 / 公布 信息 (“向社会公布各类政府信息115条”: 网站发布信息).
 */
const SAME_VERBS: readonly (readonly string[])[] = [["办理", "承办", "办复"], ["培训", "参训", "受训"], ["发布", "公布"]];
/**
 * Channels the reports and their readers name in other words: the body's website (政府网站 asked, “人民政府网公开政府信息
 * 7055条” printed; 门户网站, 政府信息公开网站; 官方网站 asked, “门户网站…发布信息563条” printed; a department's own site said
 * by its body word: 门户网站 asked, “局网站发布信息511条” printed), and applying online (网上申请 asked, “网络申请69件” printed).
 */
const SAME_CHANNELS: readonly (readonly string[])[] = [["政府网站", "政府网", "门户网站", "门户网", "政府门户网站", "政府信息公开网站", "政府信息公开网", "信息公开网站", "官方网站", "官网", "局网站", "局门户网站", "局官网", "委网站", "办网站", "本机关网站", "机关网站", "部门网站", "单位网站"], ["网上", "网络", "线上", "在线"]];

/**
 * The text holds the word as written, as a verb of the same act (办理 for 承办) or another name of the same
 * channel (政府网站 for 人民政府网), or said the short way with a middle word dropped (政协提案 for 政协委员提案,
 * 人大建议 for 人大代表建议: two characters or more on each side, one or two dropped between, never a negation),
 * or a list's items said as one word (电视广播 for “电视、广播”).
 */
export function holds(text: string, w: string): boolean {
  if (text.includes(w)) return true;
  if ([...SAME_VERBS, ...SAME_CHANNELS].some((g) => g.includes(w) && g.some((v) => text.includes(v)))) return true;
  if (w.length < 4 || !/^\p{Script=Han}+$/u.test(w)) return false;
  for (let k = 2; k <= w.length - 2; k++) {
    const [a, b] = [w.slice(0, k), w.slice(k)];
    for (let at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) {
      const gap = text.indexOf(b, at + a.length) - (at + a.length);
      const dropped = text.slice(at + a.length, at + a.length + gap);
      // never a negation dropped: 信息公开 is not 信息不公开
      if (gap >= 1 && gap <= 2 && /^\p{Script=Han}+$/u.test(dropped) && !/[不未无非没否]/u.test(dropped)) return true;
      if (gap === 1 && dropped === "、") return true;
    }
  }
  return false;
}

/**
 * A channel's count published by another verb than the one asked (“抖音平台公开信息109条” asked 抖音发布多少条): to
 * publish on a 政务新媒体 channel is one act whichever verb says it — only when the channel asked (`asked`: the
 * question's words) is the one the count's words name before the verb. Another number's words never take it (rule 5
 * reads words as printed).
 */
export function channelAct(text: string, w: string, asked: string): boolean {
  if (!CHANNEL_ACTS.includes(w)) return false;
  for (const m of text.matchAll(CHANNEL_ACT)) if (asked.includes(m[1] ?? "")) return true;
  return false;
}
const CHANNEL_ACTS = ["发布", "公布", "公开", "推送"];
const CHANNEL_ACT = new RegExp(`(${CHANNEL_WORD.source})[^，。；、,;\\d]{0,4}(?:${CHANNEL_ACTS.join("|")})`, "gu");

/** The word is the verb said before a list's first item (承办|人大代表建议), not that item's own noun (建议). */
function headVerb(o: Slot, v: string): boolean {
  const at = o.own.indexOf(v);
  return at >= 0 ? at + v.length < o.own.length : SAME_VERBS.some((g) => g.includes(v) && g.some((x) => o.own.includes(x)));
}

/** An earlier item of the same list (“承办人大代表建议12件、政协委员提案9件”): its verb is said once for both. */
const listHead = (o: Slot, slot: Slot) => o.clause === slot.clause && o.at < slot.at && slot.figure.sentence.slice(o.at, slot.at).includes("、");

// ---------------------------------------------------------------------------------------------
// The question's side

export interface Focus {
  /** The word right before the quantity word: 注销了几个 → 注销, 市长信箱收到多少 → 收到. */
  verb: string | null;
  /** The word right after it: 多少人参加培训 → 参加, 多少场政务公开云直播 → 政务公开云直播. */
  noun: string | null;
  /** The measure word asked: 几个 → 个. */
  unit: string | null;
  /** 前/原有 → from; 后/还有/剩/现有 → to. */
  role: Role | null;
  /** The word before a verb that names no kind of thing (政务动态类信息 → 动态): asked like the verb. */
  qualifier: string | null;
}

const QUANTITY = /(?:多少|几)\s*(场次|人次|户次|批次|家次|场|期|条|件|宗|个工作日|工作日|天|个|次|项|家|人|篇|份|批|封|名|户|部|元|万元|起|本(?![年级部机单届次月期市县区镇乡省])|册)?/u;
/** Every quantity word with its measure word (几场, 多少户次): words of asking, never content. */
export const QUANTITY_WORDS = new RegExp(QUANTITY.source, "gu");
/** Nouns that name no kind of thing: 信息 and a category's 类 (“政务动态类信息”). */
const GENERIC_NOUN = /^(?:信息|类|类信息|政府信息|政务信息)$/u;
/** The measure words pieces of information are counted in. */
const INFORMATION_UNITS: ReadonlySet<string> = new Set(["条", "篇", "万条"]);
/** 政府 / 政务 said before 信息: whose information every count of these reports is. */
const OF_INFORMATION = /^(?:政府|政务)$/u;
/**
 * A measure word said as a noun after a content word (培训人次, 培训次数, 发布条数): the quantity asked is
 * counted in it (人次 is not 次: 参训人员290人次 is no count of 培训2次). The last one before 多少 when
 * 多少 names none (培训人次是多少), else the first in the question.
 */
const MEASURE_NOUN = /(?<=\p{Script=Han})(?<![这那哪一几每两多])(?:(人次|场次|户次|批次|家次)(?:数量?)?|(次|期|场|个|件|条|篇|项|家|份|批|名)数量?)(?![据字额值])/u;
const YEAR_SAID = /(?:19|20)\d{2}\s*年度?/gu;
const FILLER_BEFORE = /(?:了|的|有|共|一共|总共|累计|共计|还|分别|各|总|达到|达|为|是|\s)+$/u;
const TO_MARK = /(?:后|剩|现有|保留|还有|目前|现在|至今)/u;
const FROM_MARK = /(?:前|原有|原来|原先|之前|起初)/u;

/**
 * Words that ask a ranking, a comparison or a trend of the figure named before them (哪个镇主动公开信息最多,
 * 主动公开对比, 发布数量趋势, 甲局和乙局网站公开信息哪个多): where such a question asks its quantity, as 多少 does in a question about one body.
 */
const SERIES_ASKED = /(?:的)?(?:最[多少高低大小]|(?:哪(?:一个|个|家|一家)|谁)(?:更|最|比较)?[多少高低大小]|排名|排行|排序|对比|比较|相比|趋势|走势|变化|数量|总量)/u;

/**
 * Where a question with no quantity word (多少, 几) asks its quantity: at the first series word after the figure's
 * words (哪个镇主动公开信息最多 → 最多), or at its end when such words only open it (对比甲局和乙局网站发布信息);
 * null when it has none. A ranking, comparison or trend question thus binds each body's number as the question
 * “…多少” about that body does.
 */
function seriesAsked(question: string): RegExpExecArray | null {
  const lead = new RegExp(`^(?:${SERIES_ASKED.source}|历年|各年)+`, "u").exec(question)?.[0].length ?? 0;
  const rest = question.slice(lead);
  const m = SERIES_ASKED.exec(rest);
  if (m) return Object.assign([m[0]], { index: lead + m.index, input: question }) as unknown as RegExpExecArray;
  return lead ? (Object.assign([""], { index: question.length, input: question }) as unknown as RegExpExecArray) : null;
}

/** What a question asks of a narrative number. `ignore`: words that are not content (names, years). */
export function focusOf(question: string, ignore: readonly string[] = []): Focus {
  const quantity = QUANTITY.exec(question);
  const series = quantity || MEASURE_NOUN.test(question) ? null : seriesAsked(question);
  const m = quantity ?? series;
  // 培训人次, 培训次数(哪个最多), 培训人次是多少: the measure word said as a noun is the one asked, the word before it the verb
  const said = m?.[1] ? null : MEASURE_NOUN.exec(m ? question.slice(0, m.index).replace(FILLER_BEFORE, "") : question);
  if (!m && !said) return { verb: null, noun: null, unit: null, role: null, qualifier: null };
  const cut = said ? said.index : (m as RegExpExecArray).index;
  const beforeText = question.slice(0, cut).replace(FILLER_BEFORE, "");
  const afterText = said ? question.slice(said.index + said[0].length) : question.slice((m as RegExpExecArray).index + (m as RegExpExecArray)[0].length);
  const content = (w: string) => !ignore.some((x) => x.includes(w)) && !/^[\d\s年]+$/u.test(w);
  // 2023年发了几个: the names and the year cut apart from the words after them (jieba glues 年发)
  const apart = (t: string) => [...ignore].sort((a, b) => b.length - a.length).reduce((x, i) => (i ? x.split(i).join("|") : x), t.replace(YEAR_SAID, "|"));
  const before = words(apart(beforeText)).filter(content);
  const after = words(apart(afterText)).filter(content);
  // 政务动态类信息多少条: 信息 is every count's noun in these sentences (“政务动态类2055条”); the word before it tells them apart
  let q = before.length - 1;
  // 公开政府信息: 政府信息 (政务信息) is 信息 as much, cut by jieba or not — the word before it tells them apart
  while (q > 0 && (GENERIC_NOUN.test(before[q] ?? "") || (OF_INFORMATION.test(before[q] ?? "") && GENERIC_NOUN.test(before[q + 1] ?? "")))) q--;
  const qualifier = q < before.length - 1 && !GENERIC_NOUN.test(before[q] ?? "") ? (before[q] ?? null) : null;
  // 清理后还有几个: the verb is the word before 后/前
  const last = before.at(-1) ?? null;
  const verb = last && /^(?:后|前|之后|之前)$/u.test(last) ? (before.at(-2) ?? null) : last;
  const near = beforeText.slice(-6);
  const role: Role | null = TO_MARK.test(near) || /^(?:后|剩)/u.test(afterText) ? "to" : FROM_MARK.test(near) ? "from" : null;
  // what follows a series word names the field (最多的镇), not the thing counted
  return { verb, noun: (said && m) || series ? null : (after[0] ?? null), unit: said ? (said[1] ?? said[2] ?? null) : (m?.[1] ?? null), role, qualifier };
}

// 次 (sessions) and 人次 (attendances) are different quantities: 培训6次 is not 6 人次.
// 户 (households) and 户次 (visits) likewise; 批 and 批次 are both batches.
// 件, 起 and 宗 all count cases (“收到信息公开申请22起”, “行政复议案件7宗”); 次, 期, 场 all count sessions held
// (培训几次 is “举办培训班3期” as much as “培训3次”), never 人次.
const UNIT_FAMILIES = [["件", "起", "宗"], ["个", "家"], ["次", "期", "场", "场次"], ["人", "人次", "名"], ["批", "批次"], ["元", "万元"], ["本", "册", "份"]];

/** 6. The measure word asked fits the number's (a number read without one, always unsure, fits any). */
export function unitFits(asked: string | null, unit: string): boolean {
  if (!asked || asked === unit || !unit) return true;
  return UNIT_FAMILIES.some((family) => family.includes(asked) && family.includes(unit));
}

// ---------------------------------------------------------------------------------------------
// Binding

export type Binding =
  /** `note`: what the number is, when it answers the question as one part of what was asked (a 政务新媒体 channel's). */
  | { figure: NarrativeFigure; note?: string }
  | { ask: [NarrativeFigure, NarrativeFigure]; verb: string }
  /** Two or more numbers the question fits equally (“公众号…收到留言2521条…微博号…收到留言1044条”): asked back. */
  | { choose: NarrativeFigure[] }
  | null;

/**
 * The narrative figure a question asks for: its measure word fits, and what is asked (the verb
 * before the quantity word, the noun after it, the content words) is its own. Null when no number
 * has any of them as its own — then no number is given. A from/to pair asked by its verb alone is
 * returned as `ask`. Between numbers that fit alike, the one whose own words hold the question's
 * words as written, in one piece (平度政务网发布信息 → “平度政务网发布信息107条”, not “通过平度政务网、
 * 平度公安微信等网络渠道主动发布信息700余条”), then the one whose part of the sentence (between
 * semicolons) names more of them; still alike and different, they are returned to choose from.
 */
export function bindNarrative(figures: readonly NarrativeFigure[], question: string, keywords: readonly string[], ignore: readonly string[] = [], heading: (f: NarrativeFigure) => string = () => ""): Binding {
  const asked = focusOf(question, ignore);
  // 主动公开信息最多 (no measure word said): information is counted in 条 (篇), never in 件 or 次
  const fits = (unit: string) => (asked.unit ? unitFits(asked.unit, unit) : !asked.verb || !GENERIC_NOUN.test(asked.verb) || !unit || INFORMATION_UNITS.has(unit));
  const slots = figures.map(slotOf).filter((s): s is Slot => s !== null && fits(s.figure.unit));
  // “由原来的26个扩大至33个” asked “扩大到多少个”: the pair's own verb with 到/至/为 asks the count after it
  const focus = asked.role ? asked : { ...asked, role: slots.some((s) => s.role !== "plain" && s.verb && ["到", "至", "为", "了到"].some((x) => question.includes(s.verb + x))) ? ("to" as const) : null };
  const bySentence = new Map<string, Slot[]>();
  for (const s of slots) bySentence.set(s.figure.sentence, [...(bySentence.get(s.figure.sentence) ?? []), s]);

  const scored: { slot: Slot; score: number }[] = [];
  // 公开政府信息 asked, 申请 never said: the information made public (主动公开), not the applications answered
  const askedChannels = channelsOf([...ignore].sort((a, b) => b.length - a.length).reduce((t, x) => (x ? t.split(x).join("|") : t), question));
  const kind = disclosureKind(question) ?? (focus.verb && GENERIC_NOUN.test(focus.verb) && !/申请/u.test(question) ? "active" : null);
  for (const slot of slots) {
    // 主动公开 and 依申请公开 are the template's two kinds of 公开: a number of one never answers the other
    const own = disclosureKind(slot.own);
    if (kind && own && kind !== own) continue;
    // “2020年,镇政府主动公开信息数为42条。…历年累计主动公开信息为97条”: a count over all years is not the year's
    if (overYears(slot) && !OVER_YEARS_ASKED.test(question)) continue;
    // “全省各级生态环境部门共办理行政处罚案件524件”: the system's count, not the body's own — unless the question names a field
    if (WIDER_FIELD.test(slot.own) && !FIELD_ASKED.test(question)) continue;
    // and so is a part listed under a department's whole-system count (“全系统共录用新闻报道1071篇,其中国家级媒体95篇”);
    // a government's “全区各部门…13648条,其中政务新媒体公开3086条” lists its own channels
    if (/全系统/u.test(wholeOf(slot, slots)?.own ?? "") && !FIELD_ASKED.test(question)) continue;
    // 微博 asked: a number its own words give to another channel (“局官方网站公开1193条”, ““云县人民政府网”微信平台发布信息56条”) is not it
    const channels = channelsOf(slot.own);
    if (askedChannels.size && channels.size && ![...channels].some((c) => askedChannels.has(c))) continue;
    const siblings = (bySentence.get(slot.figure.sentence) ?? []).filter((o) => o !== slot);
    const sentence = slot.figure.sentence.toLowerCase();
    let score = 0;
    let bound = false;
    let foreign = false;
    for (const w of [focus.verb, focus.noun, focus.qualifier]) {
      if (!w) continue;
      const v = w.toLowerCase();
      if (owns(slot, v) || (slot.role !== "plain" && slot.verb.includes(v)) || headed(slot, v, heading) || channelAct(slot.own, v, question)) {
        score += 4;
        bound = true;
        // a one-character verb (办了多少) lies in other numbers' words (办复率) without being theirs: it never rules one out,
        // nor does 信息 when the word before it is asked (政务动态类信息: “信息公开目录1881条” does not rule out 动态类)
      } else if (slot.shared && holds(slot.shared, v)) score += 2;
      else if (v.length > 1 && !(focus.qualifier && GENERIC_NOUN.test(v)) && siblings.some((o) => o.clause >= slot.clause && !listHead(o, slot) && owns(o, v))) foreign = true; // 5.
      // 办理人大代表建议51件、政协提案56件: the list's verb is each item's as much as the first's (政协提案办理了多少 → 56)
      else if (siblings.some((o) => listHead(o, slot) && headVerb(o, v))) score += 4;
      else if (siblings.some((o) => listHead(o, slot) && owns(o, v))) score += 2; // 4.
      else if (siblings.some((o) => o.clause < slot.clause && owns(o, v)) || slot.context.includes(v)) score += 2; // 4.
      else if (sentence.includes(v)) score += 1;
    }
    if (foreign || partOfListed(slot, question, ignore)) continue;
    for (const k of keywords) {
      const w = k.toLowerCase();
      if (w === focus.verb?.toLowerCase() || w === focus.noun?.toLowerCase() || w === focus.qualifier?.toLowerCase()) continue;
      if (owns(slot, w) || headed(slot, w, heading)) {
        score += 2;
        bound = true;
      } else if (slot.context.includes(w)) score += listedItem(slot.context, w) ? 1 : 2;
      else if (sentence.includes(w)) score += 1;
    }
    if (!bound) continue;
    if (focus.role && slot.role !== "plain") score += focus.role === slot.role ? 3 : -10;
    // 多少家 over 多少个 when both are printed (“4个领域250余家公共企事业单位”): the measure word asked as written first
    if (focus.unit && focus.unit === slot.figure.unit && slots.some((o) => o.figure.sentence === slot.figure.sentence && o.figure.unit !== slot.figure.unit && o.figure.unit)) score += 3;
    scored.push({ slot, score });
  }
  // 网站 asked: a number whose own words name that channel, over a whole stated under a list of channels (“以门户网站、
  // 政务微博、微信公众号为主要平台,共主动公开政府信息2604条,其中局门户网站公开1377条”)
  const ownChannel = (s: Slot) => [...channelsOf(s.own)].some((c) => askedChannels.has(c));
  const listedUnder = (s: Slot) => CHANNEL_KINDS.some(([k, re]) => askedChannels.has(k) && re.test(s.context) && listedItem(s.context, re.exec(s.context)?.[0] ?? ""));
  if (askedChannels.size && scored.some((c) => ownChannel(c.slot))) for (const c of [...scored]) if (!channelsOf(c.slot.own).size && listedUnder(c.slot)) scored.splice(scored.indexOf(c), 1);
  dropParts(scored, slots, [focus.verb, focus.noun, focus.qualifier, ...keywords], question, ignore);
  listedTopicsOnly(scored, [focus.noun, focus.qualifier, ...keywords]);
  coveringOnly(scored, figures, [focus.verb, focus.noun, focus.qualifier, ...keywords]);
  const top = Math.max(...scored.map((c) => c.score));
  const tied = scored.filter((c) => c.score === top).map((c) => ({ ...c, ...closeness(c.slot, question, keywords, ignore) }));
  const best = tied.reduce<(typeof tied)[number] | null>((b, c) => (!b || rank(c) > rank(b) ? c : b), null);
  if (!best) return null;
  const { slot } = best;
  if (slot.role !== "plain" && !focus.role) {
    const pair = (bySentence.get(slot.figure.sentence) ?? []).find((o) => o !== slot && o.role !== "plain" && o.role !== slot.role && o.verb === slot.verb);
    if (pair) {
      const [a, b] = slot.role === "from" ? [slot, pair] : [pair, slot];
      return { ask: [a.figure, b.figure], verb: slot.verb };
    }
  }
  const alike = tied.filter((c) => rank(c) === rank(best) && c.slot.role === "plain");
  if (slot.role === "plain" && new Set(alike.map((c) => c.slot.figure.value)).size > 1) return { choose: alike.map((c) => c.slot.figure) };
  return { figure: slot.figure };
}

/**
 * “公开40件人大代表建议、政协提案办理情况” asked of 政协提案 alone: the number counts every noun listed after it together,
 * never one of them — it answers only a question naming them all (nounList). True when some item is named and another not.
 */
function partOfListed(slot: Slot, question: string, ignore: readonly string[]): boolean {
  const after = slot.figure.sentence.slice(slot.figure.sentence.indexOf(slot.figure.says) + slot.figure.says.length);
  const list = after.slice(0, nounList(after, after.search(LIST_END)));
  if (!list.includes("、")) return false;
  const items = list.split("、").map((x) => x.replace(/^[“”"《》\s]+/u, "").trim()).filter(Boolean);
  // an item is named by its head (人大代表建议 by 人大, 政协提案办理情况 by 政协)
  let asked = question;
  for (const x of ignore) if (x) asked = asked.split(x).join("|");
  const named = items.filter((x) => asked.includes(x.slice(0, 2)));
  return named.length > 0 && named.length < items.length;
}

/** Which of the two kinds of 公开 words say: 主动 (主动公开, 主动发布) or 依申请; null for neither or both. */
function disclosureKind(text: string): "active" | "request" | null {
  const [active, request] = [/主动/u.test(text), /依申请|申请公开/u.test(text)];
  return active === request ? null : active ? "active" : "request";
}

/**
 * A word asked that the sub-heading the number stands under holds (“(一)主动公开政府信息方面”, sub-heading.ts), the
 * number's own words holding its verb (主动公开 → “全年通过政府门户网站累计公开信息6327条”): the heading says what
 * its sub-section's counts are of (its verb 公开, or 发布 / 公布: the same act). A 累计 count is the year's only when
 * its clause, or the clauses opening its sentence, say so (全年, 本年, 2023年 …; never 截至 a date): else it may run
 * over years, and is bound only by its own words.
 */
/** What may follow the verb in a count the heading names: the heading's own thing (信息), not a kind of it (公开政协委员提案14件 is a part). */
const HEADED_OBJECT = /^(?:了)?(?:各类|各项|相关)?(?:政府|政务)?(?:信息)?(?:共|共计|总计|合计|累计)?\s*$/u;
function headed(slot: Slot, w: string, heading: (f: NarrativeFigure) => string): boolean {
  // “(二)政府信息主动公开情况 … 主动发布各类信息811条”: to publish (发布, 公布) is to make public, the heading's 公开
  const verbs = w.slice(-2) === "公开" ? PUBLISHING : [w.slice(-2)];
  const at = Math.max(...verbs.map((v) => slot.own.lastIndexOf(v)));
  if (w.length < 4 || slot.role !== "plain" || at < 0 || !HEADED_OBJECT.test(slot.own.slice(at + 2)) || slot.own.includes("依申请")) return false;
  const h = heading(slot.figure);
  if (!h || !holds(h, w)) return false;
  if (!slot.own.includes("累计")) return true;
  // the year said in its clause, or in the clauses opening its sentence (“2022年,累计公开政府信息580条”) — not 截至 a date
  const clause = slot.figure.sentence.slice(0, slot.at).split(/[，,。；;]/u).at(-1) ?? "";
  return /全年|本年|今年|当年|年度|(?:19|20)\d{2}\s*年/u.test(`${clause} ${/截至|截止|以来|至今/u.test(slot.context) ? "" : slot.context}`);
}

/**
 * A count its words say runs over the years, not the report's year: 历年累计, 累计…至今, 截至…累计, 自…开通以来累计
 * (its own words or its clause before it). Asked only when the question asks so (历年, 累计, 至今, 以来, 截至).
 */
const OVER_YEARS = /历年|历来|(?:至今|迄今|截至|截止|开通以来|上线以来|建站以来|成立以来|运行以来).*累计|累计.*(?:至今|迄今)/u;
const OVER_YEARS_ASKED = /历年|累计|至今|迄今|以来|截至|截止/u;
function overYears(slot: Slot): boolean {
  const clause = slot.figure.sentence.slice(0, slot.at).split(/[，,。；;]/u).at(-1) ?? "";
  return OVER_YEARS.test(`${clause}${slot.own}`);
}

/**
 * The kinds of channel words name (the body's website, 微信, 微博 …), an account's name in quotes left out: ““云县人民政府网”
 * 微信平台” is a 微信 channel, not the website.
 */
const CHANNEL_KINDS: readonly [string, RegExp][] = [["site", /网站|门户|政府网|网页/u], ["wechat", /微信|公众号|服务号|订阅号|视频号/u], ["weibo", /微博/u], ["video", /抖音|快手|短视频/u], ["toutiao", /头条/u], ["app", /客户端|app/iu]];
function channelsOf(text: string): Set<string> {
  const bare = text.replace(/[“"「《‘'][^“”"「」《》‘’']{1,24}[”"」》’']/gu, "|");
  return new Set(CHANNEL_KINDS.filter(([, re]) => re.test(bare)).map(([k]) => k));
}

/** The word is one item of a list (“以部门网站、官方微博、微信公众号为主阵地”): the clause speaks of all the items, not of it. */
function listedItem(text: string, w: string): boolean {
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    const item = /[^、和及与，,\s]*$/u.exec(text.slice(0, i))?.[0].length ?? 0;
    const before = text.slice(0, i - item).slice(-1);
    const after = text.slice(i + w.length).replace(/^[^、和及与，,\s]*/u, "").slice(0, 1);
    if (/[、和及与]/u.test(before) || /[、和及与]/u.test(after)) return true;
  }
  return false;
}

/** Verbs of making information public, the heading's 公开 said as the count's act. */
const PUBLISHING = ["公开", "发布", "公布"];

/**
 * How closely a number's words match the question: `run`, the longest piece of the question's
 * words (names and years taken out) standing in its own words unbroken; `part`, how many of the
 * content words its part of the sentence (between semicolons) holds. Between the two, `main`: a
 * number outside brackets, not an aside on the one before (“答复3050件（…另有103件顺延到下年度答复）”),
 * and `total`: a
 * number stated as a total (“公开信息共1265条” beside “在媒体报刊公开信息134条”), or as the whole its parts
 * are listed under (“全年主动公开政府信息2430条，其中…其他方式主动公开政府信息137条”), answers a question
 * that names no part.
 */
const TOTAL = /共|总计|合计|累计|总数/u;
/** Its parts listed right after it: “2430条，其中…”, “2430条（其中…）”. */
const PARTS_AFTER = /^\s*[，,：:（(]?\s*其中/u;
/**
 * The order of the tie-breaks: run, then said (its own words hold nothing the question does not say: “发布信息15266条，通过
 * 微信公众号发布信息251条” asked 发布信息多少条 is 15266 — 251 is a channel's, not asked), then main, then total, then part
 * (each below 100).
 */
const rank = (c: { run: number; said: number; main: number; total: number; part: number }) => (((c.run * 10 + c.said) * 100 + c.main) * 100 + c.total) * 100 + c.part;
function closeness(slot: Slot, question: string, keywords: readonly string[], ignore: readonly string[]): { run: number; said: number; main: number; total: number; part: number } {
  let asked = question.replace(QUANTITY_WORDS, "|").replace(/(?:19|20)\d{2}\s*年度?/gu, "|");
  for (const x of [...ignore].sort((a, b) => b.length - a.length)) if (x) asked = asked.split(x).join("|");
  const s = slot.figure.sentence;
  const cut = /[；;。]/u;
  let from = slot.at;
  while (from > 0 && !cut.test(s[from - 1] ?? "")) from--;
  let to = slot.at;
  while (to < s.length && !cut.test(s[to] ?? "")) to++;
  const part = s.slice(from, to).toLowerCase();
  const open = [...s.slice(0, slot.at)].reduce((n, ch) => n + (ch === "（" || ch === "(" ? 1 : ch === "）" || ch === ")" ? -1 : 0), 0);
  return { run: Math.max(longestCommon(asked.toLowerCase(), slot.own), longestCommon(asked.toLowerCase(), slot.alt)), said: slot.own && !unasked(slot.own, question, ignore) ? 1 : 0, main: open > 0 ? 0 : 1, total: TOTAL.test(slot.own) || (!/[%％]/u.test(slot.figure.unit) && PARTS_AFTER.test(s.slice(s.indexOf(slot.figure.says) + slot.figure.says.length))) ? 1 : 0, part: keywords.filter((k) => part.includes(k.toLowerCase())).length };
}

function longestCommon(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k] && a[i + k] !== "|") k++;
      if (k > best) best = k;
    }
  return best;
}

/**
 * “更新政府信息23条,具体包括领导信息14条,内设科室信息9条” asked 领导信息更新多少条: the whole owns the verb, the item
 * the word that sets it apart — the item answers to both (its head clause's verb is its context), the whole not to
 * 领导. When some numbers answer to every word asked (answersTo, what coverage.ts checks the answer against, without the
 * earlier items of a list) and
 * others do not, only those are kept: a number that leaves a word asked unaccounted for is never preferred to one
 * that accounts for them all.
 */
function coveringOnly(scored: { slot: Slot }[], figures: readonly NarrativeFigure[], asked: readonly (string | null)[]): void {
  const words = [...new Set(asked.filter((w): w is string => !!w && w.length > 1 && !GENERIC_NOUN.test(w)).map((w) => w.toLowerCase()))];
  if (scored.length < 2 || !words.length) return;
  // the earlier items of its list are not the number's words here: 政协建议 is neither “人大代表建议12件” nor “政协委员提案9件”
  const all = scored.filter((c) => {
    const heard = answersTo(figures, c.slot.figure, { list: false });
    return words.every((w) => holds(heard, w));
  });
  if (!all.length || all.length === scored.length) return;
  for (const c of [...scored]) if (!all.includes(c)) scored.splice(scored.indexOf(c), 1);
}

/**
 * “围绕要闻动态、政策法规、会议决策等方面，通过门户网站发布政务信息2709条。其中，要闻动态方面1695条…”: a number whose
 * words name a word asked only as one of the topics listed before it counts them all, never that one — when another
 * number owns that word (its own count), the list's number is taken out of `scored`.
 */
function listedTopicsOnly(scored: { slot: Slot }[], asked: readonly (string | null)[]): void {
  const words = [...new Set(asked.filter((w): w is string => !!w && w.length > 1 && !GENERIC_NOUN.test(w)).map((w) => w.toLowerCase()))];
  const listedOnly = (s: Slot, w: string) => !owns(s, w) && enumerated(s.context, w);
  for (const c of [...scored]) {
    const listed = words.filter((w) => listedOnly(c.slot, w));
    if (listed.length && scored.some((o) => o !== c && listed.every((w) => owns(o.slot, w)))) scored.splice(scored.indexOf(c), 1);
  }
}

/**
 * The word at the end or the start of an item of an enumeration (“围绕要闻动态、政策法规…”: 要闻 and 动态 before the 、),
 * not inside a long clause that a 、 happens to follow (“及时公开全市商务领域重要信息围绕…重大政策、”: not 公开).
 */
function enumerated(text: string, w: string): boolean {
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    const before = /[^、，,；;：:。\s]*$/u.exec(text.slice(0, i))?.[0].length ?? 0;
    const after = /^[^、，,；;：:。等\s]*/u.exec(text.slice(i + w.length))?.[0].length ?? 0;
    if ((text[i + w.length + after] === "、" && after <= 4) || (text[i - before - 1] === "、" && before <= 4)) return true;
  }
  return false;
}

/**
 * “公开政府信息98条，…其中，…在门户网站公开信息32条”: a part listed under its whole answers only a question naming what
 * sets it apart (门户网站); asked by words the whole answers to as well (公开信息), the whole is meant — the part is
 * taken out of `scored` when its whole is in it.
 */
function dropParts(scored: { slot: Slot }[], slots: readonly Slot[], asked: readonly (string | null)[], question: string, ignore: readonly string[]): void {
  const asks = asked.filter((w): w is string => !!w).map((w) => w.toLowerCase());
  for (const c of [...scored]) {
    const whole = wholeOf(c.slot, slots);
    if (!whole || !scored.some((o) => o.slot === whole) || asks.some((w) => owns(c.slot, w) && !claims(whole, w))) continue;
    if (unasked(c.slot.own, question, ignore).length >= 2) scored.splice(scored.indexOf(c), 1);
  }
}

/**
 * The whole a number is listed under: the last number of its part of the sentence (between semicolons)
 * before a 其中 that stands before it, counted in the same measure word (“公开政府信息98条，…其中，微信等新媒体
 * 发布66条，在门户网站公开信息32条”: 98 is the whole of 66 and 32). A share is no whole (“占比0%,其中开设政务微信0个”).
 */
function wholeOf(slot: Slot, slots: readonly Slot[]): Slot | null {
  const s = slot.figure.sentence;
  const partStart = Math.max(...["；", ";", "。"].map((c) => s.lastIndexOf(c, slot.at - 1))) + 1;
  const among = s.lastIndexOf("其中", slot.at - 1);
  if (among < partStart) return null;
  const before = slots.filter((o) => o.figure.sentence === s && o.at >= partStart && o.at < among && o.role === "plain");
  // “累计主动公开信息119条。其中,通过…公开101条、…18条。”: a sentence opened by 其中 lists the parts of the number
  // that ends the sentence right before it
  const whole = before.length ? before.sort((a, b) => b.at - a.at)[0] : partStart === 0 && among === s.search(/\S/u) ? endOfSentenceBefore(slot, slots) : undefined;
  return whole && whole.figure.unit && !/[%％]/u.test(whole.figure.unit) && unitFits(whole.figure.unit, slot.figure.unit) ? whole : null;
}

/** The last number of the sentence right before the slot's, when nothing but that sentence's end follows it. */
function endOfSentenceBefore(slot: Slot, slots: readonly Slot[]): Slot | undefined {
  const prev = slots.filter((o) => o.role === "plain" && o.figure.sentence !== slot.figure.sentence && slot.figure.start - o.figure.end >= 0 && slot.figure.start - o.figure.end <= 2);
  const last = prev.sort((a, b) => b.at - a.at)[0];
  if (!last) return undefined;
  const s = last.figure.sentence;
  const after = s.slice(s.indexOf(last.figure.says) + last.figure.says.length);
  return /^[\s。；;，,]*$/u.test(after) ? last : undefined;
}

/**
 * The words of `own` the question does not say (pieces of two characters or more it says dropped, then
 * function words): “在门户网站公开信息” asked 公开信息 leaves 门户网站.
 */
function unasked(own: string, question: string, ignore: readonly string[]): string {
  let asked = question.toLowerCase();
  for (const x of ignore) if (x) asked = asked.split(x.toLowerCase()).join("|");
  let out = "";
  for (let i = 0; i < own.length; ) {
    let k = 0;
    while (i + k < own.length && asked.includes(own.slice(i, i + k + 1))) k++;
    if (k >= 2) i += k;
    else out += own[i++];
  }
  return out.replace(/在|通过|依托|利用|等|的|其中|以及|[和及与、，,：:（）()“”"\s\d]/gu, "").replace(/[^\p{Script=Han}]/gu, "");
}

/**
 * The whole's words say the word as its own — not as one item of a list of its parts (“通过政府信息公开网站、公开栏、
 * “龙游通”等平台主动发布各类信息811条,其中…公开栏发布720条”: 公开栏 names the part 720, not the whole).
 */
function claims(whole: Slot, w: string): boolean {
  if (!owns(whole, w) && !whole.context.includes(w)) return false;
  for (const text of [whole.own, whole.context]) {
    const i = text.indexOf(w);
    if (i < 0) continue;
    const before = text.slice(0, i).replace(/[“”"‘’'《》\s]+$/u, "").slice(-1);
    const after = text.slice(i + w.length).replace(/^[“”"‘’'《》\s]+/u, "").slice(0, 1);
    if (/[、和及与]/u.test(before) || after === "、") return false;
  }
  return true;
}

/**
 * What a narrative number counts, in the sentence's own words: its own words (“开展政务公开云直播”),
 * “…清理前 / …清理后” for a from/to pair, and the sentence's subject before a verb alone
 * (“我市政府系统政务新媒体 · 注销”). Never a phrase holding another number.
 */
export function narrativeLabel(f: NarrativeFigure): string {
  const slot = slotOf(f);
  if (!slot) return f.says.replace(AT_END, "").trim() || f.says;
  const subject = subjectOf(f.sentence, slot.at);
  if (slot.role !== "plain") return `${pairSubject(f.sentence, slot.at) || subject}${slot.verb}${slot.role === "from" ? "前" : "后"}`;
  const own = ownText(f).replace(/^[\s、，,]+|[\s、，,]+$/gu, "");
  const paired = respectively(f.sentence, slot.at);
  if (paired) return paired.before && !own.includes(paired.before) ? `${paired.before} · ${own}` : own;
  const near = own.length <= 3 ? (nearSubject(f.sentence, slot.at) ?? subject) : subject;
  return own.length <= 3 && near && !own.includes(near) ? `${near} · ${own}` : own || near;
}

/** A from/to pair's own subject: its clause's words before 由/从 (“领域范围由原来的26个扩大至33个” → 领域范围); "" when none. */
function pairSubject(sentence: string, at: number): string {
  const start = Math.max(maxOf([...sentence.slice(0, at).matchAll(LIST_END_ALL)].map((m) => m.index + 1)), 0);
  const m = /^(.*?)(?:由|从)/u.exec(sentence.slice(start, at));
  return m?.[1]?.replace(/^(?:截止目前|截至目前|目前|全年|今年|本年度?)/u, "").trim() ?? "";
}

/**
 * The words of the nearest clause before the number at `at`, in its part of the sentence, that state a
 * count of something named (“机构职能信息1条，占0.28%”: 占 is 机构职能信息's share; “收到市长信箱信件211条，
 * 答复211条，答复率100%”: a bare verb's clause is passed over), or null.
 */
function nearSubject(sentence: string, at: number): string | null {
  const from = Math.max(...["；", ";", "。"].map((c) => sentence.lastIndexOf(c, at - 1))) + 1;
  const clauses = sentence.slice(from, at).split(/[，,：:]/u);
  clauses.pop(); // the number's own
  for (const c of clauses.reverse()) {
    const count = c.search(new RegExp(NUMBER.source, "u"));
    if (count < 0) continue;
    const head = c.slice(0, count);
    const words = head.slice(Math.max(maxOf([...head.matchAll(LIST_END_ALL)].map((m) => m.index + 1)), 0)).replace(/^(?:其中|截止目前|截至目前|目前|全年|今年|本年度?|(?:19|20)\d{2}\s*年度?)+/u, "").replace(/(?:由|从)(?:原来的|原有的|原先的|原)?\s*$/u, "").trim();
    if (words.length > 3) return words;
  }
  return null;
}

/**
 * The subject of the number at `at`: the first clause with numbers of its part of the sentence (between
 * semicolons and full stops: “领导信箱办件71件，办结71件；12345市长热线交办件78件，办结78件” — the 78 办结
 * are the hotline's), up to its first count (由/从 and time words dropped).
 */
function subjectOf(sentence: string, at: number): string {
  const from = Math.max(...["；", ";", "。"].map((c) => sentence.lastIndexOf(c, at - 1))) + 1;
  const part = sentence.slice(from);
  const count = part.search(new RegExp(NUMBER.source, "u"));
  const first = count < 0 ? part.search(/\d/u) : count;
  if (first < 0) return "";
  const head = part.slice(0, first);
  const start = Math.max(maxOf([...head.matchAll(LIST_END_ALL)].map((m) => m.index + 1)), 0);
  return head.slice(start).replace(/(?:由|从)(?:原来的|原有的|原先的|原)?\s*$/u, "").replace(/^(?:截止目前|截至目前|目前|全年|今年|本年度?)/u, "").trim();
}

const LIST_END_ALL = /[，。；：,;！？!?、]/gu;

/** The figure's own words as printed (not lower-cased). */
function ownText(f: NarrativeFigure): string {
  const slot = slotOf(f);
  if (!slot) return "";
  const s = f.sentence;
  const from = s.toLowerCase().indexOf(slot.own.slice(0, Math.max(1, slot.own.length)));
  return from >= 0 ? s.slice(from, from + slot.own.length) : slot.own;
}

/** Words by which a clause names the channel its count went through (通过…, 网站, 公众号, 热线 …). */
const OWN_CHANNEL = /通过|网站|门户|公众号|微信|微博|抖音|头条|快手|视频号|客户端|APP|平台|热线|报刊|电视|广播/iu;

/**
 * Every word a narrative number answers to, for checking that a question is wholly about it
 * (coverage.ts, printed-rates.ts): its own words and from/to verb, its label (the sentence's
 * subject), the earlier items of its list (“公开全体会议 4 次、市政府常务会议 16 次”: 公开 is said
 * once for both), and the clause before it that it continues (pattern 4: in “全年共发布信息1234条，
 * 其中政策解读56条” 发布 is 56's context) and the sentence's head clause — going further back only over rates and bare verbs
 * (“受理群众各类诉求104.63万件，按期办结率99.46%，群众满意率达98.03%”: 满意率 is of the 诉求; in
 * “收到市长信箱信件211条，答复211条，答复率100%” of the 信件). Never a number's after it, nor an
 * earlier clause about something else (“开展政务公开云直播41场次” is not the 满意率's).
 */
export function answersTo(figures: readonly NarrativeFigure[], f: NarrativeFigure, opts: { list?: boolean } = {}): string {
  const slot = slotOf(f);
  if (!slot) return f.says;
  const siblings = figures
    .filter((o) => o !== f && o.sentence === f.sentence)
    .map(slotOf)
    .filter((o): o is Slot => o !== null && o.at < slot.at)
    .sort((a, b) => b.at - a.at);
  const list = opts.list === false ? [] : siblings.filter((o) => o.clause === slot.clause && f.sentence.slice(o.at, slot.at).includes("、")).map((o) => o.own);
  const before: string[] = [];
  // a number that lost its measure word before this one (“对外公开基本信息15修改完善12条”) lost the comma after it too: its clause is an earlier one
  for (const o of siblings.filter((x) => x.clause < slot.clause || (x.clause === slot.clause && !x.figure.unit && x.figure.read === "unsure"))) {
    before.push(o.own);
    const bare = o.own.replace(/[\s，,、。；;：:]/gu, "").length <= 3;
    if (!(o.figure.unit === "%" || o.figure.unit === "％" || bare)) break;
  }
  // the sentence's head clause scopes over the rest (“发布信息8749条，其中概况类信息957条，政务动态信息1396条”)
  // — unless both clauses name their own channel (“通过微信公众号公开信息104条;通过政府网站公布信息115条”:
  // the 115 are the website's, never the 微信公众号's)
  const head = siblings.at(-1);
  const ownChannels = head && OWN_CHANNEL.test(head.own) && OWN_CHANNEL.test(slot.own);
  if (head && head.clause < slot.clause && !ownChannels && !before.includes(head.own)) before.push(head.own);
  // “…共主动公开各类信息809条。其中,政务网98条”: a sentence opening with 其中 lists the parts of the last count before it
  const whole = /^\s*其中/u.test(f.sentence) ? wholeBefore(figures, f) : null;
  if (whole) before.push(whole.own, whole.context);
  // the clauses opening the sentence before any number say what it is about (“局微信订阅号于2016年9月开通,
  // 目前关注人数90519人,2025年推送信息458条”: the 458 are the 微信订阅号's)
  const topic = topicOf(f.sentence);
  if (topic && !slot.context.includes(topic)) before.push(topic);
  // a from/to number also answers to the words that pick it (清理前有, 清理后还有)
  const role = slot.role === "from" ? `${slot.verb}前有 原有 原来 原先 之前` : slot.role === "to" ? `${slot.verb}后还有 剩下 现有 保留 目前 现在` : "";
  // “4个领域250余家公共企事业单位”: the 4 are the fields of the 250 units, which answer to the 4's verb (披露)
  const next = figures.filter((o) => o !== f && o.sentence === f.sentence).map(slotOf).filter((o): o is Slot => o !== null && o.at > slot.at).sort((a, b) => a.at - b.at)[0];
  const counting = next?.shared && next.clause === slot.clause ? next.own : "";
  return [slot.own, slot.alt, slot.context, slot.verb, slot.shared, counting, role, narrativeLabel(f).toLowerCase(), listVerbed(slot, list), ...list, ...before].join(" ");
}

/**
 * “发布通知公告134篇、回复建议提案12篇、新闻稿件189篇”: an item opening with its noun takes the verb heading the list
 * (its first item's), said with it (发布新闻稿件), so that a question saying them together is answered; "" otherwise.
 */
function listVerbed(slot: Slot, list: readonly string[]): string {
  const first = list.at(-1);
  if (!first || !taggedWords(slot.own)[0]?.tag.startsWith("n")) return "";
  const verb = taggedWords(first)[0];
  return verb?.tag === "v" ? `${verb.word}${slot.own}` : "";
}

/** The last count of the sentence right before `f`'s (its passage ends where `f`'s starts, but for blanks), or null. */
function wholeBefore(figures: readonly NarrativeFigure[], f: NarrativeFigure): Slot | null {
  const prev = figures.filter((o) => o.sentence !== f.sentence && o.end <= f.start && f.start - o.end <= 2 && o.unit && !/[%％]/u.test(o.unit));
  const slots = prev.map(slotOf).filter((o): o is Slot => o !== null && unitFits(o.figure.unit, f.unit));
  return slots.sort((a, b) => b.at - a.at)[0] ?? null;
}

/** The sentence's opening clauses that hold no number (a date is no number), lower case; "" when its first clause holds one. */
function topicOf(sentence: string): string {
  const out: string[] = [];
  for (const c of sentence.split(CLAUSE_END)) {
    if (c.match(NUMBER)) break;
    out.push(c.trim());
  }
  return out.length < sentence.split(CLAUSE_END).length ? out.join(" ").toLowerCase() : "";
}

/** “5500余条”, “80多人”: a number the report gives as a round figure is said to be one, never stated as exact. */
export function roundNote(f: NarrativeFigure): string[] {
  const m = /(\d[\d,，.]*|[零〇一二两三四五六七八九十百千]+)\s*万?\s*(余|多)\s*(万?\s*\S{0,3})$/u.exec(f.says);
  return m ? [`报告写的是“${m[0].replace(/\s+/gu, "")}”，是约数。`] : [];
}
