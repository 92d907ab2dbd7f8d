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
 *   (and the body: 那乙县呢 after 甲县教育局… → 乙县教育局, never 乙县's government)
 * - “和/跟/与 X 比” makes it a comparison:          和赣州市比呢 → 对比<last place>和赣州市…
 * - a government by its level keeps the rest:      那县政府呢   → the last question about that place's government
 */
import { governsPlace, identify, splitUnits } from "../index/agency/identity.ts";

/** How the core reads a message: the places as typed, the years, whether a figure was named. */
export interface Parts {
  text: string;
  who: string[];
  /** The agency each name in `who` stands for, when it names one ("" when not). */
  agencies?: string[];
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

  // 那县政府呢: the government (or office) of the place last asked about, at the level said
  const government = parts.who.length ? null : GOVERNMENT_SAID.exec(t);
  const place = government && prev.who[0] ? placeOf(prev, government[1]) : null;
  if (government && place && prev.who[0]) {
    q = q.replace(prev.who[0], `${place}人民政府${government[3] ? "办公室" : ""}`);
    if (years[0] !== undefined) q = withYear(q, years[0], place);
    return q === t ? null : q;
  }

  if (parts.who.length && COMPARE.test(t) && prev.who[0]) {
    const first = prev.who[0];
    q = q.replace(first, `${first}和${parts.who.map((w, i) => keepBody(prev, w, parts.agencies?.[i])).join("和")}`);
    if (!/^(?:对比|比较)/u.test(q)) q = `对比${q}`;
  } else if (parts.who.length && prev.who[0]) {
    q = q.replace(prev.who[0], keepBody(prev, parts.who[0] ?? prev.who[0], parts.agencies?.[0]));
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

/**
 * A place said alone (乙县, 乙) after a question about a body of another place (甲县教育局): that
 * body of the new place (乙县教育局), which may have no report — the answer then says so, never
 * giving the place's government instead. A government asked about, or a body named, stays as said.
 */
function keepBody(prev: Turn, said: string, agency: string | undefined): string {
  const last = identify(prev.agencies?.[0] || "");
  // 乐清市 answered by its government's office was asked as a place: a place follows it
  const lastSaid = prev.who[0] ?? "";
  const placeAsked = last.region.startsWith(lastSaid) || splitUnits(lastSaid).rest === "";
  if (!last.region || placeAsked || governsPlace(last.kind) || /政府|府办|管委会|办事处/u.test(said)) return said;
  const { units, rest } = splitUnits(said);
  const placeAlone = agency ? governsPlace(identify(agency).kind) : units.length > 0 && rest === "";
  return placeAlone ? `${said}${last.body}` : said;
}

/** 那县政府呢, 那区政府办呢, 政府呢: a government named by its level alone (or not even that). */
const GOVERNMENT_SAID = /^(?:那么?|那个|还有|换成|改成|看看)?(省|市|区|县|旗|镇|乡|街道)?(?:里|的)?(?:人民)?(政府|府)(办公室|办公厅|办)?(?:的)?(?:呢|嘞|咧)?[?？。!！]*$/u;

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
