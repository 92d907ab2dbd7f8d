/**
 * Questions about the web page a report was published on, not about the report: its 浏览次数 /
 * 点击量, 发布时间, 网站标识码 / ICP备案号, and the footer's 联系电话. A saved page prints them around
 * the report, and the reader drops them (index/read/chrome.ts), so the report has no such number:
 * the answer says what they are — the site's, not the report's — instead of “no such number” over a
 * quote that shows one, or an unrelated sentence that shares a word (发布 in 发布信息7591条).
 *
 * What the report itself says stays answerable: a 平台建设 sentence “门户网站访问量达120万人次”
 * is the report's (the normal path answers it), and a contact number printed in its text (申请
 * 渠道 in 六) is quoted as it stands.
 */
import type { Answer, Quote, Report } from "../index/schema.ts";
import { offer } from "./compose.ts";
import { sectionName } from "./figures.ts";
import type { Question } from "./understand.ts";
import { quoteOf } from "./verbatim.ts";

/** A page's counters: 浏览次数, 多少人浏览, 点击量, 访问量, 访客. */
const COUNTER = /浏览(?:次数|量|人数|数)?|(?:多少|几)人(?:次)?(?:浏览|看过?|阅读|访问|点击)|阅读(?:次数|量|数)|点击(?:量|数|率|次数)?|访问(?:量|次数|人数)|访客/u;
/** The site's registrations and the page's index: 网站标识码, ICP备案号, 公网安备, 索引号. */
const SITE = /网站标识码|标识码|ICP|备案号|公网安备|网安备|索引号/iu;
/** When the page was put up: 发布时间, 哪天发布的, 什么时候公布. */
const PUBLISHED = /发布(?:时间|日期)|(?:哪天|哪一天|哪日|什么时候|什么时间|何时|几号|几月几[日号]|哪个月)(?:发布|公布|发出|上网|挂网|公开)|发布于/u;
/** A contact asked for (联系电话, 传真, 邮编, 联系地址); not a hotline's count (热线电话…多少件). */
const CONTACT = /联系电话|电话号码|联系方式|传真|邮政编码|邮编|电子邮箱|邮箱|(?:办公|通讯|联系|受理)地址/u;
const COUNTED_CALLS = /热线|接听|咨询电话|电话咨询|来电|[件次个]数|多少[件次个]/u;

/** A passage in the shape of a page's field, not a sentence: “浏览次数：2463”, “联系电话：0730-…”, the site's widgets. */
const CHROME_SHAPE = /(?:发布(?:时间|日期|机构)|来\s*源|浏览(?:次数|量)?|点击(?:数|量|率)?|访问量|字\s*号|索\s*引\s*号|网站标识码|联系电话|主办单位|成文日期)\s*[：:]|ICP\s*备|公网安备|无障碍\s*[|｜]|长者模式|打印本页|关闭窗口|您是第\s*\d+\s*位访客/iu;

/** A telephone number the text prints after 电话 (电话：0736-6086052, 联系电话 0791 8888888). */
const PHONE_PRINTED = /电话[^，。；\d]{0,6}\d{3,4}\s*[-－—]?\s*\d{5,8}/u;

/** A site's footer: its registrations and counters, printed beside its contact. */
const SITE_FOOTER = /ICP\s*备|公网安备|网站标识码|打印本页|关闭窗口|访客|无障碍/iu;

/** Whether a passage reads as a web page's furniture rather than the report's text. */
export function looksLikePageChrome(text: string): boolean {
  return CHROME_SHAPE.test(text);
}

/** What of the page the question asks about; null when it asks about the report. */
function furnitureAsked(text: string): { kind: "counter" | "site" | "published" | "contact"; word: string } | null {
  const site = SITE.exec(text);
  if (site) return { kind: "site", word: site[0] };
  const published = PUBLISHED.exec(text);
  if (published) return { kind: "published", word: published[0] };
  const counter = COUNTER.exec(text);
  if (counter) return { kind: "counter", word: counter[0] };
  const contact = CONTACT.exec(text);
  if (contact && !COUNTED_CALLS.test(text)) return { kind: "contact", word: contact[0] };
  return null;
}

/**
 * The answer to a question about the page (not_found, saying whose the thing asked is), or a
 * contact the report's own text prints (quoted); null when the question is about the report, or
 * the report's text states the counter asked (the normal path answers it).
 */
export function pageFurnitureAnswer(question: string, q: Question, report: Report, notes: string[]): Answer | null {
  const asked = furnitureAsked(q.text);
  if (!asked) return null;
  const base = { question, kind: "search" as const, figures: [], notes, choices: [] };
  const noteLines = notes.map((n) => `注：${n}`);
  if (asked.kind === "counter") {
    // 门户网站访问量达120万人次: the report's own figure about its site
    if (report.passages.some((p) => !looksLikePageChrome(p.text) && /(?:访问|浏览|点击|阅读)(?:总?量|次数|人次|人数)[^，。；]{0,12}\d/u.test(p.text))) return null;
  }
  if (asked.kind === "contact") {
    // a footer the reader left in would be the site's contact, not the report's
    // a telephone asked: one printed in any words (“如对本报告有任何疑问，请与…联系（电话：0736-…）”), not only after 联系电话
    const phone = /电话|联系方式/u.test(asked.word);
    const printed = report.passages.filter((p) => !SITE_FOOTER.test(p.text)).filter((p) => (phone && PHONE_PRINTED.test(p.text)) || (p.text.includes(asked.word.replace(/号码$/u, "")) && /\d{3,}/u.test(p.text))).slice(0, 2);
    if (printed.length) {
      const quotes: Quote[] = printed.map((p) => quoteOf(report, p.text, sectionName(report, p.section)));
      const text = [`《${report.title}》正文中写到的${asked.word}：`, ...quotes.map((x) => `原文：“${x.text}”（${x.section || "报告开头，一、总体情况之前"}）`), ...noteLines].join("\n");
      return { ...base, status: "answered", quotes, text };
    }
  }
  const whose: Record<typeof asked.kind, string> = {
    counter: "浏览次数、点击量这类计数是网站页面上的，不是年度报告的内容",
    site: "网站标识码、ICP备案号、索引号是网站页面上的登记信息，不是年度报告的内容",
    published: "报告的发布时间印在网页上（网站的发布信息），不是年度报告的内容",
    contact: `报告正文中没有写${asked.word}；网页页脚的联系电话、地址是网站的信息，不是年度报告的内容`,
  };
  const text = [`${whose[asked.kind]}。网页的页头页脚（发布时间、浏览次数、联系电话、网站标识码等）读取时不算报告的文字，这里不给出。${offer(report)}`, ...noteLines].join("\n");
  return { ...base, status: "not_found", quotes: [], text };
}
