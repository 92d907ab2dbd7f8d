/**
 * Page chrome: what a saved web page (or text pasted from one) prints around the report. Before
 * it: the site's header, navigation, breadcrumbs, side tables (热点排行 … 点击 2279) and, under the
 * title, the page's metadata (发布时间 / 来源 / 浏览次数 / 字号). After it: the attachment link, 打印本页
 * 关闭窗口, 相关阅读 and the footer (主办, 网站标识码, ICP备案号, 公网安备, 联系电话). None of it is
 * the report's: no passage, no narrative figure, no section's text, no table's.
 *
 * The report's own text is told by its shape, not by any one site's words: it starts at the first
 * sentence or section heading (after the title line, which is kept), and it ends before the first
 * line after its last section that is a page's furniture (TAIL). Lines that read as sentences are
 * never chrome.
 */
import type { Section } from "../schema.ts";
import { isNarrativeLine, type Range } from "./passages.ts";
import { splitLines, type Line } from "./text.ts";
import { titleLineStart } from "./title.ts";

export interface PageChrome {
  /** The ranges of `text` that are the page's, not the report's. */
  ranges: Range[];
  /** Where the page's tail starts (the report ends before it); text.length when there is none. */
  tail: number;
}

/** How far into the text the report's first line is looked for. */
const HEAD_CHARS = 8000;

/** The page's metadata: a field name and its colon (发布时间：, 来源：, 浏览次数：, 索 引 号:). */
const META =
  /(?:发布(?:时间|日期|机构|单位)|来\s*源|浏览(?:次数|量)?|点击(?:数|量|率)?|阅读(?:次数|量)|访问量|字\s*号|字\s*体|索\s*引\s*号|生成日期|成文日期|公开(?:方式|时限|范围)|信息(?:类别|索取号|提供日期)|主题分类|文\s*号|作\s*者|责任编辑)\s*[：:]/u;
/** Page widgets (on a short line). */
const WIDGETS = /无障碍|长者版|长辈版|适老化|登录|注册|今天是|打印|关闭|分享|扫一扫|语音|朗读/u;
/** The site's name over its pages (“X县人民政府门户网站”, “中国·X”政府网). */
const SITE_NAME = /(?:门户网站|政府网|网站)$/u;
/** The breadcrumb trail: “当前位置：首页 > 政务公开 > 年度报告”. */
const BREADCRUMB = /当前位置|所在的?位置|您的位置|[>›»].*[>›»]/u;
/** A side table's heading (热点排行, 排名 标题 点击) and its rows. */
const SIDE_TABLE = /^(?:热点|热门|排行|推荐|最新)[\u4e00-\u9fff]{0,4}$|^排名\s|^\d{1,2}\s+\S.*\s\d+$/u;

/**
 * A line of the page's head: its metadata, a breadcrumb trail, a widget line (short), a
 * navigation bar (short words between spaces: “首页 走进X县 政务公开 …”), a side table's line
 * (a tab, or its heading and ranked rows).
 */
function headChrome(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (META.test(t) || BREADCRUMB.test(t) || line.includes("\t") || SIDE_TABLE.test(t)) return true;
  if ((t.length <= 60 && WIDGETS.test(t)) || (t.length <= 30 && SITE_NAME.test(t))) return true;
  const words = t.split(/\s+/u);
  return /^[\u4e00-\u9fff\s]+$/u.test(t) && words.length >= 3 && words.every((w) => w.length <= 6);
}

/**
 * A menu printed one item a line: three or more short lines of words in a row (首页 / 走进X县 /
 * 政务公开 …). A title cut over lines (“…政府信息公开” / “工作年度报告”) is no menu: it holds the
 * report words.
 */
function menuLines(lines: Line[]): Line[] {
  const item = (l: Line) => /^[\u4e00-\u9fff]{2,8}$/u.test(l.text.trim()) && !/报告|年报/u.test(l.text);
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && item(lines[j] as Line)) j++;
    if (j - i >= 3) out.push(...lines.slice(i, j));
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * A line of a page's tail: print and close buttons, lists of other articles, the footer's
 * registrations and sponsor, an attachment link to a file. Only on lines that are no sentence.
 */
const TAIL =
  /打印本页|关闭窗口|【\s*(?:打印|关闭)\s*】|相关(?:阅读|链接|文章|稿件|推荐)|热点(?:排行|推荐|文章)|推荐阅读|上一篇|下一篇|网站标识码|ICP\s*备|公网安备|版权所有|主办单位|(?:^|\s)主办\s*[：:]|技术支持\s*[：:]|分辨率|扫一扫|分享到|附件\s*[：:].{0,80}\.(?:docx?|pdf|xlsx?|wps|ofd|zip|rar)\s*$/iu;

/** `appendix`: where tables printed after the report start; a page's tail never runs over them. */
export function pageChrome(text: string, sections: Section[], appendix: number[] = []): PageChrome {
  const ranges: Range[] = [];
  const headings = sections.map((s) => s.start);
  const title = titleLineStart(text);
  const lines = splitLines(text, 0, Math.min(text.length, HEAD_CHARS));
  const opens = (l: { text: string; start: number; end: number }) => isNarrativeLine(l.text) || headings.some((h) => h >= l.start && h <= l.end);
  // Before the report's first sentence or heading (after the title line): the page's lines only.
  const first = lines.find((l) => l.start > title && opens(l));
  if (first) {
    const head = lines.filter((l) => l.start < first.start && l.start !== title);
    // the line right above the title may be its body's name (“樟树市” / “2020 年…年度报告”): no menu item
    const above = head.filter((l) => l.start < title && l.text.trim()).at(-1);
    const menu = new Set(menuLines(head.filter((l) => l.text.trim())).filter((l) => l !== above));
    for (const l of head) if (menu.has(l) || headChrome(l.text)) ranges.push({ start: l.start, end: Math.min(text.length, l.end + 1) });
  }
  const last = Math.max(first?.start ?? 0, ...headings);
  let tail = text.length;
  for (const l of splitLines(text, last)) {
    if (l.start === last || !TAIL.test(l.text) || isNarrativeLine(l.text)) continue;
    tail = l.start;
    break;
  }
  if (tail < text.length) ranges.push({ start: tail, end: Math.min(text.length, ...appendix.filter((a) => a > tail)) });
  return { ranges, tail };
}
