/**
 * Figures only the narrative states (“全年收到市长信箱信件211条”, “开展政务公开云直播41场次”):
 * the narrative figure the question's verb and noun belong to (narrative-binding.ts), or a question
 * back when a “由46个清理至16个” pair is asked by its verb alone.
 */
import type { Answer, NarrativeFigure, Report } from "../index/schema.ts";
import { narrativeQuoteOf } from "./figures.ts";
import { bindNarrative, COUNT_NOUN, narrativeLabel, type Binding } from "./narrative-binding.ts";
import type { Question } from "./understand.ts";
import { whose } from "./who.ts";
import { amountsAsked, asksAmount } from "./amount.ts";

export function findNarrative(report: Report, q: Question): Binding {
  const words = q.keywords.filter((k) => k.length >= 2);
  // 发布信息多少条, 培训次数, 哪个部门发布信息最多: what is asked stands before the quantity word (narrative-binding.ts focusOf)
  if (!words.length && !/多少|几/.test(q.text) && !COUNT_NOUN.test(q.text) && !(q.kind === "ranking" && /最多|最少/u.test(q.text))) return null;
  const ignore = [...q.agencies.map((a) => a.text), ...q.years.map(String)];
  if (!asksAmount(q.text)) return bindNarrative(report.narrative, q.text, words, ignore);
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
