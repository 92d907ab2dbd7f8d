/**
 * Figures stated in the narrative: “全年收到市长信箱信件211条”, “639.15万条”, “1250余条”,
 * “十一期”. Each keeps the phrase that states it and its sentence, so it can be quoted.
 */
import type { NarrativeFigure, Passage } from "../schema.ts";
import { parseChineseNumber } from "../numerals.ts";

/** The measure words a narrative count is stated in (宗: “行政复议案件7宗”), longest first (户次 before 户: “抽查检查结果1024户次”). */
/** 本 and 册 count copies printed (“《公报》4期共800本”), never 本年, 本级, 本部门 … after a number. */
export const UNITS = "万人次|万条|万件|万元|万次|场次|人次|户次|批次|家次|件|宗|条|项|次|期|个|场|家|人|篇|份|元|%|％|批|名|户|封|部|起|本(?![年级部机单届次月期市县区镇乡省])|册";
const FIGURE = new RegExp(
  `(\\d[\\d,，]*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)\\s*(余|多)?\\s*(万(?!${"元|条|件|人次|次"}))?\\s*(余|多)?\\s*(${UNITS})`,
  "g",
);
const FIGURE_IN = new RegExp(`\\d\\s*(?:余|多)?\\s*万?\\s*(?:余|多)?\\s*(?:${UNITS})`, "gu");
/**
 * A count printed after its noun 数 with no measure word, closing its clause (“按时办结数9,结转下年办理3件”,
 * “参训人数为150。”): the noun is its measure; the number is stated, not damaged (a bare number glued to
 * the words after it is, bareNumbers).
 */
const COUNT_NOUN = /(?<=\p{Script=Han})(?:数|数量|总数)(?:为|是|达|共)?\s*(\d+)(?=\s*(?:[，,。；;）)]|$))/gu;
/** An average printed in days (“平均办理时间为9天”, “平均答复用时5.5个工作日”): 平均 and a few words, then the number. */
const AVERAGE_DAYS = /(平均[^，,。；;\d]{0,10}?(?:为|是|约|达|仅)?)\s*(\d+(?:\.\d+)?)\s*(个工作日|工作日|天|日)(?![内期])/gu;
const CN_UNITS = /^(期|次|场|个|项|条|件|宗|家|场次|人次|户次|家次|批|批次|名|篇)$/;
/**
 * A number right after a word that closes its clause with no measure word (“…微信公众号发布信息41,微博发布信息46条”): its
 * measure word lost, read unsure — never a year, a service number, an ordinal or a date, nor a count after its noun 数
 * (COUNT_NOUN, stated), nor a number running on past a comma (1,234).
 */
const BARE_CLOSING = /(?<=\p{Script=Han})(?<![第年月日号])(\d[\d,，]*(?:\.\d+)?)(?=\s*[，,；;。](?!\s*\d))/gu;
const COUNT_BEFORE = /(?:数|数量|总数)(?:为|是|达|共)?\s*$/u;

export function narrativeFigures(passages: Passage[]): NarrativeFigure[] {
  const out: NarrativeFigure[] = [];
  for (const p of passages) {
    if (p.section >= 2 && p.section <= 4 && !/[，。,]/.test(p.text)) continue; // table captions (crawled pages print half-width commas)
    const found: NarrativeFigure[] = [];
    for (const m of p.text.matchAll(FIGURE)) {
      // “1.74万余条”, “140万余次”: 余 after 万 as well as before it
      const [whole, num = "", , wan, , unitRaw = ""] = m;
      const at = m.index;
      const before = p.text[at - 1] ?? "";
      const after = p.text[at + whole.length] ?? "";
      if (before === "第" || /[\d.]/.test(before) || /[年月日号性]/.test(after) || ownParts(p.text, at)) continue;
      let value: number | null;
      if (/^\d/.test(num)) value = Number(num.replace(/[,，]/g, ""));
      else {
        // “一个”, “两化” are words, not counts — but a case count closing its clause is one (“收到政府信息公开申请一件,已办理完毕”)
        if (!CN_UNITS.test(unitRaw) || ((num === "一" || num === "两") && !(/^(?:件|起|宗)$/u.test(unitRaw) && /^(?:[，。；,;]|$)/u.test(after)))) continue;
        value = parseChineseNumber(num);
      }
      if (value === null || !Number.isFinite(value)) continue;
      let unit = unitRaw === "％" ? "%" : unitRaw;
      if (wan) value = Math.round(value * 10000 * 1e6) / 1e6;
      if (unit.startsWith("万") && unit !== "万元" && unit.length > 1) {
        value = Math.round(value * 10000 * 1e6) / 1e6;
        unit = unit.slice(1);
      }
      let clauseStart = afterMarkers(p.text, statedFrom(p.text, at), at);
      const where = { sentence: p.text, section: p.section, start: p.start, end: p.end };
      // “…政务动态信息945公开机构职能信息4条”: the words before a bare number are its own, not this figure's
      for (const bare of bareNumbers(p.text, clauseStart, at)) {
        const says = p.text.slice(clauseStart, bare.end).replace(/^[\s、，,]+/u, "");
        found.push({ read: "unsure", reason: `数字“${bare.text}”后没有量词，${p.text[bare.end] === "、" ? "后面是顿号和下一项" : "与后面的文字连在一起"}（“${p.text.slice(bare.end - bare.text.length, bare.end + 2)}”），原文此处可能有脱漏`, value: bare.value, unit: "", says, ...where });
        clauseStart = bare.end;
      }
      found.push({ read: "narrative", value, unit, says: p.text.slice(clauseStart, at + whole.length).replace(/^[\s、，,]+/u, "").trim(), ...where });
    }
    // “县政府微信公众号发布信息41,微博发布信息46条”: a number closing its clause after a word lost its measure word
    for (const m of p.text.matchAll(BARE_CLOSING)) {
      const num = m[1] ?? "";
      const at = m.index;
      if (/^(?:19|20)\d{2}$/u.test(num) || SERVICE_NUMBER.test(num) || COUNT_BEFORE.test(p.text.slice(0, at)) || found.some((f) => p.text.indexOf(f.says) + f.says.length === at + num.length)) continue;
      const says = p.text.slice(afterMarkers(p.text, statedFrom(p.text, at), at), at + num.length).replace(/^[\s、，,]+/u, "").trim();
      const printed = p.text.slice(Math.max(0, at - 6), at + num.length + 1);
      const value = Number(num.replace(/[,，]/gu, ""));
      const where = { sentence: p.text, section: p.section, start: p.start, end: p.end };
      const like = sameWordsCounted(says.slice(0, says.length - num.length), found, at);
      if (like) found.push({ read: "narrative", reason: `原文数字“${num}”后没有量词（“${printed}”），按同句“${like.says}”的量词读作${like.unit}`, value, unit: like.unit, says, ...where });
      else found.push({ read: "unsure", reason: `数字“${num}”后没有量词，所在的一句到此结束（“${printed}”），原文此处可能有脱漏`, value, unit: "", says, ...where });
    }
    for (const m of p.text.matchAll(COUNT_NOUN)) {
      const at = m.index + m[0].length - (m[1] ?? "").length;
      const says = p.text.slice(statedFrom(p.text, at), at + (m[1] ?? "").length).replace(/^[\s、，,]+/u, "").trim();
      found.push({ read: "narrative", value: Number((m[1] ?? "").replace(/[,，]/gu, "")), unit: "", says, sentence: p.text, section: p.section, start: p.start, end: p.end });
    }
    // “受件平均办理时间为9天”: a printed average in days, read only where its clause says 平均 (a time limit,
    // “20个工作日内”, is no figure of the year's work)
    for (const m of p.text.matchAll(AVERAGE_DAYS)) {
      const at = m.index + m[0].length - (m[2] ?? "").length - (m[3] ?? "").length;
      const says = p.text.slice(afterMarkers(p.text, statedFrom(p.text, at), at), m.index + m[0].length).replace(/^[\s、，,]+/u, "").trim();
      if (!says.includes("平均")) continue;
      found.push({ read: "narrative", value: Number(m[2]), unit: m[3] ?? "天", says, sentence: p.text, section: p.section, start: p.start, end: p.end });
    }
    for (const f of [...found, ...combined(found)]) out.push(f); // not push(...): a passage may hold very many numbers
  }
  return out;
}

/**
 * “县政府微信公众号发布信息41,微博发布信息46条”: a number closing its clause after a count of information published
 * (发布信息, 公开信息, 推送信息) lost the measure word the same sentence prints for the same words of another channel —
 * that clause's figure (条 or 篇), or null: any other number that lost its measure word stays unsure.
 */
const INFORMATION_COUNTED = /(?:发布|公开|推送|更新|公布)(?:各类)?(?:政务|政府)?信息$/u;
function sameWordsCounted(words: string, found: readonly NarrativeFigure[], at: number): NarrativeFigure | null {
  const tail = INFORMATION_COUNTED.exec(words.trim())?.[0];
  if (!tail) return null;
  const like = found.filter((f) => f.read === "narrative" && /^(?:条|篇)$/u.test(f.unit) && f.says.replace(/\s*\d[\d,，.]*\s*(?:余|多)?\s*\S$/u, "").endsWith(tail));
  if (!like.length || like.some((f) => f.unit !== like[0]?.unit)) return null;
  // the nearest one said (微博发布信息46条 right after the number, not the portal's at the sentence's start)
  return like.reduce((a, b) => (Math.abs(b.sentence.indexOf(b.says) - at) < Math.abs(a.sentence.indexOf(a.says) - at) ? b : a));
}

/**
 * Where a figure's words stand in its sentence. A phrase that is only the number (“2件” in “已办结12件,2件结转下年办理”)
 * also ends an earlier, longer number: the first place where it is not the tail of another number is its own.
 */
export function saysAt(f: { says: string; sentence: string }): number {
  const first = f.sentence.indexOf(f.says);
  if (!/^\d/u.test(f.says)) return first;
  for (let i = first; i >= 0; i = f.sentence.indexOf(f.says, i + 1)) if (!/\d[.,，]?$/u.test(f.sentence.slice(Math.max(0, i - 2), i))) return i;
  return first;
}

/**
 * “全文由总体情况、主动公开政府信息情况……等六个部分组成”: the count of the report's own parts, after the
 * template's section names — a description of the report, never a figure of its work.
 */
const PARTS = /^[\d零〇一二两三四五六七八九十]+\s*个?部分/u;
const SECTION_NAMES = /总体情况|主动公开政府信息情况|其他需要报告的事项|存在的主要问题|政府信息公开申请情况|總體情況|主動公開政府信息情況/u;
function ownParts(text: string, at: number): boolean {
  if (!PARTS.test(text.slice(at))) return false;
  const sentence = text.slice(0, at).split(/[。；;]/u).at(-1) ?? "";
  return SECTION_NAMES.test(sentence);
}

/**
 * Bare numbers between `from` and `to`: digits standing between words with no measure word after
 * them (crawler damage: “主动发布各类政务动态信息945公开机构职能信息4条” lost “条，” after 945). Service
 * numbers (12345热线, 110), ordinals (第3), dates and counts with their measure word are not bare.
 */
// “其中文字解读427、图文解读162件”: a number before a list comma and the next item's words lost its measure word too
const BARE = /(?<=\p{Script=Han})(?<!第)(\d[\d,，]*(?:\.\d+)?)(?=\p{Script=Han}|、\s*\p{Script=Han})/gu;
const NOT_BARE_AFTER = new RegExp(`^\\s*(?:余|多)?\\s*万?\\s*(?:余|多)?\\s*(?:${UNITS})|^(?:年|月|日|号|时|分|秒|季|届|位|所|类|种|天|级|岁|周|倍|轮|套|台|支|张|本|页|册|卷|例|句|字|米|亿|千|百|万|余|多|热线|行动|工程|计划|模式|机制|平台|专线)`, "u");
export const SERVICE_NUMBER = /^(?:11[0249]|12[02]|12\d{3}|9[56]\d{3})$/u;

/**
 * “…商务动态信息279年度预算和决算信息8条”: 年 after a number that is neither a year (2023年) nor a short
 * span (3年, 近5年) is the next words' (年度预算), the number bare.
 */
const notAYear = (num: string, after: string) => /^年/u.test(after) && !/^(?:19|20)\d{2}$/u.test(num) && num.length > 2 && !NOT_BARE_AFTER.test(after.slice(1));

function bareNumbers(text: string, from: number, to: number): { text: string; value: number; end: number }[] {
  const out: { text: string; value: number; end: number }[] = [];
  for (const m of text.slice(0, to).matchAll(BARE)) {
    const end = m.index + m[0].length;
    if (m.index < from || SERVICE_NUMBER.test(m[0]) || (NOT_BARE_AFTER.test(text.slice(end)) && !notAYear(m[0], text.slice(end)))) continue;
    out.push({ text: m[0], value: Number(m[0].replace(/[,，]/gu, "")), end });
  }
  return out;
}

const CLAUSE_MARKS = ["，", "。", "；", "：", ",", ";", ":", "（", "("];
const CONTINUES = /[，,：:]$/u;

/**
 * Where the words stating the number at `at` begin: its clause, from the list comma after the
 * clause's previous figure (“公开全体会议 4 次、市政府常务会议 16 次”) or from the clause start, list
 * commas inside a run of nouns kept (“公开发布政策文件、财政、教育等重点领域信息 1323条”). A number standing
 * alone after a comma or colon (“县长信箱收到信件,183条”) is stated by the clause before it, when
 * that clause holds no figure of its own.
 */
function statedFrom(text: string, at: number): number {
  // a bracket closed before the number is part of its words (“市长（县长）信箱收到来信425件”), not a clause start
  const clauseOf = (end: number): number => Math.max(...CLAUSE_MARKS.map((c) => opening(c, end))) + 1;
  const opening = (c: string, end: number): number => {
    const i = text.lastIndexOf(c, end - 1);
    if (i < 0 || (c !== "（" && c !== "(")) return i;
    const close = text.slice(i, end).search(/[）)]/u);
    return close < 0 ? i : clauseOf(i) - 1;
  };
  const start = clauseOf(at);
  // the list comma after the clause's last figure, not one between nouns
  const last = [...text.slice(start, at).matchAll(FIGURE_IN)].at(-1);
  const list = last ? text.indexOf("、", start + last.index + last[0].length) : -1;
  if (list >= 0 && list < at) return list + 1;
  if (start > 0 && !text.slice(start, at).trim() && CONTINUES.test(text.slice(0, start))) {
    const before = clauseOf(start - 1);
    if (start - 1 > before && ![...text.slice(before, start - 1).matchAll(FIGURE_IN)].length) return before;
  }
  return start;
}

/**
 * An item marker (一是, 三是) or a heading (“(一)主动公开 ”) between a clause's start and its number opens
 * the number's words: what stands before it is the previous item's or the heading (“…行政权力69项三是抓好
 * 政策解读…”, a full stop lost), never this number's.
 */
export const ITEM_MARK = /(?<![统唯同第单之])[一二三四五六七八九十]是(?!否)|^\s*[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*[^\s，。；,;:：\d]{0,14}\s+/gu;
function afterMarkers(text: string, start: number, at: number): number {
  const last = [...text.slice(start, at).matchAll(ITEM_MARK)].at(-1);
  return last ? start + last.index + last[0].length : start;
}

/** “线上…20条，线下…4条”: the parts of one count stated side by side; their sum is the count. */
function combined(found: NarrativeFigure[]): NarrativeFigure[] {
  const out: NarrativeFigure[] = [];
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i] as NarrativeFigure;
    const b = found[i + 1] as NarrativeFigure;
    if (a.unit === b.unit && /线上|网上/.test(a.says) && /线下|现场|当面|信函/.test(b.says)) {
      const from = a.sentence.indexOf(a.says);
      const to = a.sentence.indexOf(b.says, from) + b.says.length;
      out.push({ ...a, read: "derived", value: a.value + b.value, says: a.sentence.slice(from, to), parts: [a.value, b.value] });
    }
  }
  return out;
}
