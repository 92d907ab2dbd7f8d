/**
 * Money asked (金额, 多少钱, 多少万元, 罚款, 罚没款 …) is answered with money, never with a count:
 * “行政处罚金额” names table 1's 行政处罚 row, whose only column is 本年处理决定数量 (件), so the
 * amount is what the text prints (“罚没金额36.5万元”) or nothing. A count asked (多少件) is never
 * answered with money either.
 *
 * The text's amount is the narrative number in 元 / 万元 the question binds to
 * (narrative-binding.ts, the one mechanism) among those of the question's topic (罚款 and 罚没款 are
 * the 罚没金额 stated; 收费 a fee) — when nothing binds by its words, the topic's one amount.
 *
 * @example
 * asksAmount("栖澜区住建局2024年行政处罚金额是多少") // true
 * asksAmount("行政处罚罚款决定多少件")             // false: a count is asked
 */
import type { Answer, NarrativeFigure } from "../index/schema.ts";
import type { Metric } from "./lexicon.ts";
import { answersTo } from "./narrative-binding.ts";

/** Words asking for money. 罚款 / 罚没 name the amount of fines unless a count is asked with them. */
const MONEY_ASKED = /金额|[多少几]钱|多少\s*(?:万|亿)?\s*元|几\s*(?:万|亿)\s*元|罚款|罚没|罚金|收了多少费|费用?(?:是|有|为)?多少/u;
/** A count's measure word after the quantity word (多少件, 几起): a count is asked, whatever else is said. */
const COUNT_ASKED = /(?:多少|几)\s*(?:件|宗|起|个|项|次|家|条|篇|份|场|期|批|户)|决定数|案件数|多少案/u;

const MONEY_UNITS = new Set(["元", "万元", "亿元"]);

export function isMoney(unit: string): boolean {
  return MONEY_UNITS.has(unit);
}

/** Does the question ask for an amount of money (and not a count)? */
export function asksAmount(text: string): boolean {
  return MONEY_ASKED.test(text) && !COUNT_ASKED.test(text);
}

/** Does the question ask for a count with its measure word (多少件, 几项)? */
export function asksCount(text: string): boolean {
  return COUNT_ASKED.test(text);
}

/** Does the metric read money (行政事业性收费 · 本年收费金额, 政府集中采购 · 采购总金额)? */
export function readsMoney(metric: Metric | null): boolean {
  return metric?.table === "table1" && metric.column === "amount_10k_yuan";
}

/**
 * What the amount is of, in the question's words, and how a sentence names the same: 罚款, 罚没款,
 * 处罚金额 and 罚没金额 are all the fines (罚); a fee (收费, 信息处理费) is a 费; 采购 a purchase.
 */
const TOPICS: RegExp[] = [/罚/u, /费/u, /采购/u];

/**
 * The text's amounts a money question can mean: numbers in 元 / 万元 whose words share the question's
 * topic (罚 for 罚款多少 — the 罚没金额 stated); all of them when the question names no topic (the
 * binding then needs the words). Empty for a question that does not ask money.
 */
export function amountsAsked(text: string, narrative: readonly NarrativeFigure[]): { figures: NarrativeFigure[]; topic: boolean } {
  const money = narrative.filter((n) => isMoney(n.unit));
  const topic = TOPICS.find((t) => t.test(text));
  if (!topic) return { figures: money, topic: false };
  return { figures: money.filter((n) => topic.test(answersTo(narrative, n))), topic: true };
}

/** Nouns of money after what it is of: 罚没款, 罚款, 处罚金额, 罚金, 收费金额. */
const MONEY_NOUN = /(?:款项?|金额|资金|金|钱|数额)$/u;

/**
 * A word of the question naming an amount (罚没款, 罚款, 处罚金额) is covered by a money figure whose
 * words hold what it is of (罚没, 罚, 处罚 in “作出行政处罚决定100件，罚没金额36.5万元”).
 */
export function namesAmount(word: string, unit: string, vocabulary: string): boolean {
  if (!isMoney(unit) || !MONEY_NOUN.test(word)) return false;
  const stem = word.replace(MONEY_NOUN, "");
  return stem.length > 0 && vocabulary.includes(stem);
}

/**
 * The answer states money for a count asked, or a count for money asked: that is another quantity
 * than the one asked — not stated. Rates, shares and changes (q.quantity) are the indicators'.
 */
export function wrongMeasure(text: string, a: Answer): boolean {
  if (a.status !== "answered" || !a.figures.length || a.kind === "search") return false;
  const stated = a.figures.filter((f) => f.unit !== "%" && f.unit !== "％");
  if (!stated.length) return false;
  if (asksAmount(text)) return stated.some((f) => !isMoney(f.unit));
  if (asksCount(text)) return stated.some((f) => isMoney(f.unit));
  return false;
}
