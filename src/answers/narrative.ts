/**
 * Figures only the narrative states (“全年收到市长信箱信件211条”, “开展政务公开云直播41场次”):
 * the narrative figure the question's verb and noun belong to (narrative-binding.ts), or a question
 * back when a “由46个清理至16个” pair is asked by its verb alone.
 */
import type { NarrativeFigure, Report } from "../index/schema.ts";
import { bindNarrative, type Binding } from "./narrative-binding.ts";
import type { Question } from "./understand.ts";
import { whose } from "./who.ts";

export function findNarrative(report: Report, q: Question): Binding {
  const words = q.keywords.filter((k) => k.length >= 2);
  if (!words.length && !/多少|几/.test(q.text)) return null;
  return bindNarrative(report.narrative, q.text, words, [...q.agencies.map((a) => a.text), ...q.years.map(String)]);
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
