/**
 * A number asked that the report does not state (浔阳区政府 … 公开了多少条招投标信息, when only the
 * 交建局's report gives one): not_found, never a figure; the report's own sentences that speak of it
 * are shown as context, so the reader sees what it does say.
 */
import type { Answer, Quote, Report } from "../index/schema.ts";
import { offer } from "./compose.ts";
import { sectionName } from "./figures.ts";
import { looksLikePageChrome } from "./page-furniture.ts";
import { quoteOf } from "./verbatim.ts";

/** Whether a question asks for a number (多少, 几, 数量 …) rather than for text. */
export const ASKS_NUMBER = /多少|几|数量|数目|总数|[件条次人个]数/u;

/**
 * The passages that speak of the words: those holding all of them, else those holding the rarest
 * one the report uses (招投标 over 公开, which every passage holds); none when the report never uses it.
 */
export function passagesAbout(report: Report, words: readonly string[]): string[] {
  const texts = report.passages.map((p) => p.text);
  // a word a third of the report uses (公开, 信息) says nothing of what was asked
  const common = (w: string) => texts.filter((t) => t.toLowerCase().includes(w)).length * 3 > texts.length;
  const ws = words.map((w) => w.toLowerCase()).filter((w) => w.length >= 2 && !common(w));
  if (!ws.length) return [];
  const all = texts.filter((t) => ws.every((w) => t.toLowerCase().includes(w)));
  if (all.length) return all.slice(0, 3);
  const counts = ws.map((w) => [w, texts.filter((t) => t.toLowerCase().includes(w)).length] as const);
  // a word the report never uses: nothing in it speaks of what was asked
  if (counts.some(([, n]) => n === 0)) return [];
  const rarest = [...counts].sort((a, b) => a[1] - b[1])[0]?.[0] as string;
  return texts.filter((t) => t.toLowerCase().includes(rarest)).slice(0, 3);
}

/** not_found for a number the report does not state, with `sentences` of it quoted as context. */
export function noFigureAnswer(question: string, report: Report, what: string, sentences: readonly string[], lead?: string): Answer {
  // a page's furniture left in the text (浏览次数：2463) is never quoted as the report's, and never under “其中没有这一数字”
  const quotes: Quote[] = sentences.filter((text) => !looksLikePageChrome(text)).map((text) => quoteOf(report, text, sectionName(report, report.passages.find((p) => p.text === text)?.section ?? 0)));
  // a sentence holding numbers («参训人员290人次») may hold it under other words: say it could not be read as the one asked, not that it is absent
  const withNumbers = quotes.some((q) => /\d/u.test(q.text));
  const head = lead ?? `《${report.title}》中${withNumbers ? "读不出能确定是" : "没有"}${what ? `“${what}”的` : "这一"}数字`;
  const lines = quotes.length
    ? [`${head}；正文中说到它的原文如下${withNumbers ? "" : "，其中没有这一数字"}：`, ...quotes.map((q) => `原文：“${q.text}”（《${q.report}》${q.section}）`)]
    : [`${head}。${offer(report)}`];
  return { question, status: "not_found", kind: "search", figures: [], quotes, notes: [], choices: [], text: lines.join("\n") };
}
