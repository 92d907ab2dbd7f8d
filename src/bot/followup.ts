/**
 * Follow-up questions: “予以公开呢”, “那2024年呢”, “和赣州市比呢” mean something only after a
 * question. Given the last question as understood (a `Turn`) and how the core reads the new
 * message (`Parts`), `followUp` writes the full question the user means, or returns null when the
 * message stands on its own (a new full question replaces the context).
 *
 * The rewrite is text, so every adapter and the core see an ordinary question:
 * - a figure alone keeps the place and year:      予以公开呢   → 赣州市2023年予以公开呢
 * - a year alone keeps the place and the figure:   那2024年呢   → the last question, year replaced
 * - 去年 / 上一年 / 下一年 count from the last year: 去年呢      → year − 1
 * - a place alone keeps the figure and the year:   那乐清市呢   → the last question, place replaced
 * - “和/跟/与 X 比” makes it a comparison:          和赣州市比呢 → 对比<last place>和赣州市…
 */

/** How the core reads a message: the places as typed, the years, whether a figure was named. */
export interface Parts {
  text: string;
  who: string[];
  years: number[];
  metric: boolean;
  kind: string;
}

/** The last question as understood, and the year its answer was about when it named none. */
export interface Turn extends Parts {
  answeredYear?: number;
}

const MARKER = /(?:呢|嘞|咧)[?？。!！]*$|^(?:那|那么|那个|还有|换成|改成|再看|看看)/u;
const COMPARE = /^(?:和|跟|与|同|对比|比较|相比)|(?:比|对比|比较)(?:一下|一比)?(?:呢)?[?？。]*$/u;
const PREV_YEAR = /去年|上一年|前一年|上年度?/u;
const NEXT_YEAR = /次年|下一年|后一年|第二年/u;
const YEAR = /(?:19|20)\d{2}\s*年?度?/u;
/** Kinds that never depend on an earlier question. */
const STANDALONE = new Set(["ranking", "reports", "help"]);

export function followUp(prev: Turn | undefined, text: string, parts: Parts): string | null {
  if (!prev || !prev.who.length && !prev.metric) return null;
  const t = parts.text.trim();
  if (STANDALONE.has(parts.kind) && !MARKER.test(t)) return null;
  // A question naming place and figure stands on its own.
  if (parts.who.length && parts.metric) return null;
  // Without “呢/那…” only a short message naming no place continues (“2024年”, “予以公开”): a place
  // and a year alone (“浔阳区2023年”) ask for that report's main figures.
  const short = [...t].length <= 10 && !parts.who.length;
  if (!MARKER.test(t) && !short) return null;

  const lastYear = prev.years[0] ?? prev.answeredYear;
  const relative = PREV_YEAR.test(t) ? -1 : NEXT_YEAR.test(t) ? 1 : 0;
  const years = relative && lastYear !== undefined ? [lastYear + relative] : parts.years;
  let q = prev.text;

  if (parts.who.length && COMPARE.test(t) && prev.who[0]) {
    const first = prev.who[0];
    q = q.replace(first, `${first}和${parts.who.join("和")}`);
    if (!/^(?:对比|比较)/u.test(q)) q = `对比${q}`;
  } else if (parts.who.length && prev.who[0]) {
    q = q.replace(prev.who[0], parts.who[0] ?? prev.who[0]);
  } else if (parts.metric && prev.who.length) {
    // A new figure for the same place(s) and year(s).
    const who = prev.who.join("和");
    const when = prev.kind === "trend" && prev.years.length > 1 ? `${prev.years[0]}年到${prev.years.at(-1)}年` : lastYear !== undefined ? `${lastYear}年` : "";
    const what = t.replace(/^(?:那么|那个|那|还有|再看|看看)/u, "").replace(/(?:呢|嘞|咧)?[?？。!！]*$/u, "");
    q = `${prev.kind === "comparison" && prev.who.length > 1 ? "对比" : ""}${who}${years[0] !== undefined ? `${years[0]}年` : when}${what}`;
    return q === t ? null : q;
  } else if (!years.length) {
    return null;
  }
  if (years[0] !== undefined) q = withYear(q, years[0], prev.who[0]);
  return q === t ? null : q;
}

/** The question with its (first) year replaced; a question without one gets it after the place. */
export function withYear(question: string, year: number, who?: string): string {
  if (YEAR.test(question)) return question.replace(YEAR, `${year}年`);
  if (who && question.includes(who)) return question.replace(who, `${who}${year}年`);
  return `${year}年${question}`;
}
