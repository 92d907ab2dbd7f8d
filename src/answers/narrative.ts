/**
 * Figures only the narrative states (“全年收到市长信箱信件211条”, “开展政务公开云直播41场次”):
 * the narrative figure the question's verb and noun belong to (narrative-binding.ts), or a question
 * back when a “由46个清理至16个” pair is asked by its verb alone.
 */
import type { Answer, NarrativeFigure, Report } from "../index/schema.ts";
import { narrativeQuoteOf } from "./figures.ts";
import { answersTo, bindNarrative, narrativeLabel, slotOf, type Binding } from "./narrative-binding.ts";
import type { Question } from "./understand.ts";
import { whose } from "./who.ts";
import { amountsAsked, asksAmount } from "./amount.ts";
import { accountWords, CHANNEL_WORD } from "./accounts.ts";
import { headingWords } from "./sub-heading.ts";

/** 政务新媒体 (or 新媒体) asked: the accounts of all channels together, or one of them. */
const NEW_MEDIA = /新媒体/u;

/**
 * 政务新媒体 asked where the report states no number of its 政务新媒体 as such: a number of one of its channels
 * (“微信公众号全年发布信息62条”) is a 政务新媒体 channel's, answered labelled as that channel with a note that it
 * is one channel's, never as the total of all; numbers of several channels are asked back. A number the text
 * states of its 政务新媒体 (“7个政务新媒体账号”, “政务新媒体共发布信息…”) is bound as any other.
 */
function newMediaChannel(report: Report, text: string, words: readonly string[], ignore: readonly string[]): Binding {
  const plain = bindNarrative(report.narrative, text, words, ignore);
  const heard = (f: NarrativeFigure) => `${answersTo(report.narrative, f)} ${accountWords(report, f.sentence)}`;
  if (plain && ("ask" in plain || ("figure" in plain ? [plain.figure] : plain.choose).every((f) => heard(f).includes("新媒体")))) return plain;
  const channels = new Set(report.narrative.flatMap((f) => [...heard(f).matchAll(CHANNEL_WORD)].map((m) => m[0])));
  const found: NarrativeFigure[] = [];
  for (const c of channels) {
    const asked = text.replace(/(?:政务)?新媒体(?:平台|账号)?/gu, c);
    const bound = bindNarrative(report.narrative, asked, [...words.filter((w) => !w.includes("媒体")), c], ignore);
    const hits = bound && "figure" in bound ? [bound.figure] : bound && "choose" in bound ? bound.choose : [];
    // the channel is the number's own (or its account's), and the number is of that channel alone, not of a list with the portal (“通过门户网站、微信公众号等渠道发布…”)
    const own = (f: NarrativeFigure) => `${slotOf(f)?.own ?? ""} ${slotOf(f)?.context ?? ""} ${accountWords(report, f.sentence)}`;
    for (const f of hits) if (own(f).includes(c) && !/网站|渠道|平台等|等平台/u.test(slotOf(f)?.own ?? "") && !found.includes(f)) found.push(f);
  }
  if (!found.length) return plain;
  const values = new Set(found.map((f) => f.value));
  if (values.size > 1) return { choose: found };
  const f = found[0] as NarrativeFigure;
  return { figure: f, note: `报告没有印出政务新媒体合在一起的数字；这是其中一个渠道（${channelOf(heard(f))}）的数字，不是全部政务新媒体的合计。` };
}

const channelOf = (words: string) => [...words.matchAll(CHANNEL_WORD)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0] ?? "";

export function findNarrative(report: Report, q: Question): Binding {
  const words = q.keywords.filter((k) => k.length >= 2);
  if (!words.length && !/多少|几/.test(q.text)) return null;
  const ignore = [...q.agencies.map((a) => a.text), ...q.years.map(String)];
  if (NEW_MEDIA.test(q.text)) return newMediaChannel(report, q.text, words, ignore);
  if (!asksAmount(q.text)) return bindNarrative(report.narrative, q.text, words, ignore, (f) => headingWords(report, f));
  // money asked: only the text's amounts of its topic (amount.ts), never a count of the same sentence
  const { figures, topic } = amountsAsked(q.text, report.narrative);
  const bound = bindNarrative(figures, q.text, words, ignore);
  if (bound || !topic) return bound;
  // 罚款多少 where the report says 罚没金额: the topic's one amount; several different ones are asked back
  const values = [...new Set(figures.map((f) => f.value))];
  if (values.length === 1) return { figure: figures[0] as NarrativeFigure };
  return values.length > 1 ? { choose: values.map((v) => figures.find((f) => f.value === v) as NarrativeFigure) } : null;
}

/**
 * The two questions to choose from for a from/to pair: “…政务新媒体清理前有多少个”, “…清理后还有多少个”.
 * Each binds to one number of the pair.
 */
export function pairChoices(report: Report, pair: [NarrativeFigure, NarrativeFigure], verb: string): string[] {
  const [from] = pair;
  const subject = from.says.replace(/(?:由|从).*$/u, "").replace(/^(?:截止目前|目前|全年|今年|本年度?)/u, "").trim();
  const who = `${whose(report)}${report.year}年${subject}`;
  return [`${who}${verb}前有多少${from.unit}`, `${who}${verb}后还有多少${from.unit}`];
}

/**
 * Two or more numbers the question fits alike (“…公众号…收到留言2521条…微博号…收到留言1044条”):
 * asked back, each with what it counts and the words of its part of the sentence that tell them
 * apart, so that each choice binds to one.
 */
export function chooseAnswer(question: string, report: Report, q: Question, figures: readonly NarrativeFigure[]): Answer {
  const who = `${q.agencies[0]?.text ?? report.agency}${report.year}年`;
  const rows = figures.map((f) => {
    const context = partSubject(f);
    const label = narrativeLabel(f);
    return { f, what: context && !label.includes(context) ? `${context}…${label}` : label, ask: `${who}${context && !label.includes(context) ? context : ""}${label}多少${f.unit}` };
  });
  const quotes = [...new Set(figures.map((f) => f.sentence))].map((s) => narrativeQuoteOf(report, figures.find((f) => f.sentence === s) as NarrativeFigure));
  const text = `正文中有 ${figures.length} 个数字都合乎这一问：${rows.map((r) => `“${r.what}” ${r.f.value} ${r.f.unit}`).join("；")}。您问的是哪一个？`;
  return { question, status: "clarify", kind: "figure", figures: [], quotes, notes: [], choices: rows.map((r) => r.ask), text };
}

/** The head of the figure's part of its sentence (between semicolons): its first clause holding a number, up to that number, 在/通过 and time words dropped. */
function partSubject(f: NarrativeFigure): string {
  const s = f.sentence;
  const at = s.indexOf(f.says);
  const from = Math.max(s.lastIndexOf("；", at), s.lastIndexOf(";", at), 0);
  const clauses = s
    .slice(from, at + f.says.length)
    .replace(/^[；;]?\s*[(（][一二三四五六七八九十\d]+[)）][^\s，,。]{0,12}\s+/u, "")
    .split(/[，,；;：:。]/u)
    .map((c) => c.trim());
  const count = /\d(?![\d.]*\s*[年月日])/u;
  const first = clauses.find((c) => count.test(c)) ?? "";
  return first
    .slice(0, first.search(count))
    .replace(/^(?:19|20)\d{2}\s*年度?/u, "")
    .replace(/^(?:今年以来|全年|今年|本年度?|截至目前|截止目前|目前)/u, "")
    .replace(/^(?:在|通过|于)/u, "")
    .trim();
}

/**
 * The sentences of counts under a sub-heading naming a word asked, their own words holding its verb (“(一)主动公开
 * 政府信息方面 … 政府门户网站累计公开信息96327条”), that were not bound to it (a 累计 not said to be the year's):
 * quoted when no number is given, so the reader sees the count that could not be read surely as the one asked.
 */
export function headedSentences(report: Report, words: readonly string[]): string[] {
  const asked = words.filter((w) => w.length >= 4);
  const out: string[] = [];
  for (const f of report.narrative) {
    const own = slotOf(f)?.own ?? "";
    if (!out.includes(f.sentence) && asked.some((w) => own.includes(w.slice(-2)) && headingWords(report, f).includes(w))) out.push(f.sentence);
  }
  return out;
}
