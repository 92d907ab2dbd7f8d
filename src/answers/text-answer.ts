/**
 * Questions about what a report says, not a number (存在什么问题, 怎么改进, 政府信息管理做了什么,
 * 政务新媒体情况): answered with the report's own passage on it, whole.
 *
 * - 问题 / 不足 → section 五's part before the improvements; 改进 / 措施 / 下一步 / 打算 → the part
 *   from where the improvements start (下一步…, 针对存在问题…, 改进情况, …将从以下方面…).
 * - a topic that is the title of one of the report's numbered sub-headings ((三)政府信息管理,
 *   （四）平台建设) → the whole paragraph under it, never the bare heading.
 * - else the sentences naming the topic, each with the rest of its enumeration (一是…；二是…；三是…
 *   are cut at the semicolons into passages, and half an enumeration is half the answer).
 * - a topic the report never names → not_found saying so, not unrelated passages.
 * No figure is ever given here: a number in the introduction (全文共六项内容) is not what a 问题
 * question asks.
 */
import type { Answer, Passage, Quote, Report } from "../index/schema.ts";
import { displayText } from "../index/read/passages.ts";
import { words } from "../index/tokenize.ts";
import { answerText, offer } from "./compose.ts";
import { sectionName } from "./figures.ts";
import { ASKS_NUMBER } from "./no-figure.ts";
import { quoteOf } from "./verbatim.ts";
import type { Question } from "./understand.ts";

/** Words that ask for text: what, how, which points, the situation, a yes or no. */
const ASKS_TEXT = /什么|怎么|怎样|如何|哪些|情况|措施|举措|做法|问题|不足|改进|打算|计划|下一步|了吗|是否|有没有|有无/u;
/** The same but 情况: “政策解读情况” may ask the figure the sentence states, left to the narrative binding. */
const ASKS_MORE_THAN_SITUATION = new RegExp(ASKS_TEXT.source.replace("情况|", ""), "u");

/** Section 五's problems asked for. */
const PROBLEMS_ASKED = /问题|不足|差距|短板|薄弱/u;
/** Section 五's improvements asked for (checked first: 针对问题怎么改进 asks the improvements). */
const IMPROVEMENTS_ASKED = /改进|整改|改善|下一步|打算|今后|(?:工作)?计划|措施|举措|怎么办|如何加强|怎么加强/u;

/**
 * Where section 五's improvements start: a sentence (or line) opening with one of these. The
 * problems are stated before it. Not a sentence opening with the year alone (2024年，我单位…但仍
 * 存在一些不足): the year counts only with 将 after it (2024年，市政府办公室将从以下方面…).
 */
const IMPROVEMENTS_START = /^[\s*#]*(?:[（(]?[二2三3][)）]?[、.．]?\s*)?(?:下一步|针对|对(?:以上|上述|此|这些)|为此|今后|接下来|改进(?:情况|措施|举措|方向)|整改(?:情况|措施)|(?:我们|本机关|我[局委办区市县镇乡])将|(?:20\d{2}|明)\s*年[，,]?[^。；;\n]{0,16}?将)/u;

/** A numbered sub-heading with its title: （三）政府信息管理。 / (四)平台建设： */
const SUB_HEADING = /[（(]([一二三四五六七八九十]{1,2})[)）]\s*([^\s。：:；;，,（()）]{2,14})\s*[。：:]?/gu;

/** Words too common in reports to pick a topic (公开, 信息 …): a title or passage is not chosen by them. */
const GENERIC = new Set(["公开", "信息", "政府", "政府信息", "工作", "情况", "方面", "开展", "存在", "问题"]);
/** Words of asking, not of a topic. */
const ASKING = /^(?:怎么样?|怎样|如何|什么样?|哪些|哪里|为什么|做|做了|做的|干了|搞了|有没有|是否|了吗|得|样)$/u;

/** A quote longer than this is cut at a sentence end before it, and said so. */
const MAX_QUOTE = 600;

/** Whether the question asks what a report says rather than a figure. */
export function asksText(q: Question): boolean {
  return !q.metric && !q.quantity && !ASKS_NUMBER.test(q.text) && (ASKS_TEXT.test(q.text) || sectionFiveAsked(q) !== null);
}

function sectionFiveAsked(q: Question): "problems" | "improvements" | null {
  // the words of the question, its names and years left out (柘山区问题街道 is not asked here)
  const own = q.keywords.join(" ") + q.text.replace(/\d{4}\s*年度?/gu, "");
  if (IMPROVEMENTS_ASKED.test(own)) return "improvements";
  if (PROBLEMS_ASKED.test(own)) return "problems";
  return null;
}

/** The text answer about one report, or null when the question names no topic this can find. */
export function textAnswer(question: string, q: Question, report: Report, notes: string[]): Answer | null {
  const five = sectionFiveAsked(q);
  // the words of 存在什么问题 / 下一步怎么改进 say which part, not what about (jieba may cut 下一步 as 下 / 一步)
  const cues = [...q.text.matchAll(new RegExp(`${PROBLEMS_ASKED.source}|${IMPROVEMENTS_ASKED.source}`, "gu"))].map((m) => m[0]);
  const topic = q.keywords.filter((k) => k.length >= 2 && !GENERIC.has(k) && !ASKING.test(k) && !cues.some((c) => c.includes(k) || k.includes(c)));
  if (five && !topic.length) return sectionFive(question, report, five, notes);
  const titled = subHeadingBlock(report, q, topic) ?? narrativeSection(report, q);
  if (titled) return answered(question, report, [titled], notes);
  if (!topic.length) return five ? sectionFive(question, report, five, notes) : null;
  const absent = topic.filter((k) => !named(report, k));
  if (absent.length) {
    const text = `《${report.title}》中没有说到“${absent.join("、")}”。${offer(report)}`;
    return { question, status: "not_found", kind: "search", figures: [], quotes: [], notes, choices: [], text };
  }
  // 政策解读情况: the sentence's figure answers it as well (narrative binding), unless more is asked
  if (!ASKS_MORE_THAN_SITUATION.test(q.text)) return null;
  const hits = report.passages.filter((p) => topic.every((k) => has(p.text, k)));
  const chosen = (hits.length ? hits : report.passages.filter((p) => topic.some((k) => has(p.text, k)))).slice(0, 6);
  const ranges: Range[] = [];
  for (const p of chosen) {
    const r = enumeration(report, p);
    if (!ranges.some((x) => x.start <= r.start && r.end <= x.end)) ranges.push(r);
    if (ranges.length >= 3) break;
  }
  if (!ranges.length) return null;
  return answered(question, report, ranges, notes);
}

interface Range {
  start: number;
  end: number;
  section: number;
}

/** Section 五's problems or improvements; the whole section when it does not say where they part. */
function sectionFive(question: string, report: Report, part: "problems" | "improvements", notes: string[]): Answer {
  const five = report.sections.find((s) => s.no === 5);
  if (!five) {
    const text = `《${report.title}》中没有读到“存在的主要问题及改进情况”这一部分。${offer(report)}`;
    return { question, status: "not_found", kind: "search", figures: [], quotes: [], notes, choices: [], text };
  }
  const bodyStart = five.start + headingLength(report.text.slice(five.start, five.end));
  const at = improvementsStart(report.text, bodyStart, five.end);
  const range = at === null ? { start: bodyStart, end: five.end, section: 5 } : part === "problems" ? { start: bodyStart, end: at, section: 5 } : { start: at, end: five.end, section: 5 };
  const whole = at === null ? ["这一部分没有分开写问题和改进措施，引的是整个部分。"] : [];
  return answered(question, report, [range], [...notes, ...whole]);
}

/** Length of a section's heading (五、存在的主要问题及改进情况), so quotes start after it. */
function headingLength(section: string): number {
  const line = /^[^\n]*/u.exec(section)?.[0] ?? "";
  if (line.length <= 40 && !line.includes("。")) return line.length;
  // a heading run into its text on one line (crawler text)
  return /^[^。]{0,20}?(?:问题(?:及|和)改进(?:情况|措施)|改进情况|需要报告的事项|总体情况|问题)/u.exec(line)?.[0].length ?? 0;
}

/** Where the improvements start in [from, to): the start of the first sentence or line that opens them. */
function improvementsStart(text: string, from: number, to: number): number | null {
  const re = /[^。！？!?\n]+/gu;
  const body = text.slice(from, to);
  for (const m of body.matchAll(re)) {
    if (IMPROVEMENTS_START.test(m[0]) && m.index > 0) return from + m.index + (/^\s*/u.exec(m[0])?.[0].length ?? 0);
  }
  return null;
}

/** The paragraph under a numbered sub-heading whose title is the topic asked ((三)政府信息管理 for 政府信息管理做了什么). */
function subHeadingBlock(report: Report, q: Question, topic: readonly string[]): Range | null {
  const heads = [...report.text.matchAll(SUB_HEADING)].filter((m) => !inTable(report, m.index));
  const asked = q.text.replace(/\d{4}\s*年度?/gu, "");
  for (const [i, m] of heads.entries()) {
    const title = (m[2] as string).replace(/(?:工作|情况|方面)+$/u, "");
    if (title.length < 2 || GENERIC.has(title)) continue;
    const fits = asked.includes(title) || (topic.length > 0 && topic.every((k) => title.includes(k)));
    if (!fits) continue;
    const section = report.passages.find((p) => p.start <= m.index && m.index < p.end)?.section ?? 0;
    const sectionEnd = report.sections.find((s) => s.no === section)?.end ?? report.text.length;
    const next = heads[i + 1]?.index;
    const end = Math.min(next !== undefined && next > m.index ? next : sectionEnd, sectionEnd);
    // a heading with nothing under it (a table follows) is no answer
    if (displayText(report.text.slice(m.index + m[0].length, end)).length < 8) continue;
    return { start: m.index, end, section };
  }
  return null;
}

/** Section 一 or 六 named by its heading (总体情况, 其他需要报告的事项): its text from the start. */
function narrativeSection(report: Report, q: Question): Range | null {
  const asked = q.text.replace(/\d{4}\s*年度?/gu, "");
  for (const s of report.sections.filter((x) => x.no === 1 || x.no === 6)) {
    const title = s.heading.replace(/^[^、.．]*[、.．]\s*/u, "").trim();
    if (title.length >= 4 && asked.includes(title)) return { start: s.start, end: s.end, section: s.no };
  }
  return null;
}

/** Whether an offset falls outside every passage (in a table). */
function inTable(report: Report, at: number): boolean {
  return !report.passages.some((p) => p.start <= at && at < p.end);
}

/** The passage with the rest of its enumeration: back over items ended by ；, forward while they go on. */
function enumeration(report: Report, p: Passage): Range {
  const ps = report.passages;
  let i = ps.indexOf(p);
  let j = i;
  const goesOn = (x: Passage | undefined) => x !== undefined && /[；;：:]$/u.test(x.text);
  while (i > 0 && ps[i - 1]?.section === p.section && goesOn(ps[i - 1]) && j - i < 8) i--;
  while (j + 1 < ps.length && ps[j + 1]?.section === p.section && goesOn(ps[j]) && j - i < 8) j++;
  return { start: (ps[i] as Passage).start, end: (ps[j] as Passage).end, section: p.section };
}

/** The report names the topic: the word itself, or every uncommon word of it (新媒体 for 政务新媒体). */
function named(report: Report, topic: string): boolean {
  if (has(report.text, topic)) return true;
  const pieces = words(topic).filter((w) => w.length >= 2 && !GENERIC.has(w));
  return pieces.length > 0 && pieces.length < [...topic].length && pieces.every((w) => has(report.text, w));
}

function has(text: string, word: string): boolean {
  return text.toLowerCase().includes(word.toLowerCase());
}

function answered(question: string, report: Report, ranges: Range[], notes: string[]): Answer {
  const cut: string[] = [];
  const quotes: Quote[] = ranges.map((r) => {
    // a passage run on from its section's heading (六、其他需要报告的事项本年度未收取…) is quoted without it
    const section = report.sections.find((s) => s.start === r.start);
    const start = section ? r.start + headingLength(report.text.slice(section.start, section.end)) : r.start;
    let text = displayText(report.text.slice(start, r.end));
    if ([...text].length > MAX_QUOTE) {
      const head = [...text].slice(0, MAX_QUOTE).join("");
      const end = Math.max(head.lastIndexOf("。"), head.lastIndexOf("；"));
      text = end > MAX_QUOTE / 3 ? head.slice(0, end + 1) : head;
      cut.push(`原文较长，只引了前 ${[...text].length} 字；全文见报告“${sectionName(report, r.section) || "正文"}”。`);
    }
    return quoteOf(report, text, sectionName(report, r.section));
  });
  const said = quotes.filter((x) => x.text.trim());
  if (!said.length) return { question, status: "not_found", kind: "search", figures: [], quotes: [], notes, choices: [], text: `《${report.title}》中这一部分没有文字。${offer(report)}` };
  const a: Answer = { question, status: "answered", kind: "search", figures: [], quotes: said, notes: [...notes, ...cut], choices: [], text: "" };
  a.text = answerText(a);
  return a;
}
