/**
 * Follow-up questions: “予以公开呢”, “那2024年呢”, “和赣州市比呢” mean something only after a
 * question. Given the last question as understood (a `Turn`) and how the core reads the new
 * message (`Parts`), `followUp` writes the full question the user means, or returns null when the
 * message stands on its own (a new full question replaces the context).
 *
 * The rewrite is text, so every adapter and the core see an ordinary question:
 * - a figure alone keeps the place and year:      予以公开呢   → 赣州市2023年予以公开呢
 * - a year alone keeps the place and the figure:   那2024年呢   → the last question, year replaced
 * - 去年 / 上一年 / 下一年 count from the last year: 去年呢      → year − 1 (前年 − 2, 大前年 − 3)
 * - a place alone keeps the figure and the year:   那乐清市呢   → the last question, place replaced
 *   (and the body: 那乙县呢 after 甲县教育局… → 乙县教育局, never 乙县's government)
 * - “和/跟/与 X 比” makes it a comparison:          和赣州市比呢 → 对比<last place>和赣州市…
 * - a year to compare with keeps place and figure:  和去年比呢   → <place><year>年<figure>比<year − 1>年增加多少
 *   (then 那2024年呢 moves both years: …2024年…比2023年…, never 2024 against the year kept from before)
 * - a government by its level keeps the rest:      那县政府呢   → the last question about that place's government
 * - a body with a figure or topic of its own keeps the year: 那住建局罚没金额呢 → 琨州市住建局2022年罚没金额
 *   (a bare body name that fits several places is taken in the last question's place when it fits there)
 * - a question about the text keeps the body and year: 那怎么改进 → 霁湖区2024年怎么改进
 * - a ranking keeps its field, its new figure in place of the old one: 那行政许可呢 → 2023年琨州市哪个部门行政许可最多
 *   (and 前三是哪几个 / 第二名呢 asks the top of that ranking: …行政许可最多，前三名; a ranking by a figure only
 *   the text states is context even with no place named: 2025年哪个镇微信公众号发布最多 → 甘雨镇呢)
 * - a figure alone after a single figure, one the text states too: 那微信公众号呢 → 琨州市2023年微信公众号
 * - 趋势呢 / 历年呢 after one body's figure: 琨州市历年予以公开多少件
 * - a table-3 column alone keeps the row, place and year: 结果纠正呢 → 霁湖区2023年行政复议结果纠正
 */
import { governsPlace, identify, splitUnits } from "../index/agency/identity.ts";
import { offTopic } from "../answers/off-topic.ts";
import { TABLE3_COLUMN_WORDS } from "../answers/lexicon.ts";

/** How the core reads a message: the places as typed, the years, whether a figure was named. */
export interface Parts {
  text: string;
  who: string[];
  /** The agency each name in `who` stands for, when it names one ("" when not). */
  agencies?: string[];
  years: number[];
  metric: boolean;
  kind: string;
  /** The figure's words as typed (行政处罚 in 2023年琨州市哪个部门行政处罚最多), when one was named. */
  figure?: string;
}

/** The last question as understood, and the year its answer was about when it named none. */
export interface Turn extends Parts {
  answeredYear?: number;
  /** The agency the answer was about, when the question named it ambiguously (教育厅 → 霖江省教育厅 by the year asked). */
  answeredAgency?: string;
}

const MARKER = /(?:呢|嘞|咧)[?？。!！]*$|^(?:那|那么|那个|还有|换成|改成|再看|看看)/u;
const COMPARE = /^(?:和|跟|与|同|对比|比较|相比|(?:比|较)(?!例|率|重))|(?:比|对比|比较)(?:一下|一比)?(?:呢)?[?？。]*$/u;
const PREV_YEAR = /去年|上一年|前一年|上年度?/u;
/** 前年 / 前两年 and 大前年 count back from the last question's year too (two and three years), like 去年. */
const TWO_BACK = /(?<!大)前年|前两年|上上年/u;
const THREE_BACK = /大前年/u;
const NEXT_YEAR = /次年|下一年|后一年|第二年/u;
const YEAR = /(?:19|20)\d{2}\s*年?度?/u;
/** How much of a ranking is asked, nothing else: 前三是哪几个, 前三名呢, 排前三的是谁, 前5位有哪些. */
const TOP_ASKED = /^(?:那么?)?(?:排名?|排在)?前\s*([一二三四五六七八九十两]+|\d+)\s*(?:名|位|个)?的?(?:是|有)?(?:哪几个|哪些|哪几家|谁|都是谁|分别是谁|分别是|是哪些)?(?:呢|嘞|咧)?[?？。!！]*$/u;
/** One place of a ranking, nothing else: 第二名呢, 第3名是谁, 排第二的是哪个. */
const PLACE_ASKED = /^(?:那么?)?(?:排名?|排在)?第\s*([二三四五六七八九十]|[2-9]|1\d)\s*(?:名|位|个)?的?(?:是|呢)?(?:哪个|哪一个|哪家|谁|哪里)?(?:呢|嘞|咧)?[?？。!！]*$/u;
/** The years of the last figure, nothing else: 趋势呢, 历年呢, 那变化趋势如何, 这几年的走势呢. */
const TREND_ASKED = /^(?=\S*(?:历年|逐年|每年|各年|几年|趋势|走势|变化))(?:那么?)?(?:历年|逐年|每年|各年|近几年|这几年)?的?(?:变化趋势|变化情况|趋势|走势|变化)?(?:如何|怎么样|怎样)?(?:呢|嘞|咧)?[?？。!！]*$/u;
/** Kinds that never depend on an earlier question. */
const STANDALONE = new Set(["ranking", "reports", "help"]);

/**
 * @param fits whether a name stands for exactly one loaded body (住建局 in 琨州市 when three places
 *   have one): a bare name is carried to the last question's place only when it fits there.
 */
export function followUp(prev: Turn | undefined, text: string, parts: Parts, fits?: (name: string) => boolean): string | null {
  // a ranking by a figure only the text states, with no place named (2025年哪个镇微信公众号发布最多), is context too
  if (!prev || !prev.who.length && !prev.metric && !(prev.kind === "ranking" && prev.figure)) return null;
  const t = parts.text.trim();
  // 谢谢, 今天天气怎么样: not about a report, so not about the last one either
  if (offTopic(t, parts.who.length > 0 || parts.years.length > 0 || parts.metric)) return null;
  // 前三是哪几个, 前三名呢, 排前三的是谁 after a ranking: the top of that ranking, not a new one by an unnamed figure
  // (the ranking as first asked: a top asked before is replaced, never two tops in one question)
  const ranking = prev.text.replace(/[，,]\s*(?:排名?|排在)?前\s*(?:[一二三四五六七八九十两]+|\d+)[^，,]*$/u, "").replace(/[?？。!！]+$/u, "");
  // — said as 前三名 alone: 哪几个 would ask a count in 个 of a figure the text counts in 条
  // 第二名呢, 第三是谁: the top of that ranking down to that place (the last line is the one asked)
  const top = prev.kind === "ranking" && !parts.who.length && !parts.metric && !parts.years.length ? (TOP_ASKED.exec(t) ?? PLACE_ASKED.exec(t)) : null;
  if (top) return `${ranking}，前${top[1]}名`;
  if (STANDALONE.has(parts.kind) && !MARKER.test(t)) return null;
  const lastYear = prev.years[0] ?? prev.answeredYear;
  // 趋势呢, 历年呢 after a figure: the same body and quantity over the years loaded (not after a comparison:
  // a comparison over years answers one year)
  const trendWhat = !parts.who.length && !parts.years.length && prev.kind !== "ranking" && prev.who.length === 1 && TREND_ASKED.test(t) ? (prev.figure ?? asked(prev)) : "";
  if (trendWhat) return `${prev.who.join("和")}历年${trendWhat}`;
  // 结果纠正呢 after …行政复议多少件: that column of the same row, place and year (table 3's columns say nothing alone)
  const column = !parts.who.length && !parts.metric && !parts.years.length && prev.figure && /复议|诉讼/u.test(prev.figure) ? stripped(t) : "";
  if (column && prev.who.length && TABLE3_COLUMN_WORDS.some((c) => c.say.includes(column))) return `${prev.who.join("和")}${lastYear !== undefined ? `${lastYear}年` : ""}${prev.figure}${column}`;
  const relative = THREE_BACK.test(t) ? -3 : TWO_BACK.test(t) ? -2 : PREV_YEAR.test(t) ? -1 : NEXT_YEAR.test(t) ? 1 : 0;
  const years = relative && lastYear !== undefined ? [lastYear + relative] : parts.years;
  // 甘雨镇呢 after 2024年合江县哪个镇主动公开信息最多: that body's figure for the ranking's quantity and year —
  // not a ranking with the body put in the place's stead, and not the field's word (哪个镇) carried along
  const ranked = prev.kind === "ranking" && parts.who.length === 1 && !parts.metric && !COMPARE.test(t) && stripped(t).replace(YEAR, "").replace(/的$/u, "") === parts.who[0] ? prev.figure ?? rankedWhat(prev) : "";
  if (ranked) {
    const year = years[0] ?? lastYear;
    const when = year !== undefined ? `${year}年` : "";
    const said = parts.who[0] as string;
    // 泷阳县呢 after 哪个镇 / 哪个财政局: a place above the field's bodies — the field there (泷阳县财政局,
    // 2024年泷阳县哪个镇…), never the place's own figure given for its towns or its bureau
    const field = FIELD_WORD.exec(prev.text);
    if (field && identify(parts.agencies?.[0] || "").kind === "government" && !/(?:区县|县区|县市|区|县|市|省)$/u.test(field[2] as string)) {
      const word = field[2] as string;
      if (word.length >= 3 && /[局委办]$/u.test(word)) return `${said}${word}${when}${ranked}多少`;
      const q2 = prev.who[0] && !prev.who[0].includes(word) ? prev.text.replace(prev.who[0], said) : prev.text.replace(field[1] as string, `${said}${field[1]}`);
      return years[0] !== undefined ? withYear(q2, years[0]) : q2;
    }
    // 那财政局呢 after 沅桥县2024年各部门…: the bare name in the ranking's place
    return `${inPlace(prev, said, parts.agencies?.[0], fits)}${when}${ranked}多少`;
  }
  // 那住建局罚没金额呢: another body with its own figure or topic — the last year kept, the words as said
  const own = parts.who.length && MARKER.test(t) && !COMPARE.test(t) && (!parts.years.length || relative) ? ownWords(t, parts.who) : "";
  if (own) {
    const year = years[0] ?? lastYear;
    const q = `${parts.who.map((w, i) => inPlace(prev, w, parts.agencies?.[i], fits)).join("和")}${year !== undefined ? `${year}年` : ""}${own}`;
    return q === t ? null : q;
  }
  // 和去年比呢, 跟2022年比: the same figure this year against that one, with the change — not that year's alone
  const against = parts.who.length || !COMPARE.test(t) ? undefined : years[0];
  // (after a comparison of a table figure, each body's change: 对比甲和乙2024年…比2023年增加多少 — not the bodies
  // compared in the other year; the changes of a figure only the text states are compared body by body, not here)
  const changeOf = prev.who.length === 1 ? prev.who[0] : prev.kind === "comparison" && prev.who.length > 1 && prev.metric ? `对比${prev.who.join("和")}` : "";
  if (against !== undefined && lastYear !== undefined && against !== lastYear && changeOf && prev.kind !== "ranking") {
    const [late, early] = against > lastYear ? [against, lastYear] : [lastYear, against];
    const what = prev.figure ?? asked(prev);
    if (what) return `${changeOf}${late}年${what}比${early}年增加多少`;
  }
  // A question naming place and figure stands on its own.
  if (parts.who.length && parts.metric) return null;
  // Without “呢/那…” only a short message naming no place continues (“2024年”, “予以公开”): a place
  // and a year alone (“浔阳区2023年”) ask for that report's main figures.
  const short = [...t].length <= 10 && !parts.who.length;
  if (!MARKER.test(t) && !short) return null;

  let q = prev.text;

  // 和县政府比呢 after a department: that department against its own place's government (or office)
  const governmentCompared = parts.who.length ? null : GOVERNMENT_COMPARED.exec(t);
  const comparedPlace = governmentCompared && prev.who[0] ? placeOf(prev, governmentCompared[1]) : null;
  if (governmentCompared && comparedPlace && prev.who[0] && prev.kind !== "ranking") {
    const other = `${comparedPlace}人民政府${governmentCompared[2] ? "办公室" : ""}`;
    if (identify(prev.agencies?.[0] || prev.answeredAgency || "").name === other) return null;
    q = q.replace(prev.who[0], `${prev.who[0]}和${other}`);
    if (!/^(?:对比|比较)/u.test(q)) q = `对比${q}`;
    if (years[0] !== undefined) q = withYear(q, years[0]);
    return q === t ? null : q;
  }

  // 和市里比呢, 市里的呢, 那市级的呢: the body last asked about (or the name asked back) at the level said —
  // 市人社局, read as that level's (level-said.ts); not a government (那县政府呢 below)
  const levelAlone = parts.who.length ? null : LEVEL_ALONE.exec(t);
  const lastAgency = prev.agencies?.[0] || prev.answeredAgency || "";
  const body = levelAlone && prev.who[0] && prev.kind !== "ranking" ? (lastAgency ? identify(lastAgency) : identify(prev.who[0])) : null;
  if (levelAlone && body && prev.who[0] && !governsPlace(body.kind) && body.kind !== "office" && (lastAgency || !body.region)) {
    const other = `${levelAlone[1]}${body.body}`;
    if (COMPARE.test(t)) {
      q = q.replace(prev.who[0], `${prev.who[0]}和${other}`);
      if (!/^(?:对比|比较)/u.test(q)) q = `对比${q}`;
    } else q = q.replace(prev.who[0], other);
    if (years[0] !== undefined) q = withYear(q, years[0]);
    return q === t ? null : q;
  }

  // 那县政府呢: the government (or office) of the place last asked about, at the level said
  const government = parts.who.length ? null : GOVERNMENT_SAID.exec(t);
  const place = government && prev.who[0] ? placeOf(prev, government[1]) : null;
  if (government && place && prev.who[0]) {
    q = q.replace(prev.who[0], `${place}人民政府${government[3] ? "办公室" : ""}`);
    if (years[0] !== undefined) q = withYear(q, years[0], place);
    return q === t ? null : q;
  }

  // 那乡镇呢, 那街道呢, 那部门呢: a kind of body, no name — those of the last place, listed as 各乡镇 lists them
  const kind = parts.who.length ? null : KIND_SAID.exec(t);
  const fieldPlace = kind && prev.who[0] ? placeOfField(prev) : null;
  if (kind && fieldPlace) {
    const year = years[0] ?? lastYear;
    // (a figure only the text states asked with 多少: its words alone, 沅桥县2024年各乡镇微信公众号发布, are read
    // as the place's own figure; a table figure's name alone is a ranking)
    const what = prev.figure ?? asked(prev);
    const q2 = `${fieldPlace}${year !== undefined ? `${year}年` : ""}各${kind[1]}${what}${prev.metric || /多少|几/u.test(what) ? "" : "多少"}`;
    return q2 === t ? null : q2;
  }

  if (parts.who.length && COMPARE.test(t) && prev.who[0]) {
    const first = prev.who[0];
    q = q.replace(first, `${first}和${parts.who.map((w, i) => keepBody(prev, w, parts.agencies?.[i])).join("和")}`);
    if (!/^(?:对比|比较)/u.test(q)) q = `对比${q}`;
  } else if (parts.who.length && prev.who[0]) {
    q = q.replace(prev.who[0], inPlace(prev, keepBody(prev, parts.who[0] ?? prev.who[0], parts.agencies?.[0]), parts.agencies?.[0], fits));
  } else if ((parts.metric || textFigureSaid(t, parts)) && prev.kind === "ranking" && prev.figure && prev.text.includes(prev.figure)) {
    // 那行政许可呢 after 哪个部门行政处罚最多: the same field ranked by the new figure (a figure the text
    // states too: 那依申请呢 after 哪个财政局主动公开信息最多, 那微信公众号呢)
    q = prev.text.replace(prev.figure, stripped(t));
    if (years[0] !== undefined) q = withYear(q, years[0]);
    return q === t ? null : q;
  } else if ((parts.metric || textFigureSaid(t, parts)) && prev.who.length) {
    // A new figure for the same place(s) and year(s) (one the text states too: 那微信公众号呢, 换成微博呢).
    const who = prev.who.join("和");
    const when = prev.kind === "trend" && prev.years.length > 1 ? `${prev.years[0]}年到${prev.years.at(-1)}年` : lastYear !== undefined ? `${lastYear}年` : "";
    const what = stripped(t);
    q = `${prev.kind === "comparison" && prev.who.length > 1 ? "对比" : ""}${who}${years[0] !== undefined ? `${years[0]}年` : when}${what}`;
    return q === t ? null : q;
  } else if (!years.length) {
    // 那怎么改进, 那改进措施呢: a question about the text of the same report
    if (parts.kind === "search" && prev.who.length && TEXT_ASKED.test(t)) {
      const when = lastYear !== undefined ? `${lastYear}年` : "";
      const q2 = `${prev.who.join("和")}${when}${stripped(t)}`;
      return q2 === t ? null : q2;
    }
    return null;
  }
  if (years[0] !== undefined) q = CHANGE_AGAINST.test(q) ? movedChange(q, years[0]) : withYear(q, years[0], prev.who[0]);
  return q === t ? null : q;
}

/** A change between two years as the rewrite of 和去年比呢 writes it: …2023年…比2022年增加多少. */
const CHANGE_AGAINST = /比\s*(?:19|20)\d{2}\s*年/u;

/**
 * 那2024年呢 after …2023年…比2022年增加多少: the same change moved to the year said (…2024年…比2023年…),
 * never 2024 against the 2022 kept from before, which a reply would give as the change from the year before.
 */
function movedChange(question: string, year: number): string {
  const first = /(?:19|20)\d{2}(?=\s*年)/u.exec(question);
  if (!first) return withYear(question, year);
  const delta = year - Number(first[0]);
  return question.replace(/(?:19|20)\d{2}(?=\s*年)/gu, (y) => String(Number(y) + delta));
}

/** A ranking's field as said: 哪个镇, 各乡镇, 哪个财政局 (its word second). */
const FIELD_WORD = /((?:哪一个|哪个|哪些|哪家|哪几个|各个|各|所有的?))(\p{Script=Han}{0,4}?(?:乡镇|镇街|街道|镇|乡|部门|单位|机关|局|委|区县|县区|县市|区|县|市|省))/u;

/** What a ranking ranked by, without its place, year, field and ranking words (2024年合江县哪个镇主动公开信息最多 → 主动公开信息). */
function rankedWhat(prev: Turn): string {
  let rest = prev.text;
  for (const w of prev.who) rest = rest.replace(w, "");
  rest = rest
    .replace(new RegExp(YEAR.source, "gu"), "")
    .replace(/(?:哪一个|哪个|哪些|哪家|哪几个|各个|各|所有的?)\p{Script=Han}{0,4}?(?:乡镇|镇街|街道|镇|乡|部门|单位|机关|局|委|区县|县区|县市|区|县|市|省)(?:的)?/gu, "")
    .replace(/(?:是)?(?:最多|最少|最高|最低|排名|排行|排序)(?:的是)?(?:哪个|谁)?|(?:有|是|共|一共|总共)?(?:多少|几)[件条个次项场人份]?|(?:呢|吗)?[?？。!！]*$/gu, "")
    .trim();
  return (rest.match(/\p{Script=Han}/gu) ?? []).length >= 2 ? rest : "";
}

/** What the last question asked, without its place, year and question words (召开新闻发布会几场 → 召开新闻发布会). */
function asked(prev: Turn): string {
  let rest = prev.text;
  for (const w of prev.who) rest = rest.replace(w, "");
  rest = rest.replace(new RegExp(YEAR.source, "gu"), "").replace(/(?:有|是|共|一共|总共)?(?:多少|几)[件条个次项场人份]?|(?:呢|吗)?[?？。!！]*$/gu, "").trim();
  // 对比甲和乙…: the comparison's words go with the names (对比和微信公众号发布 → 微信公众号发布)
  if (prev.who.length > 1) rest = rest.replace(/^(?:对比|比较)?(?:[和与跟及、]|以及)*/u, "");
  return (rest.match(/\p{Script=Han}/gu) ?? []).length >= 2 ? rest : "";
}

/** 那微信公众号呢: a figure's words alone, no name, year, ranking word or question about the text. */
function textFigureSaid(t: string, parts: Parts): boolean {
  const words = stripped(t);
  // (前两年呢, 上一年呢: a year counted back, not a figure)
  const yearSaid = [THREE_BACK, TWO_BACK, PREV_YEAR, NEXT_YEAR].some((r) => r.test(words));
  return MARKER.test(t) && !parts.who.length && !parts.years.length && !yearSaid && (words.match(/\p{Script=Han}/gu) ?? []).length >= 2 && !/最|排名|排行|哪|多少|几/u.test(words) && !TEXT_ASKED.test(words);
}

/** What a question about the text asks (问题, 怎么改进, 措施 …), as a follow-up of a question about a report. */
const TEXT_ASKED = /问题|不足|改进|整改|措施|举措|打算|计划|下一步|怎么|如何|什么|哪些|情况|做法/u;

/** The message without its follow-up marks: 那改进措施呢 → 改进措施. */
function stripped(t: string): string {
  return t.replace(/^(?:那么|那个|那|还有|换成|改成|再看|看看)/u, "").replace(/(?:呢|嘞|咧)?[?？。!！]*$/u, "");
}

/** The words of a follow-up besides the names it gives (那住建局罚没金额呢 → 罚没金额), when they say something. */
function ownWords(t: string, who: readonly string[]): string {
  let rest = stripped(t);
  for (const w of who) rest = rest.replace(w, "");
  rest = rest.replace(THREE_BACK, "").replace(TWO_BACK, "").replace(PREV_YEAR, "").replace(NEXT_YEAR, "");
  rest = rest.replace(/^[的和跟与]|的$/u, "").trim();
  return (rest.match(/\p{Script=Han}/gu) ?? []).length >= 2 ? rest : "";
}

/**
 * A bare body name (住建局) that fits several places, in the last question's place (琨州市住建局 after
 * 琨州市人社局), the nearest place first; as typed when it fits none of them or already names one body.
 */
function inPlace(prev: Turn, name: string, agency: string | undefined, fits?: (name: string) => boolean): string {
  if (!fits || agency) return name;
  const last = prev.agencies?.[0] || "";
  const chain = last ? (identify(last).chain.length ? identify(last).chain : splitUnits(last).units) : [];
  for (const place of [...chain].reverse()) {
    if (name.startsWith(place)) return name;
    if (fits(`${place}${name}`)) return `${place}${name}`;
  }
  return name;
}

/**
 * A place said alone (乙县, 乙) after a question about a body of another place (甲县教育局): that
 * body of the new place (乙县教育局), which may have no report — the answer then says so, never
 * giving the place's government instead. A government asked about, or a body named, stays as said.
 */
function keepBody(prev: Turn, said: string, agency: string | undefined): string {
  const last = identify(prev.agencies?.[0] || prev.answeredAgency || "");
  // 乐清市 answered by its government's office was asked as a place: a place follows it
  const lastSaid = prev.who[0] ?? "";
  const placeAsked = last.region.startsWith(lastSaid) || splitUnits(lastSaid).rest === "";
  if (!last.region || placeAsked || governsPlace(last.kind) || /政府|府办|管委会|办事处/u.test(said)) return said;
  const { units, rest } = splitUnits(said);
  const placeAlone = agency ? governsPlace(identify(agency).kind) : units.length > 0 && rest === "";
  return placeAlone ? `${said}${last.body}` : said;
}

/** 和县政府比呢, 跟区政府办对比一下: a comparison with a government named by its level alone. */
const GOVERNMENT_COMPARED = /^(?:那么?)?(?:和|跟|与|同)(省|市|区|县|旗|镇|乡|街道)?(?:里|的)?(?:人民)?(?:政府|府)(办公室|办公厅|办)?(?:相?比|对比|比较)(?:一下|一比)?(?:呢|嘞|咧)?[?？。!！]*$/u;

/** 和市里比呢, 市里的呢, 那市级的呢: a level said alone, as a place would be. */
const LEVEL_ALONE = /^(?:那么?|那个|还有|换成|看看)?(?:和|跟|与|同)?([省市区县])(?:里面?|级|本级|一级)(?:的)?(?:相?比|对比|比较)?(?:一下)?(?:呢|嘞|咧)?[?？。!！]*$/u;

/** 那县政府呢, 那区政府办呢, 政府呢: a government named by its level alone (or not even that). */
const GOVERNMENT_SAID = /^(?:那么?|那个|还有|换成|改成|看看)?(省|市|区|县|旗|镇|乡|街道)?(?:里|的)?(?:人民)?(政府|府)(办公室|办公厅|办)?(?:的)?(?:呢|嘞|咧)?[?？。!！]*$/u;

/**
 * 那县政府呢 after a question about a place with no 县 in it (鸣泉区, a 区 of 砚州市): the level said
 * and whether the office was meant, for level-government.ts to find which government; null when
 * the message is not that, or `followUp` places it itself.
 */
export function unplacedGovernment(prev: Turn | undefined, parts: Parts): { level: string; office: boolean; compare?: boolean } | null {
  const said = prev?.who[0] && !parts.who.length ? GOVERNMENT_SAID.exec(parts.text.trim()) : null;
  // 和县政府比呢 after 澹浦区财政局: the same, compared with the last body
  const compared = prev?.who[0] && !parts.who.length && prev.kind !== "ranking" && !said ? GOVERNMENT_COMPARED.exec(parts.text.trim()) : null;
  if (compared?.[1] && prev && !placeOf(prev, compared[1])) return { level: compared[1], office: Boolean(compared[2]), compare: true };
  if (!prev || !said?.[1] || placeOf(prev, said[1])) return null;
  return { level: said[1], office: Boolean(said[3]) };
}

/** 那乡镇呢, 街道呢, 那各部门呢: a kind of body alone, no place or name (who.ts POOL_WORDS says which bodies each word means). */
const KIND_SAID = /^(?:那么?|那个|还有|换成|改成|看看)?(?:各个?|所有的?)?(乡镇街道|街道乡镇|乡镇|镇街|街道办事处|街道办|街道|[省市县区]直部门|[省市县区]直单位|部门|单位|委办局|局)(?:的)?(?:呢|嘞|咧)?[?？。!！]*$/u;

/** The place whose bodies a kind word means: the last agency's place, above a township (乌石镇 → 柘川县). */
function placeOfField(prev: Turn): string | null {
  const agency = prev.agencies?.[0] || prev.answeredAgency || prev.who[0] || "";
  const chain = identify(agency).chain.length ? identify(agency).chain : splitUnits(agency).units;
  return chain.filter((u) => !/(?:镇|乡|街道)$/u.test(u)).at(-1) ?? null;
}

/** The place of the last question's agency at the level said (县 → 柘川县 for 柘川县卫健局), or its own place. */
function placeOf(prev: Turn, level: string | undefined): string | null {
  const agency = prev.agencies?.[0] || prev.who[0] || "";
  const chain = identify(agency).chain.length ? identify(agency).chain : splitUnits(agency).units;
  const place = level ? chain.findLast((u) => u.endsWith(level)) : chain.at(-1);
  return place ?? null;
}

/** The question with its (first) year replaced; a question without one gets it after the place. */
export function withYear(question: string, year: number, who?: string): string {
  if (YEAR.test(question)) return question.replace(YEAR, `${year}年`);
  if (who && question.includes(who)) return question.replace(who, `${who}${year}年`);
  return `${year}年${question}`;
}

/**
 * The choice a reply names, when the bot asked back “回复序号或名称”: 乌石镇 picks
 * “柘川县乌石镇人民政府2024年予以公开多少件” when exactly one choice holds that name; null otherwise.
 */
export function choiceNamed(reply: string, choices: readonly string[]): string | null {
  const name = reply.trim().replace(/^(?:是|就是|要|选|问的是|我问的是)/u, "").replace(/(?:吧|呢|啊|的)?[?？。!！]*$/u, "");
  if ([...name].length < 2 || /\d/u.test(name)) return null;
  const fits = choices.filter((c) => c.includes(name));
  return fits.length === 1 ? (fits[0] as string) : null;
}
