/**
 * Title, reporting agency, region and year, from the title line near the top:
 * “浔阳区人民政府2023年政府信息公开工作年度报告”, or split over two lines
 * (“乐清市人民政府办公室” / “2023 年政府信息公开工作年度报告”), or naming only the region
 * (“樟树市 2020 年政府信息公开工作年度报告” → agency 樟树市人民政府).
 */
import { parseChineseNumber } from "../numerals.ts";
import { isPageFurniture, squash } from "./text.ts";
import { identify } from "../agency/identity.ts";
import { isKnownDivision } from "../agency/gazetteer.ts";
import { bareBody, placedBody, placedInText, unplacedBody } from "./bare-body.ts";

export interface TitleInfo {
  title: string;
  agency: string;
  region: string;
  year: number;
  /** How the agency was completed, for the report's warnings (a bare name placed by the text). */
  note?: string;
}

/**
 * The words that close a report's title, in every common shape: 政府信息公开工作年度报告, 政务公开工作年度报告,
 * 信息公开年报, and as bodies also write it: “…关于2023年度政府信息公开工作情况的报告”, “…信息公开工作报告”.
 * After 人民 the 政府 is the body's (“洪山区人民政府信息公开工作年度报告”: 洪山区人民政府 + 信息公开…).
 */
// “…政务信息公开工作开展年度报告”: 开展 may follow 工作.
const REPORT_WORDS = /(?:(?<!人民)政府信息|政务|信息)公开(?:工作(?:开展)?)?(?:年度)?(?:工作)?(?:情况)?的?(?:报告|年报)/;
const YEAR_ALL = /((?:19|20)\d{2}|[二][〇零○][一二三四五六七八九〇零○]{2})\s*年度?/g;
const REPORT_WORDS_ALL = new RegExp(REPORT_WORDS.source, "g");
// 州 not before 市: 临夏州 (临夏回族自治州 as people write it), but 杭州市 is one unit.
const UNIT = /.+?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|州(?![市州])|盟|地区|新区|区|县|旗|镇|乡|街道)/g;

/** Read the title block; null when the text has no recognisable report title. */
export function readTitle(text: string): TitleInfo | null {
  return findTitle(text)?.info ?? null;
}

/** Where the line holding the title words starts in `text` (the report's first line), or -1. */
export function titleLineStart(text: string): number {
  return findTitle(text)?.start ?? -1;
}

/**
 * A page's navigation bar (“中国政府网 | 中华人民共和国生态环境部 | 湖南省政府门户网站 无障碍浏览|”): links set apart by
 * bars, no report named — never the agency above a title nor a piece of one; the page's 发布机构 names the body.
 */
export const NAVIGATION_BAR = /^(?!.*报告)(?:[^|｜\n]{2,30}[|｜]){2,}/u;

function findTitle(text: string): { info: TitleInfo; start: number } | null {
  const printed = text.slice(0, 4000).split("\n");
  const lines = printed.map(cleanTitleLine);
  for (let i = 0, start = 0; i < lines.length && i < 60; start += (printed[i]?.length ?? 0) + 1, i++) {
    const line = lines[i] ?? "";
    // Every mention of the report words: crawler text may start with a breadcrumb (“…>政府信息公开年报”).
    for (const words of line.matchAll(REPORT_WORDS_ALL)) {
      const found = titleAt(text, lines, i, words.index, words[0].length);
      if (found) return { info: found, start };
    }
  }
  return null;
}

function titleAt(text: string, lines: string[], i: number, at: number, length: number): TitleInfo | null {
  const line = lines[i] ?? "";
  // The year stands just before the words, or before the agency (“2023年度九江市市场监督管理局政府信息公开…”).
  const from = Math.max(0, at - 40);
  const years = [...line.slice(from, at).matchAll(YEAR_ALL)];
  const y = years[years.length - 1];
  // Or just after the words, in brackets: “…工作年度报告（2023年度）”, on the same line or the next.
  if (!y) return yearAfter(lines, i, at, length);
  const yStart = from + y.index;
  const yEnd = yStart + y[0].length;
  const year = readYear(y[1] ?? "");
  if (!year) return null;
  // A body named without its place (“2022年区人力社保局…报告”, “现公开区人民政府办公室2023年…”): the place
  // the text names (bare-body.ts), never the government whose site's name stands above the title.
  // Or with no place at all (“住建局 2025 年…报告”), named with its place in the text (“安阳县住建局依申请…”).
  const said = [line.slice(0, yStart), line.slice(yEnd, at)].filter((t) => !CONTACT.test(t)).map(cleanName);
  const bare = said.find((n) => bareBody(n)) ?? said.find((n) => placedInText(n, text));
  let before = bare ? (placedBody(bare, text) ?? placedInText(bare, text) ?? "") : agencyIn(line.slice(0, yStart)) || agencyIn(line.slice(yEnd, at));
  if (bare && !before) return null;
  // Agency on the line(s) above: “淮安市人民政府” / “2024 年政府信息公开工作年度报告”; or below it, as a byline.
  // Blank lines and page numbers in between do not count.
  // a title naming a body with no place (“统计局2024年…报告”): a name around it is that body's, or none
  // (never a page's navigation bar read as a place: “首页 | 走进篁州 | 政务公开”)
  const alone = said.find((n) => unplacedBody(n));
  const fits = (name: string) => !alone || name.endsWith(alone);
  for (let j = i - 1, seen = 0; !before && j >= 0 && seen < 3; j--) {
    const prev = lines[j] ?? "";
    if (!prev || isPageFurniture(prev)) continue;
    seen++;
    if (NAVIGATION_BAR.test(text.split("\n")[j] ?? "")) continue;
    if (prev.length <= 40 && fits(agencyIn(prev))) before = agencyIn(prev);
  }
  for (let j = i + 1, seen = 0; !before && j < lines.length && seen < 2; j++) {
    const next = lines[j] ?? "";
    if (!next || isPageFurniture(next)) continue;
    seen++;
    if (next.length <= 30 && !/[，。；]/.test(next) && fits(agencyIn(next))) before = agencyIn(next);
  }
  // A byline glued after the title, as crawler text has it: “…年度报告浔阳区人民政府根据《条例》…”.
  if (!before) before = agencyIn(BYLINE.exec(line.slice(at + length, at + length + 40))?.[1] ?? "");
  if (!before) return null;
  const agency = fullAgency(before);
  const region = regionOf(agency);
  if (!region) return null;
  // the title as printed, with its 关于 / 的 between the name and the year (“X关于2023年度…情况的报告”)
  const joint = [before, `${before}关于`, `${before}的`].filter((j) => yStart > 0 && line.slice(0, yStart).endsWith(j)).pop();
  const printed = (joint ? `${joint}${line.slice(yStart, at + length)}` : line.slice(yStart, at + length)).replace(bare ?? before, before);
  const title = (printed.includes(before) ? printed : `${before}${printed}`).replace(/\s+/g, "");
  if (bare) return { title, agency, region, year, note: `标题中的机关“${bare}”未写地名：按正文所写的地名读作“${agency}”` };
  return { title, agency, region, year };
}

const BYLINE = /^[（(]?(.{2,30}?(?:人民政府办公[室厅]|人民政府|办事处|委员会|办公[室厅]|局))/;

function yearAfter(lines: string[], i: number, at: number, length: number): TitleInfo | null {
  const line = lines[i] ?? "";
  const after = `${line.slice(at + length)}${line.slice(at + length).length < 2 ? (lines[i + 1] ?? "") : ""}`;
  const m = /^[(（]?((?:19|20)\d{2})\s*年度?[)）]?$/.exec(after.slice(0, 12));
  const before = agencyIn(line.slice(0, at));
  if (!m || !before) return null;
  const year = readYear(m[1] ?? "");
  const agency = fullAgency(before);
  const region = regionOf(agency);
  if (!year || !region) return null;
  // the title as printed, its year in brackets after the words (“洪山区人民政府信息公开工作年度报告(2023年度)”)
  return { title: `${before}${line.slice(at, at + length)}${m[0]}`, agency, region, year };
}

/** Crawler furniture a title may be glued to (“首页>…”, “来源：区政府办”). */
const JUNK = /首页|当前位置|来源|发布|时间|日期|字号|浏览|点击|网站|索引号|分类|政府|办/;

/**
 * Words of a sentence that announce the report (“现公布丽岙街道2023年…”, “现将我镇2023年…”,
 * “由…编制西咸新区底张街道办事处…”): everything up to the last of them is never part of a name.
 */
const ANNOUNCE = /^.*(?:现将|现予|现公开|公布|发布|印发|编制|编写|制作|报送|向社会|根据|依据|按照|特此)/;
/** A year (and 年度) a title opens with, or 年度 left of it. */
/** Report words a name runs into (“沅江路街道信息公开工作报告”), or a breadcrumb's last crumb before it (“…>政府信息公开年报梅州市人社局”). */
const REPORT_WORDS_TAIL = new RegExp(`^.*(?:${REPORT_WORDS.source})(?=.)|(?:${REPORT_WORDS.source})$`, "u");
const LEADING_YEAR = /^(?:(?:19|20)\d{2}|[二][〇零○][一二三四五六七八九〇零○]{2})\s*年度?|^年度/u;
/** A count before a noun (“22个乡镇”, “三个部门”): what follows is counted, never a body's name. */
const COUNTED = /(?:[\d０-９]+|[一二两三四五六七八九十百几多]+)个(?=\p{Script=Han})/u;
/** A unit named by a pronoun (我镇, 本局, 全市, 该区) names nobody; 本溪市, 全椒县 and 全州县 are places. */
const PRONOUN = /[我本该全各此](?:省|市|区|县|旗|镇|乡|街道|局|委|办|厅|机关|单位|部门)/;

/**
 * The reporting body named in a piece of title text: after the last separator, without a
 * trailing “关于”; when crawler text glued something before it, the longest tail that starts
 * with an administrative unit (“来源：区政府办浔阳区人民政府” → 浔阳区人民政府). "" when none.
 */
export function agencyIn(raw: string): string {
  if (CONTACT.test(raw)) return "";
  const s = cleanName(raw);
  if (!s || PRONOUN.test(s)) return "";  // “2023年度我区…”, “提升全市…”: no name here
  // “31个部门、22个乡镇街区…年度报告”: a counted noun names other bodies, never one; no name starts inside it
  const counted = s.search(COUNTED);
  for (let k = 0; k < s.length - 1 && (counted < 0 || k <= counted); k++) {
    const tail = s.slice(k);
    const cut = tail.search(/人民政府|政府|委员会|办公室|办公厅/);
    const first = (cut > 0 ? tail.slice(0, cut) : tail).match(UNIT)?.[0];
    if (first && regionChain(tail).length && /^[\u4e00-\u9fff]+$/.test(first) && !JUNK.test(first) && !particleGlued(first)) {
      const known = knownTailAt(first);
      if (known > 0) {
        k += known - 1;
        continue;
      }
      const name = lastName(tail);
      return nameShaped(name) ? name : "";
    }
  }
  return "";
}

/** Title text without what is never part of a name: separators, quotes, announcing words, the year, the report words. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[【[]?字号[：:]?[【[]?大[】\]]?[【[]?中[】\]]?[【[]?小[】\]]?/g, "")
    // a title quoted in a sentence (“我局组织编制了《X局2024年…年度报告》”) starts at its bracket
    .replace(/^.*[>›»】\]|：:_，。；,;《〈]/, "")
    .replace(/[《〈“"”》〉]/g, "")
    // “…办公室关于印发浔阳区2023年…的通知”: the report is the one named after 关于.
    .replace(/^.*关于(?:印发|公布|发布)?(?=.)/, "")
    .replace(/(?:关于|的)$/, "")
    // the body before its verb: “绍兴市越城区东湖街道特编制2023年…报告”, “由X办事处编制的2023年度…”
    .replace(/(?:特|现|特此)?(?:编制|编写|制作|发布|公布|印发)(?:了|的)?$/, "")
    .replace(ANNOUNCE, "")
    // the title's year and its words are never part of the name: “2023年度沅江路街道信息公开工作报告”
    .replace(LEADING_YEAR, "")
    .replace(REPORT_WORDS_TAIL, "");
}

/**
 * A sentence's particle glued before a name (“…编制了苍溪县…”, “编制的琨州市…”): no county or city
 * name starts with these, unless the gazetteer knows it does. The name is read after it.
 */
const PARTICLE = /^[了的在是把被为与及等给已由]/u;
const particleGlued = (unit: string): boolean => PARTICLE.test(unit) && isKnownDivision.longestPrefix(unit) === null;

/**
 * Sentence words glued before a place (“如有疑问请与苍溪县”, a unit the gazetteer does not know,
 * ending in one it knows after two or more characters): where the known place starts, 0 when none.
 * A name never starts with the sentence that names it.
 */
function knownTailAt(unit: string): number {
  if (isKnownDivision.longestPrefix(unit) === unit) return 0;
  for (let j = 2; j < unit.length - 1; j++) {
    const tail = unit.slice(j);
    // a vertically managed body's parent before the place (国家税务总局九江市) is part of its name
    if (isKnownDivision.longestPrefix(tail) === tail) return /[局署厅部委院行]/u.test(unit.slice(0, j)) ? 0 : j;
  }
  return 0;
}

/**
 * A contact line under the report's opening (“地址:吴起县档案馆4楼402室;”, “电话:0911-…”): it names
 * a building or a number, never the body reporting. (A web address fails `nameShaped`.)
 */
const CONTACT = /(?:^|[\s;；，,。])(?:通讯|联系|办公)?(?:地址|住址|地点|邮编|邮政编码|电话|传真|邮箱|电子邮件|网址|联系人|联系方式)\s*[：:]/u;

/** A body's name is words: no digits, no punctuation, no building (大楼, 4楼402室, 迎宾路88号); 办公室 is a body. */
function nameShaped(name: string): boolean {
  return /^[\u4e00-\u9fff（）()·]+$/u.test(name) && !/(?:大楼|大厦|楼|层|号|路|巷|弄|栋|幢)$/u.test(name);
}

/**
 * A page's navigation may list other bodies right before the title (“赣州市教育局赣州市公安局
 * 赣州市财政局2023年…”): the report's is the last name of the run, the one the title words follow.
 * A 街道办事处 is the agency its district's government sends and is formally named after it
 * (“硚口区人民政府汉正街道办事处”): one name, read as its district's 街道 (硚口区汉正街道办事处).
 */
function lastName(s: string): string {
  const parts = s.split(/(?<=人民政府|政府|办公室|办公厅|委员会|管委会|办事处|局|中心)(?<!总局)(?=[\u4e00-\u9fff]{2,}?(?:省|市|区|县|旗|镇|乡|街道)(?!场|民|政|委|管|直|属|级|分))/u);
  const last = parts[parts.length - 1] ?? s;
  if (parts.length < 2 || !identify(last).region) return s;
  const sender = /^(.+)人民政府$/u.exec(parts[parts.length - 2] ?? "")?.[1] ?? "";
  const own = identify(last);
  const sent = sender && identify(`${sender}人民政府`).kind === "government" && own.kind === "township" && own.chain.length === 1 && /街道$/u.test(own.region);
  return sent ? `${sender}${last}` : last;
}

/** A page's metadata label before the title it gives (“标   题 县政府办2022年度…报告”, “名称：…”): never part of the name. */
export const FIELD_LABEL = /^\s*(?:标\s*题|题\s*名|名\s*称|文件名称|信息名称|公文标题)\s*(?:[:：]\s*|\s+)(?=\S)/u;

function cleanTitleLine(l: string): string {
  return squash(l.replace(FIELD_LABEL, "")).replace(/^[-—–]\d+[-—–]/, "");
}

function readYear(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s);
  const n = parseChineseNumber(s.replace(/○/g, "〇"));
  return n && n > 1900 ? n : null;
}

/**
 * “赣州市” alone names the people's government of 赣州市; “丽岙街道” its 办事处 (a 街道 has no
 * government); “福州高新技术产业开发区” its 管理委员会 (a zone has none either: identity.ts).
 */
export function fullAgency(name: string): string {
  const units = name.match(UNIT)?.join("") ?? "";
  if (units !== name) return name;
  if (name.endsWith("街道")) return `${name}办事处`;
  return identify(name).kind === "zone" ? `${name}管理委员会` : `${name}人民政府`;
}

/**
 * The lowest administrative unit the agency belongs to: 淮安市洪泽区人民政府 → 洪泽区,
 * 乐清市人民政府办公室 → 乐清市, 九江市浔阳区住房和城乡建设局 → 浔阳区 (see agency/identity.ts).
 */
export function regionOf(agency: string): string {
  const found = identify(agency).region;
  if (found) return found;
  const cut = agency.search(/人民政府|政府|委员会|办公室|办公厅/);
  const units = regionChain(agency);
  return units[units.length - 1] ?? (cut > 0 ? agency.slice(0, cut) : agency);
}

/** The administrative units in a name, outermost first: 淮安市洪泽区 → [淮安市, 洪泽区]. */
export function regionChain(agency: string): string[] {
  const cut = agency.search(/人民政府|政府|委员会|办公室|办公厅/);
  const chain = cut > 0 ? agency.slice(0, cut) : agency;
  // A vertically managed body names its parent first: 国家税务总局九江市税务局 → 九江市.
  return (chain.match(UNIT) ?? []).map((u) => u.replace(/^.*[局署厅部委院]/, "")).filter((u) => u.length > 1);
}
