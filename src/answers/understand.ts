/**
 * Question understanding: who (agencies and places), when (years), what (a figure of the
 * template, applicant columns) and which kind of answer. A pure function of the question, the
 * agencies of the loaded reports and today's date; the phrase tables are in lexicon.ts.
 *
 * @example
 * understand("浔阳2023年依申请公开多少件", names, new Date())
 * // → agencies [{ text: "浔阳", matches: [浔阳区人民政府] }], years [2023],
 * //   metric { table: "table2", rows: ["new"], … }, columns ["total"], kind "figure"
 */
import { hasRegionSuffix, REGION_SUFFIXES } from "../index/names.ts";
import { directory, isForm, isPlaceForm, MAX_PREFIX, soundAlikeNames, parentFits, prepareQuestion, resolveForm, resolvePrefix, type AgencyName, type Directory } from "../index/agency/resolve.ts";
import { isStopWord, taggedWords, words } from "../index/tokenize.ts";
import { inApplicantWords, KIND_WORDS, readMetric, type Metric } from "./lexicon.ts";
import { NUMERAL_CHARS, parseChineseNumber } from "../index/numerals.ts";
import { repairSlips } from "./slips.ts";
import { governsPlace, identify, splitUnits } from "../index/agency/identity.ts";
import { isKnownDivision } from "../index/agency/gazetteer.ts";
import { shortenedBodies } from "../index/agency/shortened.ts";
import { zoneNamedAt } from "./zone-asked.ts";
import { placesOneOff } from "../index/agency/near-places.ts";
import { organTail } from "./organ-tail.ts";
import { laterBodies, type FoundName } from "./later-bodies.ts";
import { parentPlace } from "./parent-scope.ts";
import { POOL_PHRASES, POOL_WORDS } from "./who.ts";
import { detectQuantity, type QuantityAsk } from "./quantity.ts";
import { COUNT, findPlaceField } from "./place-field.ts";
import { DISCOURSE_WORDS } from "./discourse.ts";
import { wordsFromPinyin } from "./pinyin-words.ts";
import { ownGovernments } from "./own-governments.ts";
import { SUM } from "./sum-asked.ts";
import { levelBefore, levelWordsIn, narrowToLevel } from "./level-said.ts";

export type { Metric } from "./lexicon.ts";

export type { AgencyName } from "../index/agency/resolve.ts";

export type QuestionKind = "figure" | "breakdown" | "comparison" | "ranking" | "trend" | "reports" | "search" | "help";

export interface AgencyMention {
  /** As typed (after normalisation), e.g. “浔阳”, “上海市政府办公厅”, “南昌市”. */
  text: string;
  /** The loaded agencies it can mean: 0 = a place without a report, >1 = ambiguous. */
  matches: AgencyName[];
  /** The place alone taken for its government: how many other bodies of the place have reports. */
  others?: number;
  /** The place alone, and neither its government nor its office has a report: `matches` are its other bodies (ask which). */
  noGovernment?: boolean;
}

export interface Question {
  /** The question, normalised (full-width → half-width, spaces collapsed). */
  text: string;
  /** Each mention, in order. */
  agencies: AgencyMention[];
  /** Explicit or relative years, in order of mention, without repeats. */
  years: number[];
  yearWasGiven: boolean;
  /** A year-like number (2023 in 截至2023.12.31) not read as the year, when no year was: never answered silently as the latest. */
  unreadYear?: string;
  /** 近三年, 这两年: the years counted back from now (the answerer may count back from the newest report instead). */
  recentYears: number | null;
  metric: Metric | null;
  /** Table-2 applicant columns: summed for figures, itemised for breakdowns. Default ["total"]. */
  columns: string[];
  kind: QuestionKind;
  /** Ranking: 最多/最高 → desc, 最少/最低 → asc. */
  order: "desc" | "asc" | null;
  /** Ranking: how many places were asked for (前三 → 3, 哪个…最多 → 1); null = not said. */
  top: number | null;
  /** Content words left over, for free-text search, e.g. ["市长信箱", "信件"]. */
  keywords: string[];
  /** A quantity other than a printed count (公开率, 占比, 同比 …): never answered with a count. */
  quantity: QuantityAsk | null;
  /** Character ranges of `text` understood above (years, names, figure, column, kind and quantity words): coverage.ts accounts for the rest. */
  explained: [number, number][];
  /** Where the figure's own words stand in `text` (行政处罚 in 2023年哪个部门行政处罚最多): a follow-up swaps them. */
  figureSpans?: [number, number][];
  /**
   * Bodies asked about without naming one: 哪个部门 / 各局 (which: a ranking of them), 那个局 / 某局
   * (which: false — one body not named; ask back).
   */
  bodies: BodiesAsked | null;
  /** Names read by their sound: [as typed, as read] (浔杨区 → 浔阳区). */
  readAs?: [string, string][];
  /** Compared bodies each asked in its own year (审批局2023年和交通局2022年: body-years.ts), by agency. */
  bodyYears?: Record<string, number>;
}

export interface BodiesAsked {
  /** As typed: 哪个部门, 各局, 那个局. */
  text: string;
  /** The body word: 部门, 局, 委, 单位, 街道 … */
  word: string;
  /** 哪个/哪些/各 (the bodies are ranked or listed) rather than 那个/这个/某 (one body, unnamed). */
  which: boolean;
  /** 哪个教育部门, 各卫健系统: the line of work the bodies are in (教育, 卫健), said before the body word. */
  domain?: string;
  /** 最多的三个部门: how many the ranking asks for, said with the field. */
  top?: number;
}

type Span = [number, number];

// ---------------------------------------------------------------------------------------------
// Normalisation

/** "@bot 浔阳区 2023 依申请", as the README's inline example is typed: a leading @handle is never part of a question. */
export const LEADING_HANDLES = /^\s*(?:@[\w.-]+\s*)+/u;

/** Full-width → half-width (NFKC), a leading @handle dropped, whitespace collapsed, trimmed. */
export function normalizeQuestion(text: string): string {
  return text.normalize("NFKC").replace(LEADING_HANDLES, "").replace(/\s+/gu, " ").replace(LETTER_O_YEAR, (m) => (/^(?:19|20)\d\d$/u.test(m.replace(/[OoОоΟο]/gu, "0")) && /\d.*\d/u.test(m) ? m.replace(/[OoОоΟο]/gu, "0") : m)).trim();
}
/** 2O23年, 2o22: a letter O typed for the zero of a year (four characters, digits around it), never a word's O. */
const LETTER_O_YEAR = /(?<![A-Za-z\d])(?=\d*[OoОоΟο])[\dOoОоΟο]{4}(?![A-Za-z\d])(?=\s*年|\s*[,，]|$)/gu;

// ---------------------------------------------------------------------------------------------
// When

const CN_DIGIT = "〇零一二三四五六七八九";
const YEAR_TOKEN = `(?:19|20)\\d\\d|\\d\\d|[${CN_DIGIT}]{4}|[${CN_DIGIT}]{2}`;
const RANGE = new RegExp(`(${YEAR_TOKEN})\\s*年?\\s*(?:-|—|–|~|〜|到|至)\\s*(${YEAR_TOKEN})\\s*年?`, "gu");
const RECENT = new RegExp(`(?:最近|近|过去|这)\\s*(\\d+|[${NUMERAL_CHARS}]+)\\s*(?:个)?\\s*年`, "gu");
/** 2021年以来 / 2021年至今: up to the last completed year. */
const SINCE = new RegExp(`((?:19|20)\\d\\d|[${CN_DIGIT}]{4})\\s*年?\\s*(?:以来|至今|到现在|到今天)`, "gu");
// 去年结转 is table 2's 上年结转 (the lexicon's), not a year
const RELATIVE: [RegExp, number][] = [[/大前年/gu, -3], [/前年/gu, -2], [/去年(?!度?结转)/gu, -1], [/今年/gu, 0]];
// a comma or point beside a year ends a clause (乌石镇，2023年, X县,2023,依申请 — half-width after
// normalising), unless it joins the year to another number (1,2023, 2023.5): see `standsAlone`
const FOUR_DIGIT = /(?<!\d)((?:19|20)\d\d)(?!\d)(?!\s*(?:件|条|个|次|项|人|元|万|场|期|份|%))/gu;
const TWO_DIGIT = /(?<![\d.近几这])(?<!\d,)(\d\d)\s*年(?!来)/gu;
/** A number joined to the token by a comma or point (1,2023 · 2023.12) makes it part of a number, unless that number is a year too (2022,2023). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = /(\d+)[.,]$/u.exec(text.slice(Math.max(0, start - 6), start))?.[1];
  const after = /^[.,](\d+)/u.exec(text.slice(end, end + 6))?.[1];
  const year = (s: string | undefined) => s === undefined || /^(?:19|20)\d\d$/u.test(s);
  return year(before) && year(after);
}
/**
 * 栖澜住建 23 复议, '23: two digits on their own, in a question that says no other year — never a
 * count (23件, 10人), a rank (前10, 第10, top 10) or a part of a longer number or word (A23, 1.23).
 */
const BARE_TWO = /(?<![A-Za-z\d%])(?<!\d[.,])(?<![第前后近约共达超\-—–~到至]\s*)(?<!top\s*)['’‘`]?(\d\d)(?![\d.%A-Za-z])(?!\s*(?:[-—–~到至]|余|多|以上|以下|左右|件|条|个|次|项|人|元|万|千|百|场|期|份|名|家|篇|起|宗|号|日|月|岁|天|位|倍|户|批|封|部|类|种|分|小时|%))/giu;
/** Right before 去年 / 上年: the words comparing with it (较, 比, 和…比, 与, 同). */
/** A year written out in brackets (去年（2023年）). */
const SPELLED_AFTER = /^\s*[(（]\s*(?:19|20)\d\d\s*年?\s*[)）]/u;
const COMPARED_WITH = /(?:较|較|比|和|与|與|跟|同|相比)\s*$/u;
/** “2023年结转到2024年几件”: the year applications are carried over to, after a year asked — its next year, not a second year asked. */
const CARRIED_TO = /(?<=(?:19|20)\d\d\s*年[^年]*?转(?:至|到|入))\s*((?:19|20)\d\d)\s*年度?/gu;
const CN_YEAR = new RegExp(`(?<![${NUMERAL_CHARS}])([${CN_DIGIT}]{4})年?|(?<![${NUMERAL_CHARS}近])([${CN_DIGIT}]{2})年(?!来)`, "gu");

function yearValue(token: string): number | null {
  const n = /^\d+$/u.test(token) ? Number(token) : parseChineseNumber(token);
  if (n === null) return null;
  if (n < 100) return 2000 + n;
  return n >= 1900 && n <= 2100 ? n : null;
}

interface Found<T> {
  start: number;
  end: number;
  value: T;
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && end > s);
}

/**
 * Years in order of mention. Ranges expand (2021—2023年 → 2021, 2022, 2023); 近三年 means the
 * last three completed years (reports for a year come out early the next year): in 2026 that is
 * 2023, 2024, 2025.
 */
export function findYears(text: string, today: Date): { years: number[]; spans: Span[]; recent: number | null; unread?: string } {
  const found: Found<number[]>[] = [];
  let recent: number | null = null;
  const taken: Span[] = [];
  const add = (start: number, end: number, years: number[]) => {
    if (overlaps(taken, start, end)) return;
    taken.push([start, end]);
    found.push({ start, end, value: years });
  };
  const thisYear = today.getFullYear();

  for (const m of text.matchAll(RANGE)) {
    const a = yearValue(m[1] ?? "");
    const b = yearValue(m[2] ?? "");
    if (a === null || b === null || b <= a || b - a > 30) continue;
    // “10-20件” is not a range of years: short tokens need a 年
    if (((m[1] ?? "").length < 4 || (m[2] ?? "").length < 4) && !m[0].trimEnd().endsWith("年")) continue;
    add(m.index, m.index + m[0].length, Array.from({ length: b - a + 1 }, (_, i) => a + i));
  }
  for (const m of text.matchAll(SINCE)) {
    const a = yearValue(m[1] ?? "");
    if (a === null || a >= thisYear) continue;
    add(m.index, m.index + m[0].length, Array.from({ length: thisYear - a }, (_, i) => a + i));
  }
  for (const m of text.matchAll(RECENT)) {
    const n = parseChineseNumber(m[1] ?? "");
    if (n === null || n < 1 || n > 30) continue;
    recent = n;
    add(m.index, m.index + m[0].length, Array.from({ length: n }, (_, i) => thisYear - n + i));
  }
  // 2023年…较去年增加多少: 去年 compared with a year named is the year before that one (the change
  // asked, quantity.ts), not the calendar's last year
  const named = [FOUR_DIGIT, TWO_DIGIT, CN_YEAR].some((re) => [...text.matchAll(re)].length > 0);
  for (const [re, delta] of RELATIVE) {
    for (const m of text.matchAll(re)) {
      // 去年（2023年）: the year written out in brackets after it is the one meant (whatever today is)
      const spelled = SPELLED_AFTER.test(text.slice(m.index + m[0].length));
      add(m.index, m.index + m[0].length, spelled || (named && COMPARED_WITH.test(text.slice(0, m.index))) ? [] : [thisYear + delta]);
    }
  }
  for (const m of text.matchAll(CARRIED_TO)) {
    const asked = [...text.slice(0, m.index).matchAll(FOUR_DIGIT)].map((y) => Number(y[1]));
    if (asked.includes(Number(m[1]) - 1)) add(m.index, m.index + m[0].length, []);
  }
  for (const re of [FOUR_DIGIT, TWO_DIGIT]) {
    for (const m of text.matchAll(re)) {
      if (re === FOUR_DIGIT && !standsAlone(text, m.index, m.index + (m[1] ?? "").length)) continue;
      const y = yearValue(m[1] ?? "");
      // “2023年” takes its 年 along, so that 年 is not left over as a word
      const end = m.index + m[0].length + (text[m.index + m[0].length] === "年" ? 1 : 0);
      if (y !== null) add(m.index, end, [y]);
    }
  }
  for (const m of text.matchAll(CN_YEAR)) {
    const y = yearValue(m[1] ?? m[2] ?? "");
    if (y !== null) add(m.index, m.index + m[0].length, [y]);
  }
  if (!found.length) {
    for (const m of text.matchAll(BARE_TWO)) {
      const n = Number(m[1]);
      // a year whose report can exist: 2010 up to this year
      if (n >= 10 && 2000 + n <= thisYear) add(m.index, m.index + m[0].length, [2000 + n]);
    }
  }
  found.sort((a, b) => a.start - b.start);
  const years = [...new Set(found.flatMap((f) => f.value))];
  const unread = years.length ? undefined : [...text.matchAll(FOUR_DIGIT)][0]?.[1];
  return { years, spans: taken, recent, ...(unread ? { unread } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Who

/**
 * A place's government said after its name (邹城市|政府, 邹城市|人民政府), not a noun that begins with 政府
 * (政府信息, 政府网站, 政府部门, 政府办 …).
 */
const GOVERNMENT_SAID = /^(?:人民)?政府(?!办|信息|网|门户|公报|文件|规章|常务|工作|采购|债|性|部门|热线|令|系统|机关|投资|购买|数据|信箱|会议|服务|组成|领导|决策|职能|官网)/u;

/** A name found in the question, where it stands and the bodies it fits (one shape with later-bodies.ts). */
type Mention = FoundName;

const SUFFIX_CHARS = new Set(["省", "市", "区", "县", "旗", "盟", "州", "镇", "乡"]);

/**
 * Known names, longest first at each position: 淮安市洪泽区 beats 淮安市. A place followed by a
 * body's name (赣州市|教育局, 淮安市 |市政府办, 赣州市2023年|人社局 — a year or spaces between) is
 * that body: the loaded one of that place, or none — never the place's government, never the
 * same body of another place.
 */
function findKnown(text: string, table: Directory, blocked: readonly Span[], gaps: readonly Span[] = []): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < text.length; ) {
    let hit: { form: string; others: number; matches: AgencyName[]; place: boolean; noGovernment: boolean } | null = null;
    if (!overlaps(blocked, i, i + 1)) {
      for (let len = Math.min(table.maxLength, text.length - i); len >= 2; len--) {
        const form = text.slice(i, i + len);
        const found = !overlaps(blocked, i, i + len) ? resolveForm(table, form) : null;
        // 棠溪县市场|管理局, 棠溪县规划|资源局: a body's name without its ending (棠溪县市场, 棠溪县规划) followed by
        // more of a name and its ending is not that body — the whole name is read (shortened.ts) or not found
        // (栎原环保|分局 is: a branch said by its department's short form and 分局)
        if (found && found.tier === 2 && !/[局委办厅署心队所站]$/u.test(form) && /^(?!分局)\p{Script=Han}{1,4}[局委]/u.test(text.slice(i + len))) continue;
        if (found) {
          // a place, or a government's name: what follows may make it another body (赣州市政府办公室)
          hit = { form, others: found.others, matches: found.matches, place: found.tier === 3 || found.matches.every((a) => identify(a.agency).kind === "government"), noGovernment: found.noGovernment === true };
          break;
        }
      }
    }
    // 东疆综保区, 白鹭开发区: a zone said by a part of its own name and its kind word, as no form spells it
    const zone = hit || overlaps(blocked, i, i + 1) ? null : zoneNamedAt(text.slice(i), table.names);
    if (zone && !overlaps(blocked, i, i + zone.length)) hit = { form: text.slice(i, i + zone.length), others: 0, matches: zone.zones, place: false, noGovernment: false };
    if (!hit) {
      i++;
      continue;
    }
    // 江汉区|退役军人事务局, 南昌|市人社局: a place not loaded right before a body's name — that
    // place's body, which has no report (never the same body of another place)
    const taken: Span[] = [...blocked, [0, out.at(-1)?.end ?? 0]];
    const before = hit.place ? null : (placeBefore(text, i, taken, table) ?? levelWordOfPlace(text, i, hit.form, taken, out.at(-1)?.end));
    if (before !== null) {
      const end = i + hit.form.length;
      out.push({ start: before, end, text: text.slice(before, end), matches: [] });
      i = end;
      continue;
    }
    let end = i + hit.form.length;
    let said = hit.form;
    let matches = hit.matches;
    let others = hit.others;
    let noGovernment = hit.noGovernment;
    // 栖澜区区政府, 赣州市市政府, 棠垣县县府: the place's level said again, with its government — the government
    const again = hit.place && !hit.noGovernment ? /^([省市区县州旗镇乡])(?:(?:人民)?政府|府)(?![办])/u.exec(text.slice(end)) : null;
    if (again && hit.form.endsWith(again[1] as string) && !overlaps(blocked, end, end + again[0].length)) {
      end += again[0].length;
      said = text.slice(i, end);
    }
    // 邹城市政府, 邹城市人民政府 when only the place's office has a report: the government said has none, and
    // its office (which answers for the place said alone) is not the government — no report, the office offered
    const officeOnly = hit.place && !hit.noGovernment && matches.length > 0 && matches.every((a) => identify(a.agency).kind === "office");
    const government = officeOnly && !again ? GOVERNMENT_SAID.exec(text.slice(end)) : null;
    if (government && !overlaps(blocked, end, end + government[0].length)) {
      end += government[0].length;
      said = text.slice(i, end);
    }
    if (officeOnly && said !== hit.form) {
      out.push({ start: i, end, text: said, matches: [] });
      i = end;
      continue;
    }
    const next = text[end];
    // 浔阳县 when only 浔阳区 is loaded: the short form 浔阳 is followed by another suffix.
    if (next && SUFFIX_CHARS.has(next) && !hasRegionSuffix(hit.form) && !placeBodyAt(text, end, hit.form, table, blocked, gaps)) {
      end += 1;
      said = text.slice(i, end);
      matches = [];
      others = 0;
      noGovernment = false;
    } else if (hit.place) {
      const body = placeBodyAt(text, end, hit.form, table, blocked, gaps);
      if (body && body.gap && !body.matches.length) {
        // 淮安市 市政府办 (another city's office loaded): the place as said, its body passed over
        out.push({ start: i, end, text: said, matches, ...(others ? { others } : {}), ...(noGovernment ? { noGovernment } : {}) });
        i = body.end;
        continue;
      }
      if (body) {
        end = body.end;
        said = body.said;
        matches = body.matches;
        others = 0;
        noGovernment = false;
      }
    }
    out.push({ start: i, end, text: said, matches, ...(others ? { others } : {}), ...(noGovernment ? { noGovernment } : {}) });
    i = end;
  }
  return out;
}

/**
 * Where a place name ends right before position `at` (or takes the level word at `at` along:
 * 江汉|区退役军人局): its start, when the characters before are divisions of the gazetteer
 * (硚口区, 南昌市; words that end like one, 公开市, are not) — not a word like 全市,
 * not a loaded place and not already part of a name found before.
 */
function placeBefore(text: string, at: number, blocked: readonly Span[], table: Directory): number | null {
  const ends = SUFFIX_CHARS.has(text[at] ?? "") ? [at + 1, at] : [at];
  for (const end of ends) {
    for (let k = 2; k <= 10 && end - k >= 0; k++) {
      const start = end - k;
      const said = text.slice(start, end);
      if (!/^\p{Script=Han}+$/u.test(said) || overlaps(blocked, start, end)) break;
      // a loaded place is found as one (and its body with it): only a place without reports here
      if (NOT_A_PLACE.has(said) || /[哪各全本我该此每年月日的之在和与及对向从]/u.test(said) || isPlaceForm(table, said)) continue;
      if (isDivisions(said)) return start;
    }
  }
  return null;
}

/**
 * 溪桐县|财政局 read as “县财政局” (a loaded body's form with the level word for its place): the level
 * word ends a place said before it that the gazetteer does not know — that place's body, not loaded.
 */
function levelWordOfPlace(text: string, at: number, form: string, blocked: readonly Span[], lastEnd?: number): number | null {
  if (!SUFFIX_CHARS.has(form[0] ?? "") || !HAN.test(text[at - 1] ?? "")) return null;
  const place = findUnknownPlaces(text, blocked).find((p) => p.start < at && p.end > at);
  if (!place) return null;
  // 市交通局和县交通局 (和县 not loaded): a joining word and the level word right after another name
  // read join two names — the body of the level (later-bodies.ts), not a place without reports
  if (place.start + 1 === at && JOINING.has(text[place.start] ?? "") && lastEnd !== undefined && !text.slice(lastEnd, place.start).trim()) return null;
  return place.start;
}

/** Is the text one or more divisions of the gazetteer (硚口区, 武汉市硚口区), not words that end like one (公开市)? */
function isDivisions(said: string): boolean {
  const units: string[] = [];
  let rest = said;
  for (let u = isKnownDivision.longestPrefix(rest, units); u; u = isKnownDivision.longestPrefix(rest, units)) {
    units.push(u);
    rest = rest.slice(u.length);
  }
  return units.length > 0 && rest === "";
}

/**
 * The body of a place named after it (past spaces and years): 赣州市|人社局 → 赣州市人力资源和社会保障局
 * when loaded; [] when that body of the place has no report (淮安市 市政府办 when only another
 * city's office is loaded). Null when no body's name follows.
 */
function placeBodyAt(text: string, at: number, place: string, table: Directory, blocked: readonly Span[], gaps: readonly Span[]): { end: number; said: string; matches: AgencyName[]; gap: boolean } | null {
  let start = at;
  for (;;) {
    if (text[start] === " ") start++;
    else {
      const gap = gaps.find(([s, e]) => s === start && e > s);
      if (!gap) break;
      start = gap[1];
    }
  }
  // 临夏州|临夏市府办: another place follows, not a body of this one
  if (startsWithPlace(text.slice(start), table)) return null;
  const tail = organTail(text.slice(start), (rest) => startsWithPlace(rest, table));
  if (!tail || overlaps(blocked, start, start + tail.length) || isNonOrgan(tail)) return null;
  // 赣州+人社局, 淮安市+市政府办 (the level word said again), 赣州市+区住建局 never
  const forms = [place + tail, ...(/^[市区县州旗]/u.test(tail) && place.endsWith(tail[0] as string) ? [place + tail.slice(1)] : [])];
  for (const f of forms) {
    const found = resolveForm(table, f);
    if (found && found.tier < 3 && found.matches.every((a) => !isPlaceGovernment(a))) return { end: start + tail.length, said: `${place}${tail}`, matches: found.matches, gap: start > at };
  }
  // Past a year, only a body's name people use (人社局, 市政府办) is taken, not a phrase ending like one
  // (2023年主动公开市政府办公室文件); the place's own body without a report is left to the
  // coverage check, which says so (coverage.ts), and another place's is never read instead.
  if (start > at) return isForm(table, tail) ? { end: start + tail.length, said: `${place}${tail}`, matches: [], gap: true } : null;
  return { end: start + tail.length, said: `${place}${tail}`, matches: [], gap: false };
}

/** Does a place begin `s` (a loaded place form, or a name with an administrative suffix)? */
function startsWithPlace(s: string, table: Directory): boolean {
  for (let len = Math.min(8, s.length); len >= 2; len--) {
    const head = s.slice(0, len);
    if (isPlaceForm(table, head)) return true;
  }
  return splitUnits(s).units.length > 0;
}

/** Tails that look like an organ but are not: 办结, 办理 … */
function isNonOrgan(tail: string): boolean {
  return /^(?:办理|办结)/u.test(tail);
}

const HAN = /\p{Script=Han}/u;
const NOT_A_PLACE = new Set([
  "城市", "超市", "全市", "本市", "我市", "该市", "各市", "市区", "城区", "郊区", "辖区", "社区", "小区", "园区",
  "景区", "片区", "街区", "地区", "山区", "灾区", "库区", "矿区", "老区", "新区", "全区", "本区", "我区", "该区",
  "各区", "全县", "本县", "我县", "该县", "各县", "全省", "本省", "我省", "该省", "各省", "外省", "乡镇", "城镇",
  "集镇", "村镇", "市县", "区县", "县区", "省市", "市州", "全州", "本州", "各地", "中国", "全国", "国家",
  "中华人民共和国", "地方", "本地", "外地", "当地", "县市", "市级", "县级", "区级", "省级", "哪个区", "哪个市",
  "哪个县", "哪个省", "县级市", "县市区", "区县市", "区市县", "城乡", "下乡", "老乡", "家乡", "故乡", "加州", "开发区", "高新区", "经开区", "保税区", "行政区",
]);

function isPlaceWord(word: string, tag: string): boolean {
  if (word.length < 2 || NOT_A_PLACE.has(word) || !HAN.test(word)) return false;
  if (/^[哪各全本我该此]/u.test(word)) return false;
  return hasRegionSuffix(word) || tag === "ns";
}

/**
 * Places that are not among the loaded reports, by suffix (南昌市, 黄桥镇, 城关街道) or jieba's
 * place tag (南昌), in the text not yet taken. jieba may split a rare name (濂/溪区, 洪泽/区):
 * a suffix word is joined with the single characters before it.
 */
function findUnknownPlaces(text: string, blocked: readonly Span[]): Mention[] {
  const tagged = taggedWords(text).filter((t) => !overlaps(blocked, t.start, t.end));
  const out: Mention[] = [];
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i];
    if (!t) continue;
    let start = t.start;
    const isSuffixOnly = REGION_SUFFIXES.includes(t.word);
    const joinable = (k: number) => {
      const p = tagged[k];
      return p !== undefined && p.end === start && HAN.test(p.word) && !isStopWord(p.word) && !KIND_WORD_SET.has(p.word) && !/^[哪各全本我该此每]$/u.test(p.word);
    };
    if (isSuffixOnly) {
      // 洪泽/区, 城关/街道: the name and its suffix were cut apart
      if (joinable(i - 1)) start = tagged[i - 1]?.start ?? start;
      if (start === t.start) continue;
    } else if (hasRegionSuffix(t.word) && t.word.length === 2) {
      // 濂/溪区: a rare name cut into single characters (not a common word: 龙游通/乡镇发布 is an app's 乡镇 channel)
      if (!NOT_A_PLACE.has(t.word)) for (let k = i - 1; joinable(k) && tagged[k]?.word.length === 1; k--) start = tagged[k]?.start ?? start;
      // 王庄/集镇, 李家/集镇: a town whose name ends in a common word (集镇, 城镇), after a name jieba does
      // not know or tags as a name (x, nr…, ns without a level word) — not after a common word (农村城镇)
      const p = tagged[i - 1];
      if (start === t.start && NOT_A_PLACE.has(t.word) && /[镇乡]$/u.test(t.word) && joinable(i - 1) && p && p.word.length >= 2 && /^(?:x|nr\w*|nz|ns)$/u.test(p.tag) && !hasRegionSuffix(p.word) && !NOT_A_PLACE.has(p.word)) start = p.start;
    }
    // 上海市政府 (tagged as an organisation): the place is the part up to its suffix
    const org = t.tag === "nt" ? /^\p{Script=Han}{2,6}?[省市区县旗州盟镇乡](?=人民政府|政府)/u.exec(t.word) : null;
    const placeEnd = org ? t.start + org[0].length : t.end;
    const word = text.slice(start, placeEnd);
    if (!isPlaceWord(word, isSuffixOnly ? "ns" : t.tag)) continue;
    // 上海市政府办公厅: take the office along
    const tail = organTail(text.slice(placeEnd), (rest) => splitUnits(rest).units.length > 0);
    const end = tail && !isNonOrgan(tail) && !overlaps(blocked, placeEnd, placeEnd + tail.length) ? placeEnd + tail.length : placeEnd;
    const last = out.at(-1);
    if (last && last.end >= start) {
      last.end = Math.max(last.end, end);
      last.text = text.slice(last.start, last.end);
    } else {
      out.push({ start, end, text: text.slice(start, end), matches: [] });
    }
    while (i + 1 < tagged.length && (tagged[i + 1]?.end ?? 0) <= end) i++;
  }
  return out;
}

const KIND_WORD_SET = new Set<string>(Object.values(KIND_WORDS).flat());

/**
 * “乐2023年…”: a run of Chinese characters that is on its own (between start, digits, spaces or
 * punctuation) and is the beginning of loaded names — of several, if it fits several.
 */
function findPrefixes(text: string, table: Directory, blocked: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
    // cut the run at spans already taken (years, names)
    let s = m.index;
    const end = m.index + m[0].length;
    for (let i = s; i <= end; i++) {
      if (i === end || overlaps(blocked, i, i + 1)) {
        if (i > s) {
          const seg = text.slice(s, i);
          const hit = prefixMatches(seg, table);
          if (hit && hit.matches.length > 0) out.push({ start: s, end: i, text: seg, matches: hit.matches, ...(hit.others ? { others: hit.others } : {}), ...(hit.noGovernment ? { noGovernment: true } : {}) });
        }
        s = i + 1;
      }
    }
  }
  return out;
}

function prefixMatches(seg: string, table: Directory) {
  // A complete region name with its suffix is not a prefix of a longer one: 淮安市 ≠ 淮安市洪泽区.
  if (seg.length > MAX_PREFIX || isStopWord(seg) || KIND_WORD_SET.has(seg) || hasRegionSuffix(seg)) return null;
  return resolvePrefix(table, seg);
}

/**
 * An unknown place right before a name qualifies it: 九江市浔阳区 is 浔阳区 — when it fits the
 * hierarchy (湖南省赣州市 names no loaded agency). A loaded place right before a body of its own
 * (浔阳区 区府办) names that body.
 */
function mergeMentions(text: string, all: Mention[]): Mention[] {
  const merged: Mention[] = [];
  for (const m of [...all].sort((a, b) => a.start - b.start)) {
    const prev = merged.at(-1);
    const placeOf = prev && UNDER.test(text.slice(prev.end, m.start)) && prev.matches.length === 1 && isPlaceGovernment(prev.matches[0] as AgencyName) ? (prev.matches[0] as AgencyName).region : null;
    const own = placeOf ? m.matches.filter((a) => a.region === placeOf && !isPlaceGovernment(a)) : [];
    if (prev && prev.end === m.start && prev.matches.length === 0 && hasRegionSuffix(prev.text)) {
      const matches = m.matches.filter((a) => parentFits(prev.text, a));
      merged[merged.length - 1] = { start: prev.start, end: m.end, text: text.slice(prev.start, m.end), matches, ...(m.others && matches.length ? { others: m.others } : {}) };
    } else if (prev && own.length) {
      // 浔阳区区府办, 赣州市人力社保局: the place, then a body of that place — one body
      merged[merged.length - 1] = { start: prev.start, end: m.end, text: text.slice(prev.start, m.end), matches: own };
    } else if (prev && placeOf && /\S/u.test(text.slice(prev.end, m.start)) && m.matches.length && !m.matches.some(isPlaceGovernment) && splitUnits(m.text).units.length === 0 && !/^[省市州盟县区旗镇乡]/u.test(m.text)) {
      // 江汉区的统计局 when only 硚口区 has a 统计局: 江汉区's, which has no report (said so) — never another place's
      merged[merged.length - 1] = { start: prev.start, end: m.end, text: text.slice(prev.start, m.end), matches: [] };
    } else if (prev && UNDER.test(text.slice(prev.end, m.start)) && isParentOf(prev, m)) {
      // 临夏州临夏市府办, 江西省赣州市, 柘川县下面的乌石镇: a loaded place, then a place under it — the latter
      merged[merged.length - 1] = { start: prev.start, end: m.end, text: text.slice(prev.start, m.end), matches: m.matches, ...(m.others ? { others: m.others } : {}) };
    } else if (prev && UNDER.test(text.slice(prev.end, m.start)) && townUnder(prev, m)) {
      // 棠垣县石埠镇 when 石埠镇 is 萝浦县's: that place's township of the name, or none — never the other place's
      const place = identify((prev.matches[0] as AgencyName).agency).region || (prev.matches[0] as AgencyName).region;
      const matches = m.matches.filter((a) => parentFits(place, a));
      merged[merged.length - 1] = { start: prev.start, end: m.end, text: text.slice(prev.start, m.end), matches, ...(m.others && matches.length ? { others: m.others } : {}) };
    } else {
      merged.push({ ...m });
    }
  }
  return merged;
}

/** Between a place and a place or body under it: nothing, or 下面的 / 下属的 / 所属的 / 的 … */
const UNDER = /^(?:(?:下面|下属|所属|下辖|辖区|管辖|辖|里面|里|内)?的?)$/u;

/** Is `prev` a loaded place (its government, or its bodies when it has none) that every agency of `m` lies under? */
function isParentOf(prev: Mention, m: Mention): boolean {
  const first = prev.matches[0];
  if (!first || !m.matches.length || !(prev.noGovernment || prev.matches.every(isPlaceGovernment))) return false;
  const place = identify(first.agency).region || first.region;
  return m.matches.every((a) => a.region !== place && (identify(a.agency).region || a.region) !== place && parentFits(place, a));
}

/**
 * A loaded county-level place (its government) said right before a township's name that is not
 * under it (棠垣县石埠镇, 石埠镇 being 萝浦县's; 乙岭县石埠镇, no 石埠镇 loaded at all): the name is
 * that place's township, asked about there, not another place's and not the place's government.
 */
function townUnder(prev: Mention, m: Mention): boolean {
  const first = prev.matches[0];
  if (!first || !prev.matches.every((a) => identify(a.agency).kind === "government")) return false;
  const town = m.matches.length ? m.matches.every((a) => identify(a.agency).kind === "township") : /\p{Script=Han}{2,}(?:镇|乡|街道)$/u.test(m.text);
  return town && /^\p{Script=Han}+$/u.test(m.text);
}

/** Between two places listed: a joining word, the first place's 的 before it or not (甲市的、乙区的教育局). */
const PLACES_LISTED = /^\s*的?\s*[和与及、跟同]\s*$/u;

/**
 * Places sharing one body's name (衡丰县和莆江县财政局, 赣州市与上饶市人社局, 甲县、乙县、丙县的民政局):
 * each place before it names the same body of its own, not its government.
 */
function shareBodies(text: string, all: Mention[], table: Directory): Mention[] {
  const mentions = bodyAfterCount(text, all, table);
  const joined = (k: number) => {
    const a = mentions[k] as Mention;
    const b = mentions[k + 1];
    return b !== undefined && PLACES_LISTED.test(text.slice(a.end, b.start));
  };
  const isPlace = (a: Mention) => (a.matches.length ? a.noGovernment || a.matches.every(isPlaceGovernment) : hasRegionSuffix(a.text) && splitUnits(a.text).rest === "");
  // 栖澜区政府和住建局: a government named as one (政府, 人民政府) shares no body's name
  const placeAlone = (a: Mention) => isPlace(a) && (!a.matches.length || isPlaceForm(table, a.text));
  // from the last mention back: the body a list of places shares is said after its last place
  const shared: ({ body: string; from: Mention } | null)[] = [];
  for (let k = mentions.length - 1; k >= 0; k--) {
    const a = mentions[k] as Mention;
    if (placeAlone(a)) shared[k] = joined(k) ? (shared[k + 1] ?? null) : null;
    else {
      const body = a.matches.every((m) => !isPlaceGovernment(m)) ? bodyAfterPlace(a.text, table) : null;
      shared[k] = body ? { body, from: a } : null;
    }
  }
  return mentions.map((a, k) => {
    const share = joined(k) && placeAlone(a) ? shared[k + 1] : null;
    // 澜汀市和澜汀市住建局: the place and a body of its own are two — the place stands for its government
    const region = a.matches[0]?.region;
    const own = share && (share.from.text.startsWith(a.text) || (region && share.from.matches.length > 0 && share.from.matches.every((m) => m.region === region)));
    if (!share || own) return a;
    const body = share.body;
    const found = resolveForm(table, a.text + body);
    const matches = found && found.tier < 3 && found.matches.every((m) => !isPlaceGovernment(m)) ? found.matches : [];
    return { start: a.start, end: a.end, text: a.text + body, matches };
  });
}

/** 甲、乙、丙三县的民政局, 甲市、乙区、丙区三个教育局: the count sums up the places before it, the body after it is the last place's (and so each one's). */
const COUNT_BETWEEN = new RegExp(`^\\s*${COUNT}\\s*(?:个?(?:县市区|县区|区县|县市|县|区|市)|个)的?\\s*$`, "u");

function bodyAfterCount(text: string, mentions: Mention[], table: Directory): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const place = out.at(-1);
    const bare = m.matches.length > 0 && m.matches.every((a) => !isPlaceGovernment(a)) && organTail(m.text, () => false) === m.text && splitUnits(m.text).units.length === 0;
    // a list before the count (甲、乙三县), not one place (X市三个县的教育局: the counties under X市)
    const before = out.at(-2);
    const listed = before !== undefined && place !== undefined && PLACES_LISTED.test(text.slice(before.end, place.start));
    if (place && bare && listed && place.matches.length === 1 && isPlaceGovernment(place.matches[0] as AgencyName) && COUNT_BETWEEN.test(text.slice(place.end, m.start))) {
      const found = resolveForm(table, place.text + m.text);
      const matches = found && found.tier < 3 && found.matches.every((a) => !isPlaceGovernment(a)) ? found.matches : [];
      out[out.length - 1] = { start: place.start, end: m.end, text: place.text + m.text, matches };
    } else out.push(m);
  }
  return out;
}

/** 莆江县财政局 → 财政局: what follows the leading place of a body's name as said (null when no place leads it or no body follows). */
function bodyAfterPlace(said: string, table: Directory): string | null {
  let k = splitUnits(said).units.join("").length;
  for (let len = said.length - 2; len >= 2 && !k; len--) if (isPlaceForm(table, said.slice(0, len))) k = len;
  // 丙县的民政局, 丙县下属的民政局: the body, without the words that tie it to its place
  const body = k ? said.slice(k).replace(/^(?:下面|下属|所属|下辖|里面|里|内)?的/u, "") : "";
  return body && organTail(body, () => false) === body ? body : null;
}

/**
 * The agency named again after its first mention is words of the question, not a second agency
 * (浔阳区…浔阳要闻, 赣州市…问政赣州平台, 乐清市…市政府办公室文件): left to the lexicon, the
 * narrative binding and the coverage check.
 */
function onceEach(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const only = m.matches.length === 1 ? (m.matches[0] as AgencyName).agency : null;
    if (only && seen.has(only)) return false;
    if (only) seen.add(only);
    return true;
  });
}

/** Words that join two names asked about together: 和, 与, 、, 比, 对比 … */
const JOINED = /[和与及、跟同比,，]|对比|以及|还是|vs/iu;

/**
 * 平度公安局2023年青岛市级以上刊发稿件, 船山公安分局…在遂宁日报刊发: once a loaded agency is
 * named, a further place named alone (a parent city, 市级以上, a newspaper's name) is words of
 * what is asked, not a second agency — unless it reads as one: joined to another name (和, 与,
 * 、, 比 …). A place with a body's name after it (青岛市公安局) is a body, and stays.
 */
function placesInContent(text: string, mentions: Mention[], table: Directory): Mention[] {
  const first = mentions.findIndex((m) => m.matches.length > 0);
  if (first < 0) return mentions;
  return mentions.filter((m, k) => {
    if (k <= first || !placeAlone(m, table)) return true;
    const prev = mentions[k - 1] as Mention;
    const next = mentions[k + 1];
    return JOINED.test(text.slice(prev.end, m.start)) || (next !== undefined && JOINED.test(text.slice(m.end, next.start)));
  });
}

/**
 * 最近在看栖澜区的材料，想问他们区住建局…: a place named alone, and later one of its own bodies, with
 * no word joining the two (和, 与, 比, 对比 …; a comma alone is not one) — the place says whose body it
 * is, it is not a second agency asked about.
 */
function placeOfLaterBody(text: string, mentions: Mention[], table: Directory): { mentions: Mention[]; context: Span[] } {
  if (has(text, KIND_WORDS.comparison)) return { mentions, context: [] };
  const context: Span[] = [];
  const kept = mentions.filter((m, k) => {
    if (m.matches.length !== 1 || !placeAlone(m, table)) return true;
    const region = (m.matches[0] as AgencyName).region;
    const body = mentions.slice(k + 1).find((b) => b.matches.length === 1 && !isPlaceGovernment(b.matches[0] as AgencyName) && (b.matches[0] as AgencyName).region === region);
    if (!body || BODY_JOINED.test(text.slice(m.end, body.start))) return true;
    context.push([m.start, m.end]);
    return false;
  });
  return { mentions: kept, context };
}

/**
 * 住建局2023年依申请公开多少件 菱城区的: a place said alone after a name that fits several bodies, one
 * of them that place's, with no word joining the two — the place says whose body it is (that one), it
 * is not a second agency asked about.
 */
function placeAfterBody(text: string, mentions: Mention[]): { mentions: Mention[]; context: Span[] } {
  const context: Span[] = [];
  const out = [...mentions];
  for (let k = out.length - 1; k > 0; k--) {
    const place = out[k] as Mention;
    if (place.matches.length !== 1 || !isPlaceGovernment(place.matches[0] as AgencyName) || !/^\p{Script=Han}+$/u.test(place.text) || place.text !== (place.matches[0] as AgencyName).region.slice(0, place.text.length)) continue;
    const b = out.findIndex((m, i) => i < k && m.matches.length > 1 && !m.noGovernment);
    const body = out[b];
    if (!body || BODY_JOINED.test(text.slice(body.end, place.start)) || !/^的?(?:呢|吧|啊)?\s*[?？。]?\s*$/u.test(text.slice(place.end))) continue;
    const region = (place.matches[0] as AgencyName).region;
    const own = body.matches.filter((a) => a.region === region && !isPlaceGovernment(a));
    if (own.length !== 1) continue;
    out[b] = { ...body, matches: own };
    out.splice(k, 1);
    context.push([place.start, place.end]);
  }
  return { mentions: out, context };
}

/** Words joining two names asked about together, a comma apart. */
const BODY_JOINED = /[和与及、跟同比]|对比|以及|还是|vs/iu;

/** A place named alone: not loaded (青岛, 遂宁市), or a loaded place taken for its government. */
function placeAlone(m: Mention, table: Directory): boolean {
  if (!m.matches.length) {
    const { units, rest } = splitUnits(m.text);
    return units.length > 0 ? rest === "" : !organTail(m.text, () => false);
  }
  // a place without a government's report (its bodies are its matches: 泸州市 → a branch in its county) is a place alone too
  return (isPlaceForm(table, m.text) && m.matches.every(isPlaceGovernment)) || (m.noGovernment === true && splitUnits(m.text).rest === "");
}

function spansOf(mentions: readonly Mention[]): Span[] {
  return mentions.map((m): Span => [m.start, m.end]);
}

/**
 * Agency mentions in order: known names (longest first), unknown places (by suffix or jieba's
 * place tag), and bare prefixes of loaded names (乐 → 乐清市, 乐平市). `blocked` spans (years,
 * metric phrases) are not names.
 */
export function findAgencies(text: string, names: readonly AgencyName[], blocked: readonly Span[]): { mentions: AgencyMention[]; spans: Span[] } {
  const table = directory(names);
  const known = findKnown(text, table, blocked);
  const merged = findOthers(text, table, known, blocked);
  return { mentions: merged.map(toMention), spans: spansOf(merged) };
}

/** A people's government (or a township's), which a place named alone stands for. */
export function isPlaceGovernment(a: AgencyName): boolean {
  return governsPlace(identify(a.agency).kind);
}

function toMention(m: Mention): AgencyMention {
  return { text: m.text, matches: m.matches, ...(m.others ? { others: m.others } : {}), ...(m.noGovernment ? { noGovernment: true } : {}) };
}

function findOthers(text: string, table: Directory, known: Mention[], blocked: readonly Span[]): Mention[] {
  const taken: Span[] = [...blocked, ...spansOf(known)];
  const unknown = findUnknownPlaces(text, taken);
  const prefixes = findPrefixes(text, table, [...taken, ...spansOf(unknown)]);
  // 硚口区发改局和城改局: a body listed after another with its place left out is of that place (later-bodies.ts)
  const listed = laterBodies(text, table, shareBodies(text, mergeMentions(text, [...known, ...unknown, ...prefixes]), table), blocked, (s) => startsWithPlace(s, table));
  return carryPlace(text, listed);
}

/**
 * 栖澜区住建局和人社局: a body named after another one of a place, without a place of its own, is
 * that place's body when the place has one (the 人社局 of 栖澜区, not of another city) — never the first
 * body itself (交建局和交通局: 交通局 is another body, every one it fits asked back, never dropped).
 */
function carryPlace(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((b, k) => {
    const a = mentions[k - 1];
    if (!a || a.matches.length !== 1 || b.matches.length < 2 || !/^\s*[和与及、跟同]\s*$/u.test(text.slice(a.end, b.start))) return b;
    const region = (a.matches[0] as AgencyName).region;
    const own = b.matches.filter((m) => m.region === region && m.agency !== (a.matches[0] as AgencyName).agency);
    return own.length === 1 ? { ...b, matches: own } : b;
  });
}

// ---------------------------------------------------------------------------------------------
// Bodies asked about without a name

const escape = (s: string) => s.replace(/[()]/gu, "\\$&");
const POOL = POOL_PHRASES.map(escape).join("|");
/** 哪个部门, 各乡镇街道, 所有乡镇, 那个局: a determiner, then a field's word (who.ts POOL_WORDS). */
const BODY_ASKED = new RegExp(`(哪一个|哪个|哪些|哪家|哪几个|各个|各|所有的?|全部的?|每个|全(?:省|市|州|区|县|旗|镇|乡)(?:各|所有的?|的)?|[省市州盟县区旗](?:直属|直|级)各|(?<=[省市州盟县区旗])(?:直属|直|级)各|那个|那些|这个|某个|某)(${POOL})(?![长])`, "u");
/** The townships' field words (乡镇, 镇街, 街道, 镇 …), longest first. */
const TOWNSHIP_PHRASES = POOL_WORDS.filter((w) => w.kinds.includes("township")).flatMap((w) => w.say).sort((a, b) => b.length - a.length);
/**
 * 柘川县县直部门, 2023年街道办事处, 乡镇…排名: a field's word of two characters or more right after a
 * place or a year, no determiner (柘川县的镇, 的街道: a township word after 的, of one character too); not the start of a body's name (柘川县机关事务管理局, 乡镇企业局):
 * no ending of one follows close by; nor of what bodies publish (部门预算, 单位决算).
 */
const FIELD_AFTER = new RegExp(`(?:(?<=^|[省市区县旗年\\s,，、]|年度)(${POOL_PHRASES.filter((p) => p.length >= 2).map(escape).join("|")})|(?<=[省市区县旗]的)(${TOWNSHIP_PHRASES.map(escape).join("|")}))(?![预决]算)(?!\\p{Script=Han}{0,6}(?:局|委|办(?![结理])|中心|站|所|队|处(?![罚理置分])|院|馆))`, "u");
/** Words that make a question rank (哪个, 谁, 最多, 排名 …), for a field named without a determiner. */
const RANKS = /哪|谁|最[多少高低大小]|较[多少]|排名|排行|排序|倒数|前[一二三四五六七八九十\d]/u;
/** 省直部门2024年各收到多少, 分别多少: each of the field's figures asked (listed as a ranking is). */
const EACH_ASKED = /分别|各自|各(?:收到|有|是|为|多少|几|受理|办理|公开|予以)/u;
/**
 * 依申请公开前三的部门, 予以公开最多的部门, 最少的三个乡镇: a field's word after the figure, right after a
 * word that ranks (with 的 and a count between) — the field ranked, never the place's own figure.
 */
const RANKED_FIELD = new RegExp(`(?:最[多少高低大小]|(?:前|后|倒数)(?:\\d+|[${CN_DIGIT}十两]+)名?|倒数)的?(?:(\\d+|[${CN_DIGIT}十两]+)个)?(${POOL_PHRASES.filter((p) => p.length >= 2).map(escape).join("|")})(?![预决]算)`, "u");
/** Field words that stand for several bodies of a place, never one body's name. */
const ONE_OF_SEVERAL = /^(?:乡镇|街道|镇街|街镇|垂直|垂管|[省市州盟县区旗]?(?:直属|直|级)|组成部门|职能部门|所属|下属|委办|厅局|部门|单位|机关|[镇乡]$)/u;
/** 哪个教育部门, 各卫健系统: a which-word, a line of work (no level or place word in it), 部门 / 系统. */
const DOMAIN_ASKED = /(哪一个|哪个|哪些|各个|各|所有的?)((?:(?![省州盟县区旗乡镇街直级属的个些]|市(?!场))\p{Script=Han}){2,4}?)(?:部门|系统)/u;
/** A place's name ending right before a field's word, or a place's name and a year (柘川县, 柘川县2023年, 柘川县二〇二三年度). */
const PLACE_BEFORE = new RegExp(`[省市区县旗](?:\\s*(?:\\d{2}|\\d{4}|[${CN_DIGIT}]{2}|[${CN_DIGIT}]{4})\\s*年度?)?\\s*的?$`, "u");
/** 县里哪个乡镇: the county's own, said of the field. */
const FIELD_OWNER = /县里|县内|全县|本县|县域/u;

/** 哪个部门, 各局, 那个局, 柘川县乡镇…排名: bodies the question asks about without naming one. */
export function findBodiesAsked(text: string): { asked: BodiesAsked; span: Span; more: Span[] } | null {
  const owner = FIELD_OWNER.exec(text);
  const more: Span[] = owner ? [[owner.index, owner.index + owner[0].length]] : [];
  const m = BODY_ASKED.exec(text);
  if (m) {
    const det = m[1] ?? "";
    return { asked: { text: m[0], word: m[2] ?? "", which: /^[哪各所全每]/u.test(det) }, span: [m.index, m.index + m[0].length], more };
  }
  // 哪个教育部门, 各卫健系统: the departments of a line of work (who.ts kindPool)
  const d = DOMAIN_ASKED.exec(text);
  if (d) return { asked: { text: d[0], word: "部门", which: true, domain: d[2] ?? "" }, span: [d.index, d.index + d[0].length], more };
  const r = RANKED_FIELD.exec(text);
  if (r) {
    // the count (最多的三个部门) is how many are ranked; the words are the ranking's, said with the field
    const top = r[1] ? parseChineseNumber(r[1]) : null;
    return { asked: { text: r[2] ?? "", word: r[2] ?? "", which: true, ...(top ? { top } : {}) }, span: [r.index, r.index + r[0].length], more };
  }
  // 柘川县县直部门…一共多少件: a field named without a which-word, ranked or added up; without either
  // (X区街道办事处依申请多少) one body of the field not named — asked back, never the place's government
  const f = FIELD_AFTER.exec(text);
  // 2023年单位和个人一共申请多少: applicants (lexicon.ts), not the bodies of a place
  if (!f || inApplicantWords(text, f.index, f.index + f[0].length)) return null;
  // 各多少 lists a field only of a word for several bodies (县政府与县政府办…各多少 names two bodies), and 一共
  // adds a field up only then: X区政府办…一共 names one body, whose figure's parts 一共 adds (sum-asked.ts)
  const word = f[1] ?? f[2] ?? "";
  const several = ONE_OF_SEVERAL.test(word);
  const which = RANKS.test(text) || ((SUM.test(text) || EACH_ASKED.test(text)) && several);
  // one body not named only right after its place, or its place and a year (青岩县2023年乡镇…, as 青岩县乡镇2023年…;
  // a year alone is not a place: 2023年部门预算 is words of the question), and only by a word for several
  // bodies (X市政府办, X县管委会 name one body: understood as names)
  if (!which && (!PLACE_BEFORE.test(text.slice(0, f.index)) || !several)) return null;
  return { asked: { text: f[0], word, which }, span: [f.index, f.index + f[0].length], more };
}

// ---------------------------------------------------------------------------------------------
// Kind

function phrasesIn(text: string, list: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const out: Span[] = [];
  for (const w of list) {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) out.push([at, at + w.length]);
  }
  return out;
}

const has = (text: string, list: readonly string[]) => phrasesIn(text, list).length > 0;

const EACH = /各(?:自|有|是|为|申请|收到|提出|多少|几)/u;

const TOP = new RegExp(`(?:前|后|top\\s*)(\\d+|[${NUMERAL_CHARS}]+)(?!年)`, "iu");

function readKind(
  text: string,
  mentions: number,
  years: number,
  metric: Metric | null,
  columns: string[],
  byApplicant: boolean,
  bodies: BodiesAsked | null = null,
  quantity = false,
): { kind: QuestionKind; order: "desc" | "asc" | null; top: number | null } {
  const none = { order: null, top: null };
  const which = has(text, KIND_WORDS.which);
  const superlative = has(text, KIND_WORDS.superlative);
  const topMatch = TOP.exec(text);
  const top = topMatch ? parseChineseNumber(topMatch[1] ?? "") : null;

  if (!metric && mentions === 0 && has(text, KIND_WORDS.help)) return { kind: "help", ...none };
  if (!metric && has(text, KIND_WORDS.reports)) return { kind: "reports", ...none };
  // 不予公开的原因(有哪些): the rows the table gives it by reason (国家秘密, 第三方…), not a why (为什么 stays one)
  if (metric?.table === "table2" && metric.rows.length > 1 && mentions <= 1 && ROW_REASONS.test(text) && !/为什么|为啥|为何|怎么回事|什么原因|啥原因/u.test(text)) return { kind: "breakdown", ...none };
  if (has(text, KIND_WORDS.searchCues) && !has(text, KIND_WORDS.quantity) && !has(text, KIND_WORDS.breakdown)) return { kind: "search", ...none };
  if (mentions >= 2) return { kind: "comparison", ...none };
  // 浔阳区哪个部门收到的申请最多, 各局…多少: the bodies of a place ranked (or listed), figure by figure —
  // also by a number only the text states (硚口区各部门主动公开多少条: each department's, never the place's own)
  if (bodies?.which && (metric || quantity || has(text, KIND_WORDS.quantity))) {
    const order = has(text, KIND_WORDS.ascending) ? "asc" : "desc";
    return { kind: "ranking", order, top: top ?? bodies.top ?? (superlative && !text.includes("哪些") && !/^各/u.test(bodies.text) ? 1 : null) };
  }
  // 2023年各地依申请公开数量, 赣州市各区县…: the field named without a which-word — ranked all the same
  if (has(text, KIND_WORDS.field) && (metric || quantity) && mentions === 0) {
    const order = has(text, KIND_WORDS.ascending) ? "asc" : "desc";
    return { kind: "ranking", order, top: top ?? (superlative && !text.includes("哪些") ? 1 : null) };
  }
  // 赣州市哪一年最多: one place, the years ranked — a trend; not when one year is named (浔阳区2023年部门里…最少的是哪个: its bodies)
  if (mentions === 1 && which && superlative && years !== 1) return { kind: "trend", ...none };
  if ((which && (superlative || top !== null)) || has(text, KIND_WORDS.ranking) || (superlative && mentions === 0) || (top !== null && mentions === 0)) {
    const order = has(text, KIND_WORDS.ascending) || /后\d|后[一二三四五六七八九十]/u.test(text) ? "asc" : "desc";
    const n = top ?? (which && superlative && !text.includes("哪些") ? 1 : null);
    return { kind: "ranking", order, top: n };
  }
  if (mentions <= 1 && (years >= 2 || has(text, KIND_WORDS.trend))) return { kind: "trend", ...none };
  // “行政复议情况”: 情况 without a question for a number asks for the itemised figures
  const situation = text.includes("情况") && !has(text, KIND_WORDS.quantity);
  // 个人和企业各申请了多少: applicant columns asked each (各 before the verb or the count), never their sum
  const each = columns.length > 1 && EACH.test(text);
  if (has(text, KIND_WORDS.breakdown) || byApplicant || each || (situation && metric !== null)) {
    const itemised =
      byApplicant ||
      columns.length > 1 ||
      (metric?.table === "table2" && metric.rows.length > 1) ||
      metric?.table === "table3" ||
      metric === null;
    if (itemised) return { kind: "breakdown", ...none };
  }
  if (has(text, KIND_WORDS.comparison) && mentions === 0 && metric) return { kind: "ranking", order: "desc", top: null };
  return { kind: metric ? "figure" : "search", ...none };
}

// ---------------------------------------------------------------------------------------------
// Keywords

/** Verbs and fillers of questions that say nothing about the content. */
const FILLER = new Set([
  "收到", "开展", "提出", "共有", "有", "数", "数量", "情况", "多", "少", "最", "个", "场", "件", "条", "次", "项",
  "报告", "年报", "政府", "人民政府", "相关", "方面", "进行", "举办", "发布", "全年", "本年", "本年度", "年度",
  "属于", "地方", "哪里", "单位", "部门", "是", "为", "达到", "其中", "以及", "还有", "分别", "主要", "案件",
  "情况", "具体", "信息", "数据", "统计", "全市", "全区", "全县", "全省", "本市", "本区", "本县", "我市", "我区", "我县",
]);

function keywordsOf(text: string, taken: readonly Span[]): string[] {
  const pieces: string[] = [];
  let cur = "";
  for (let i = 0; i < text.length; i++) {
    if (overlaps(taken, i, i + 1)) {
      if (cur) pieces.push(cur);
      cur = "";
    } else {
      cur += text[i];
    }
  }
  if (cur) pieces.push(cur);
  const out: string[] = [];
  for (const piece of pieces) {
    for (const w of words(piece)) {
      if (FILLER.has(w) || DISCOURSE_WORDS.has(w) || KIND_WORD_SET.has(w) || /^[\d.,%~\-—]+$/u.test(w)) continue;
      if (w.length < 2 && HAN.test(w)) continue;
      if (!out.includes(w)) out.push(w);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/**
 * Read a question.
 *
 * @param names the distinct agencies of the loaded reports
 * @param today for 今年 / 去年 / 近三年
 */
export function understand(text: string, names: readonly AgencyName[], today: Date): Question {
  const table = directory(names);
  // fengao 2023 yishenqing: the place in pinyin (resolve.ts), then the figure's words (pinyin-words.ts)
  const q = wordsFromPinyin(prepareQuestion(normalizeQuestion(text), table));
  // 枫溪县资源规划局: a place and its body's name shortened by leaving words out (shortened.ts)
  const first = joinOrPlace(withShortenedBodies(readQuestion(q, table, today), table), (t) => withShortenedBodies(readQuestion(t, table, today), table));
  // X县2023年政府和政府办…对比: the place's government and its office, both asked (own-governments.ts)
  const both = ownGovernments(first, (t) => withShortenedBodies(readQuestion(t, table, today), table));
  if (both) return both;
  // 浔杨区, 赣洲, 卫建委: a name not found may be one typed by its sound
  const unresolved = first.agencies.some((m) => m.matches.length === 0) || (first.agencies.length === 0 && table.names.length > 1);
  // 栖岚区发改委 (区发改委 found, 栖岚 left over), 栖兰区住建局 (区住建局: two places'): characters no reading
  // explained right before a name may be its place typed by its sound (the sound table is built only then)
  // — but not 和 (与, 及, 跟, 同) right after another name read: 甲区和乙区 joins two names, no place is left over
  const ends = new Set(first.agencies.map((m) => first.text.indexOf(m.text)).flatMap((at, k) => (at >= 0 ? [at + (first.agencies[k]?.text.length ?? 0)] : [])));
  const unsure = first.agencies.some((m) => {
    const at = first.text.indexOf(m.text);
    return at > 0 && HAN.test(first.text[at - 1] ?? "") && !overlaps(first.explained, at - 1, at) && !(JOINING.has(first.text[at - 1] ?? "") && ends.has(at - 1));
  });
  // 荇堂县 (荇 read as the beginning of 荇塘县, 堂县 left over), 篁洲市: a name read from its first characters
  // alone, characters no reading explained right after it — the place may be typed one character off
  const cut = first.agencies.some((m) => {
    const end = first.text.indexOf(m.text) + m.text.length;
    return m.text.length <= MAX_PREFIX && !isForm(table, m.text) && HAN.test(first.text[end] ?? "") && !overlaps(first.explained, end, end + 1);
  });
  // 湖东街到 (湖东 read as 湖东街道's short name, 街到 left over): the characters no reading explained right
  // after a name may finish a longer form of it typed by its sound (到 for 道)
  const unfinished = first.agencies.some((m) => {
    const end = first.text.indexOf(m.text) + m.text.length;
    return isForm(table, m.text) && HAN.test(first.text[end] ?? "") && !JOINING.has(first.text[end] ?? "") && !overlaps(first.explained, end, end + 1);
  });
  if (!unresolved && !unsure && !cut && !unfinished) return first;
  const reread = (fixed: string, fixes: [string, string][]): Question | null => {
    const second = withShortenedBodies(readQuestion(fixed, table, today), table);
    if (!second.agencies.length || second.agencies.some((m) => m.matches.length === 0)) return null;
    // read anew only to name one body where a name was found already, the words put right inside it
    if (!unresolved && (second.agencies.some((m) => m.matches.length !== 1) || !fixes.every(([, read]) => second.agencies.some((m) => m.text.includes(read))))) return null;
    // 绵阳市公安局 read as 绵阳市公安居 (安局 sounds like the place 安居): a name put right inside a word,
    // a character of the word left over beside it, is no name typed by its sound
    if (fixes.some(([, read]) => strandsNeighbour(second, read))) return null;
    return { ...second, readAs: [...fixes, ...(second.readAs ?? [])] };
  };
  const sounded = soundAlikeNames(q, table);
  const bySound = sounded.fixes.length ? reread(sounded.text, sounded.fixes) : null;
  // 桐芩县, 鹫门县: a county-level place one character off that no sound explains
  // only where the first reading found a name or nothing (三个县 is a field, not a place one character off)
  const named = first.agencies.map((m): Span => [first.text.indexOf(m.text), first.text.indexOf(m.text) + m.text.length]);
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (overlaps(first.explained, i, i + 1) && !overlaps(named, i, i + 1)) return false;
    return true;
  };
  return bySound ?? nearPlaceReading(q, table, reread, free) ?? first;
}

/** Words joining two names (甲区和乙区): the one character between them is no place left over. */
const JOINING: ReadonlySet<string> = new Set(["和", "与", "及", "跟", "同"]);

/**
 * 甲县政府办和县财政局 when a place 和县 is loaded too: the 和 may join two names (县财政局: 甲县's,
 * later-bodies.ts) or begin the place's name (和县财政局). Both readings are the mention's choices,
 * asked back; neither is taken silently. (When 和县 is not loaded the join is the only reading:
 * levelWordOfPlace.) The mention is said from the level word on, so that a choice replaces it
 * after the 和 and reads one way only.
 */
function joinOrPlace(first: Question, reread: (text: string) => Question): Question {
  const text = first.text;
  let from = 0;
  const starts = first.agencies.map((m) => {
    const at = text.indexOf(m.text, from);
    if (at >= 0) from = at + m.text.length;
    return at;
  });
  const agencies = first.agencies.map((m, k) => {
    const at = starts[k] ?? -1;
    const before = first.agencies[k - 1];
    const prevEnd = k > 0 && before ? (starts[k - 1] ?? -1) + before.text.length : -1;
    if (k === 0 || at < 0 || prevEnd < 0 || !m.matches.length || !JOINING.has(text[at] ?? "") || !SUFFIX_CHARS.has(text[at + 1] ?? "") || text.slice(prevEnd, at).trim()) return m;
    const joined = reread(`${text.slice(0, at)}与${text.slice(at + 1)}`);
    const other = joined.agencies.length === first.agencies.length ? joined.agencies[k] : undefined;
    if (!other || other.text !== m.text.slice(1) || !other.matches.length || other.matches.some((a) => m.matches.some((b) => b.agency === a.agency))) return m;
    return { text: other.text, matches: [...m.matches, ...other.matches] };
  });
  return agencies.some((m, k) => m !== first.agencies[k]) ? { ...first, agencies } : first;
}

/** A name put right whose neighbouring character (公 in 公安居) no reading of the question explains. */
function strandsNeighbour(q: Question, read: string): boolean {
  const at = q.text.indexOf(read);
  if (at < 0) return false;
  const end = at + read.length;
  const loose = (i: number) => HAN.test(q.text[i] ?? "") && !overlaps(q.explained, i, i + 1);
  return loose(at - 1) || loose(end);
}

/**
 * The question read with each place one character off (near-places.ts) put right: one loaded place
 * that near is taken, said so (readAs); several are asked back, those places' bodies the only choices.
 */
function nearPlaceReading(q: string, table: Directory, reread: (fixed: string, fixes: [string, string][]) => Question | null, free: (start: number, end: number) => boolean): Question | null {
  const near = placesOneOff(table, q).filter((n) => free(n.at, n.at + n.typed.length));
  if (!near.length) return null;
  let fixed = "";
  let at = 0;
  for (const n of near) {
    fixed += q.slice(at, n.at) + (n.places[0] as string);
    at = n.at + n.typed.length;
  }
  fixed += q.slice(at);
  const fixes = near.map((n): [string, string] => [n.typed, n.places[0] as string]);
  const second = reread(fixed, fixes);
  // every place put right must lie in a name read anew (not a word that happens to look like one)
  if (!second || !fixes.every(([, read]) => second.agencies.some((m) => m.text.includes(read)))) return null;
  const several = near.filter((n) => n.places.length > 1);
  if (!several.length) return second;
  // 桐芩县 near both 桐岑县 and 梧岑县: the mention's bodies at each of those places, asked back
  const agencies = second.agencies.map((m) => {
    const n = several.find((s) => m.text.includes(s.places[0] as string));
    if (!n) return m;
    const matches = n.places.flatMap((p) => resolveForm(table, m.text.replace(n.places[0] as string, p))?.matches ?? []);
    return { text: m.text.replace(n.places[0] as string, n.typed), matches: [...new Map(matches.map((a) => [a.agency, a])).values()] };
  });
  const readAs = (second.readAs ?? []).filter(([typed]) => !several.some((n) => n.typed === typed));
  return { ...second, agencies, readAs };
}

/**
 * A place and a body's name that names no loaded agency, read as the place's bodies it shortens
 * (shortened.ts): one is taken, said so (readAs); several are asked back.
 */
function withShortenedBodies(q: Question, table: Directory): Question {
  const readAs: [string, string][] = [];
  const agencies = q.agencies.map((m) => {
    // 东疆综保区, 孝感市临空经济区: a zone said by words no form of its name spells (findKnown), said so
    if (m.matches.length === 1 && identify((m.matches[0] as AgencyName).agency).kind === "zone" && !resolveForm(table, m.text)) readAs.push([m.text, (m.matches[0] as AgencyName).agency]);
    if (m.matches.length) return m;
    const bodies = shortenedBodies(table, m.text);
    if (!bodies.length) bodies.push(...otherTownSuffix(table, m.text));
    if (bodies.length === 1) readAs.push([m.text, (bodies[0] as AgencyName).agency]);
    return bodies.length ? { text: m.text, matches: bodies } : m;
  });
  if (agencies.every((m, k) => m === q.agencies[k]) && !readAs.length) return q;
  return { ...q, agencies, ...(readAs.length ? { readAs: [...(q.readAs ?? []), ...readAs] } : {}) };
}

/**
 * 棠垣县石埠镇 where 棠垣县 has 石埠乡 (and no 石埠镇): a place's township said with 镇 for 乡 or 乡 for
 * 镇 is that township of the same place — the only one of that name there; when another place has a
 * township of the very name typed (萝浦县石埠镇), the two are asked back, the place's own first.
 */
function otherTownSuffix(table: Directory, said: string): AgencyName[] {
  const m = /^(\p{Script=Han}+?(?:县|区|市|旗))(\p{Script=Han}{1,4})([镇乡])$/u.exec(said);
  if (!m || !isPlaceForm(table, m[1] as string)) return [];
  const found = resolveForm(table, `${m[1]}${m[2]}${m[3] === "镇" ? "乡" : "镇"}`);
  const matches = found?.matches ?? [];
  const own = matches.length === 1 && identify((matches[0] as AgencyName).agency).kind === "township" && parentFits(m[1] as string, matches[0] as AgencyName) ? matches : [];
  if (!own.length) return [];
  const typed = (resolveForm(table, `${m[2]}${m[3]}`)?.matches ?? []).filter((a) => identify(a.agency).kind === "township" && !own.includes(a));
  return [...own, ...typed];
}

/** A body's name with a level said before it and no place (level-said.ts): narrowed to that level, the level taken into it. */
function withLevelSaid(text: string, m: Mention, taken: readonly Span[]): Mention {
  const body = m.matches.length > 0 && !m.noGovernment && !m.matches.some(isPlaceGovernment) && !splitUnits(m.text).units.length;
  const level = body && !overlaps(taken, m.start - 1, m.start) ? levelBefore(text, m.start) : null;
  if (!level) return m;
  return { start: m.start - 1, end: m.end, text: text.slice(m.start - 1, m.end), matches: narrowToLevel(level, m.matches) };
}

/** A name that fits bodies of several levels, narrowed to the level a word of its own says (市里的教育局); as it was when none is of it. */
function narrowedBy(level: string, m: Mention): Mention {
  if (m.matches.length < 2 || m.noGovernment) return m;
  const own = narrowToLevel(level, m.matches);
  return own.length ? { ...m, matches: own } : m;
}

/** A figure's reasons asked as its rows (不予公开的原因, 不予公开有哪些原因, 无法提供的理由分别是). */
const ROW_REASONS = /(?:的|有哪些|有什么|哪些|各)(?:原因|理由|情形)/u;

/** Before a name that fits several bodies, the words that make it a field: 哪个, 各, 哪个县的, 三个县的. */
const FIELD_BEFORE = new RegExp(`(?:哪个|哪些|哪一个|各个|各|${COUNT}\\s*个)(?:县市区|县区|区县|县市|县|区|市)?的?$|${COUNT}\\s*个?(?:县市区|县区|区县|县市|县|区|市)的?$`, "u");

function readQuestion(q: string, table: Directory, today: Date): Question {
  const when = findYears(q, today);
  const said = findBodiesAsked(q);
  // 西市街道, 洪泽区2024年区政府办: a field's word that is part of a loaded body's name said is that name —
  // ranked or not when no which-word comes before it (菱州市政府和市政府办哪个多: two bodies named; 哪个区县政府办: a field)
  const bodies = said && (!said.asked.which || (said.asked.text === said.asked.word && !/[哪各]/u.test(q.slice(0, said.span[0])))) && findKnown(q, table, when.spans, when.spans).some((m) => m.matches.length > 0 && overlaps([[m.start, m.end]], ...said.span)) ? null : said;
  // Known names first, and hidden from the lexicon: 九江市信访局 is a name, not 信访.
  const known = findKnown(q, table, [...when.spans, ...(bodies ? [bodies.span] : [])], when.spans);
  // 县里 (the county's) unless it is the end of a name (柘川县里); 三个县, 下面的 (place-field.ts) unless in a name
  const field = findPlaceField(q);
  const fieldSpans = field.spans.filter(([s, e]) => !overlaps([...spansOf(known), ...when.spans], s, e));
  const bodySpans: Span[] = [...(bodies ? [bodies.span, ...bodies.more.filter(([s, e]) => !overlaps(spansOf(known), s, e))] : []), ...fieldSpans];
  const masked = [...q].map((ch, i) => (overlaps(spansOf(known), i, i + 1) ? "\u0000" : ch)).join("");
  let reading = readMetric(masked);
  if (!reading.metric) {
    // 依申清, 行政附议: a word typed with the wrong character of the same sound
    const repaired = repairSlips(masked);
    if (repaired !== masked) {
      const second = readMetric(repaired);
      if (second.metric) reading = second;
    }
  } else {
    // 行证处罚: 处罚 found, the word before it typed with a character of the same sound — the longer phrase
    const [start, end] = reading.spans[0] ?? [0, 0];
    const from = Math.max(0, start - 3);
    const window = masked.slice(from, end);
    const repaired = start > 0 ? repairSlips(window) : window;
    if (repaired !== window) {
      const second = readMetric(masked.slice(0, from) + repaired + masked.slice(end));
      if (second.metric && (second.spans[0]?.[0] ?? start) < start) reading = second;
    }
  }
  const after = placeAfterBody(q, onceEach(findOthers(q, table, known, [...when.spans, ...reading.spans, ...bodySpans])));
  const read = placeOfLaterBody(q, placesInContent(q, after.mentions, table), table);
  const context = [...read.context, ...after.context];
  // 省市场监管局, 省政府办, 市卫健委: a level said before a body's name with no place — that level's body
  const leveled = read.mentions.map((m) => withLevelSaid(q, m, [...bodySpans, ...spansOf(read.mentions)]));
  // 市里的教育局, 人社局(市级), 市监局（市本级）: a level said as a word of its own, beside names (level-said.ts)
  const levelWords = leveled.some((m) => m.matches.length > 0 && !m.matches.every(isPlaceGovernment)) ? levelWordsIn(q).filter((l) => !overlaps([...bodySpans, ...spansOf(leveled), ...when.spans], ...l.span)) : [];
  const mentions = levelWords.length === 1 ? leveled.map((m) => narrowedBy((levelWords[0] as { level: string }).level, m)) : leveled;
  // 哪个人社局最多: a name that fits several bodies, asked with 哪个 / 各, is what is ranked, not who.
  // 哪个县的教育局, 三个县的财政局: the same, at a level of places
  const fields = mentions.filter((m) => m.matches.length > 1 && !m.noGovernment && FIELD_BEFORE.test(q.slice(0, m.start))).length;
  // 三个县 is the field, unless it sums up places named before it (苇塘、桑渚三县)
  const placesNamed = mentions.filter((m) => m.matches.length === 1 && isPlaceGovernment(m.matches[0] as AgencyName)).length;
  const counted = fieldSpans.length > 0 && field.counted && placesNamed < 2;
  // 浔阳区哪个部门…, 汐原市下面哪个县: the place says whose bodies are ranked; it is not who is asked about.
  // (武汉各区: a place with no report over loaded ones scopes them too: parent-scope.ts)
  const scopes = bodies?.asked.which || has(q, KIND_WORDS.field) || counted ? mentions.filter((m) => m.noGovernment || (m.matches.length === 1 && isPlaceGovernment(m.matches[0] as AgencyName)) || (!m.matches.length && parentPlace(m.text, table.names) !== null)).length : 0;
  const quantity = detectQuantity(q, reading.metric !== null);
  const kindOf = readKind(q, mentions.length - fields - scopes, when.years.length, reading.metric, reading.columns, reading.byApplicant, bodies?.asked ?? null, quantity !== null);
  const kindSpans = Object.values(KIND_WORDS).flatMap((list) => phrasesIn(q, list));
  const taken = [...when.spans, ...spansOf(mentions), ...context, ...reading.spans, ...kindSpans, ...bodySpans, ...(quantity?.spans ?? []), ...(levelWords.length === 1 ? levelWords.map((l) => l.span) : [])];

  return {
    text: q,
    agencies: mentions.map(toMention),
    years: when.years,
    yearWasGiven: when.years.length > 0,
    ...(when.unread ? { unreadYear: when.unread } : {}),
    recentYears: when.recent,
    metric: reading.metric,
    columns: reading.columns,
    ...kindOf,
    keywords: keywordsOf(q, taken),
    quantity,
    explained: taken,
    figureSpans: reading.spans,
    bodies: bodies?.asked ?? null,
  };
}
