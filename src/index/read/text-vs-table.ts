/**
 * The narrative often repeats table figures (“2023年共受理依申请公开14件，依法办结14件”).
 * When a sentence states one of those counts, compare it with the table and record a check.
 */
import type { Check, NarrativeFigure, Report } from "../schema.ts";
import { saysAt, UNITS } from "./narrative.ts";
import { ALL_APPLICANTS, zeroStatements } from "./zero-statements.ts";
import { narrowedClause } from "./restricted.ts";

interface Claim {
  /** The figure it states: “table2.new”, “table3.review”, “table3.suits”. */
  key: string;
  what: string;
  /** Matches the clause that states the figure (the clause ends with the number and unit). */
  says: RegExp;
  table: (r: Omit<Report, "checks">) => number | null;
  /** A result of the applications: stated after 其中, which for a total marks a part. */
  part?: boolean;
}

const cell = (r: Omit<Report, "checks">, row: string, col = "total") => {
  const v = r.table2[row]?.[col];
  return typeof v === "number" ? v : null;
};
const t3 = (r: Omit<Report, "checks">, g: string) => {
  const v = r.table3?.[g]?.["total"];
  return typeof v === "number" ? v : null;
};

/**
 * The verbs a report receives applications by, and the nouns it names them by (依申请事项: 江岸-style
 * “70条依申请事项”; 依申请件: “共收到依申请件35件”; the verb's object spelt out: “收到公开政府信息申请4件”,
 * “受理9件依申请公开政府信息的申请”).
 */
const RECEIVED = "(?:收到|接到|受理|办理|答复|新收|接收)";
// 依申公开: a report's own slip for 依申请公开 (“我局共收到依申公开事项7件”)
// 申请信息公开: the applications said verb first (“共收到申请信息公开件共7件”, “共办理申请信息公开278件”)
const APPLICATIONS = "公开申请|依申请?(?:政府信息|政府|信息)?公开|申请公开|申请(?:政府)?信息公开|依申请(?:政府信息)?(?:公开)?事项|依申请(?:公开)?件|公开政府信息的?申请";
/** The verb right after the applications' noun, the number right after it (“依申请信息公开办理有69件”): time and 共 words between. */
const RECEIVED_FIRST = "(?:工作|方面)?(?:中|上)?(?:全年|本年度?|今年)?(?:共|总共|累计)?(?:收到|接到|受理|办理|新收|接收)";
/** A total word after the applications' noun, the count following it: “依申请公开信息合计19件”. */
const TOTALLED = "(?:共计|合计|总计|累计)";
/** 延期办结, 逾期答复 …: a part of the results, never their whole. */
const RESULT_PART = "(?<!延期|逾期|超期|当场)";
/** 按期办结 beside 延期办结 in one sentence: the on-time part of the results, not their whole. */
const ON_TIME = /按期|按时/u;
const LATE = /(?:延期|逾期|超期)(?:办结|答复)/u;

/**
 * Last year and next year as reports print them: 上年 / 下年度, or the year itself (“含2022年结转0件”,
 * “1件结转到2024年度办理”), which yearsFit holds to the report's own last and next year.
 */
const LAST_YEAR = "(?:上一?年|(?:19|20)\\d{2}年)";
/** 转结 is a report's own spelling of 结转 (“上年转结…0件”, “转结至2025年度继续办理”). */
const CARRIED = "(?:结转|转结)";
// “结转2025年183件” in a 2024 report: the year named right after 结转, the next one (yearsFit)
const TO_NEXT_YEAR = "(?:转(?:(?:至|到|入|接|结)?下一?年|结?(?:至|到|入)(?:19|20)\\d{2}年)|结转(?:19|20)\\d{2}年)";

/** The years a text names for 上年 and 下年度 are the report's last and next (a 2023 report's “2023年结转” is no 上年结转). */
export function yearsFit(r: { year: number }, text: string): boolean {
  for (const m of text.matchAll(/((?:19|20)\d{2})年度?(?:结转|转结)(?![至到入]|下一?年)/gu)) if (Number(m[1]) !== r.year - 1) return false;
  for (const m of text.matchAll(/(?:转结?(?:至|到|入)|结转)((?:19|20)\d{2})年/gu)) if (Number(m[1]) !== r.year + 1) return false;
  return true;
}

/** 予以公开 and 部分公开 named together before one count (“其中,予以公开及部分公开18件”): the two result groups added. */
const JOINED_GRANTED = /(?<!部分|不)(?:予以)?公开\s*(?:及|和|与|或|、|以及)\s*部分(?:予以)?公开[^，。；、]{0,6}$/u;

const CLAIMS: Claim[] = [
  // “共收到政府信息公开申请X件”, “共接到社会公众依申请公开184件”, “共办理回复依申请公开事项23件”,
  // “共收到依申请政府信息公开2件”, “共收到70条依申请事项” (claimClause: 共收到依申请事项70条);
  // the noun first, then the verb: “政府信息依申请公开收到申请19条”, “依申请公开方面共受理申请5件”, or a
  // total word: “依申请公开信息合计19件”, or the verb right before the number: “依申请信息公开办理有69件”.
  { key: "table2.new", what: "表二 本年新收政府信息公开申请数量 · 总计", says: new RegExp(`(?:${RECEIVED}[^，。；]{0,16}(?:${APPLICATIONS})[^，。；]{0,8}|(?:${APPLICATIONS})[^，。；\\d]{0,8}?(?:收到|接到|受理|新收|接收)(?:的|了)?(?:各类|有效)?申请[^，。；]{0,10}|(?:${APPLICATIONS})(?:政府)?(?:信息)?(?:申请)?${TOTALLED}(?:为|达)?\\d[^，。；]{0,6}|(?:${APPLICATIONS})${RECEIVED_FIRST}(?:了|有|共计?|合计|总计)?(?:为|达)?\\d[^，。；]{0,6}|^[^，。；]{0,6}?(?:全年|本年度?|今年|年内)(?:共|共计|累计)?依申请公开(?:政府信息|信息)?\\d[^，。；]{0,6})$`, "u"), table: (r) => cell(r, "new") },
  // “上年结转3件”, “上年度结转2件”, “结转上年度办理3件”, “上年转结政府信息公开申请0件”
  { key: "table2.carried_in", what: "表二 上年结转政府信息公开申请数量 · 总计", says: new RegExp(`(?:(?:${LAST_YEAR}度?|去年)${CARRIED}(?![至到入]|下一?年)|${CARRIED}(?:自|了)?上一?年度?)的?(?:政府信息|信息)?(?:${APPLICATIONS}|申请)?[^，。；]{0,8}$`, "u"), table: (r) => cell(r, "carried_in") },
  // “办结14件”, “10件已经按时按规完成答复”, “共办结政府信息依申请公开733件”; “按期办结25件，延期办结5件”
  // split it (RESULT_PART, ON_TIME)
  { key: "table2.results_total", what: "表二 （七）总计 · 总计", says: new RegExp(`${RESULT_PART}(?:办结|完成答复|答复完毕)(?:[^，。；]{0,8}|[^，。；\\d]{0,12}(?:${APPLICATIONS}|申请)[^，。；]{0,10})$`, "u"), table: (r) => cell(r, "results_total") },
  // “结转下年度继续办理2件”, “转下年度办理9件”, “结转至下一年度1件”, “转接下年度办理45件”, the report's
  // own 转结 (“转结下年度继续办理0件”), the next year named (“1件结转到2024年度办理”)
  { key: "table2.carried_out", what: "表二 结转下年度继续办理 · 总计", says: new RegExp(`${TO_NEXT_YEAR}[^，。；]{0,8}$`, "u"), table: (r) => cell(r, "carried_out") },
  // results are parts of the applications: “其中予以公开的申请14条，部分予以公开5条” states them whole
  // “予以公开及部分公开18件” states the two groups together: their sum, never either one (JOINED_GRANTED)
  { key: "table2.granted", what: "表二 （一）予以公开 · 总计", says: /(?<!部分|不)予以公开(?!\s*(?:及|和|与|或|、|以及)\s*部分)[^，。；、]{0,6}$/, table: (r) => cell(r, "granted"), part: true },
  { key: "table2.partly_granted", what: "表二 （二）部分公开 · 总计", says: /(?<!公开\s*(?:及|和|与|或|、|以及)\s*)部分(?:予以)?公开[^，。；、]{0,6}$/, table: (r) => cell(r, "partly_granted"), part: true },
  {
    key: "table2.granted+partly_granted",
    what: "表二 （一）予以公开 + （二）部分公开 · 总计",
    says: JOINED_GRANTED,
    table: (r) => {
      const [a, b] = [cell(r, "granted"), cell(r, "partly_granted")];
      return a === null || b === null ? null : a + b;
    },
    part: true,
  },
  // “行政复议案件9件”, “涉及复议0件”; never an outcome (“行政复议维持2件”, reviewOutcome) nor a decision the body made (“作出行政复议决定3件”)
  { key: "table3.review", what: "表三 行政复议 · 总计", says: /(?:行政复议|(?<=^|[，,、\s]|涉及|发生|收到|受理|被申请|引起的|引发的)复议)(?:案件|程序)?(?!维持|纠正|纠错|撤销|驳回|审结|结果|其他|尚未|后|决定)[^，。；、]{0,4}$/u, table: (r) => t3(r, "review") },
  // “行政诉讼案件3件”, “行政诉讼程序均为0件”, “涉及复议0件，诉讼0件”; one kind of suit (SUIT_KIND) is not the whole
  {
    key: "table3.suits",
    what: "表三 行政诉讼 · 总计",
    // “起诉案件1件”: a suit said by its filing, at its clause's start — never one carried over (“结转起诉案件2件”)
    says: /(?:行政诉讼|(?<=^|[，,、\s]|涉及|发生|提起|引起的|引发的)诉讼|(?<=^|[，,、\s]|被|涉及|发生|引起的|引发的)起诉(?=案件))(?:案件|程序)?[^，。；、]{0,4}$/u,
    table: (r) => {
      const a = t3(r, "suit_direct");
      const b = t3(r, "suit_after_review");
      return a === null || b === null ? null : a + b;
    },
  },
  // “因政府信息公开工作未经复议直接提起诉讼10件”, “复议后提起行政诉讼2件”: table 3's two kinds of suit
  { key: "table3.suit_direct", what: "表三 行政诉讼 · 未经复议直接起诉 · 总计", says: /直接(?:向法院)?(?:提起|提出)?(?:行政)?(?:诉讼|起诉)(?:案件)?[^，。；、]{0,4}$/u, table: (r) => t3(r, "suit_direct") },
  { key: "table3.suit_after_review", what: "表三 行政诉讼 · 复议后起诉 · 总计", says: /复议(?:之)?后(?:又|再)?(?:向法院)?(?:提起|提出)?(?:行政)?(?:诉讼|起诉)(?:案件)?[^，。；、]{0,4}$/u, table: (r) => t3(r, "suit_after_review") },
];

/**
 * Both channels named together (“全年线上、线下共收到依申请公开821件”, “线上线下共受理…”): the whole count, no
 * part of it — only one of them named (“线上收到20件”) is a part.
 */
const BOTH_CHANNELS = /(?:线上|网上)(?:[、和及与]|以及)?线下|线下(?:[、和及与]|以及)?(?:线上|网上)/gu;
/** A part named in a stated count's own words: one channel (线上, 书面 …), or 其中 when `inside` (the results are parts). */
const partSaid = (says: string, inside: boolean) => (inside ? /线上|线下|网上|书面/u : /线上|线下|网上|书面|其中/u).test(says.replace(BOTH_CHANNELS, ""));
/**
 * Whom the applications were made to (“收到向区政府及其办公室申请的各类政府信息公开申请50件”, “收到向本机关提出的申请”):
 * the body's own applications, words that narrow nothing.
 */
const ADDRESSEE = /向[^，。；、\d]{1,12}?(?:申请|提出|提交|递交)的(?:各类)?/gu;

/** One kind of suit (未经复议直接起诉, 复议后起诉): a part of 行政诉讼, never its whole. */
const SUIT_KIND = /直接(?:向法院)?(?:提起|提出)?(?:行政)?(?:诉讼|起诉)|复议(?:之)?后/u;
/**
 * 行政复议 and 行政诉讼 named together before one count (“进入行政复议程序、行政诉讼程序0件”, “行政复议和行政诉讼均为0件”):
 * a count of each only when it is 0 or said of each (均, 都, 各); another number may be their sum.
 */
const JOINT_CASES = /行政复议(?:案件|程序)?(?:[、和及与或]|以及)(?:行政)?诉讼(?:案件|程序)?\s*(均|都|皆|各)?(?:为|是|有)?\s*(?:\d+|[零〇])\s*(?:件|起|宗|次)$/u;

/** The measure words a count of applications or cases is printed in (“收到和处理信息公开申请共计165份”, “共收到33次政府信息公开申请”). */
const CASE_UNIT = /^(?:件|条|个|宗|起|份|次)$/u;
/**
 * A count of cases: in one of those measure words, or in 项 right after 事项 (“共受理4人次信函申请依申请公开事项4项”: the
 * items applied for; the 4人次 before them count people, never applications).
 */
const countsCases = (f: NarrativeFigure) => CASE_UNIT.test(f.unit) || (f.unit === "项" && /事项\s*[\d,，]+\s*项$/u.test(f.says)) || resultInItems(f);
/** A result of the applications counted in 项 (“共收到政府信息公开申请5件,其中予以公开3项,部分予以公开1项,本部门不掌握信息1项”). */
export const resultInItems = (f: NarrativeFigure) => f.unit === "项" && /(?:予以公开|部分(?:予以)?公开|不掌握|不存在|不予公开|无法提供|不予处理|其他处理)[^，。；、,;\d]{0,6}\s*[\d,，]+\s*项$/u.test(f.says);

/**
 * A count one body states for another (“区政府办代表区政府受理政府信息公开申请17件”), or the share it
 * entrusted to another (“委托县自然资源局办理…申请25件”): part of the work, not the report's total.
 */
export const ON_BEHALF = /代表|代为|受[^，。；]{0,8}委托|委托[^，。；]{0,12}(?:办理|答复|处理)/u;
/**
 * A clause whose subject is a whole system of bodies (“全省各级生态环境部门共办理行政处罚案件524件”, 全市各部门, 全系统):
 * its count is theirs together, not the reporting body's own.
 */
export const WIDER_FIELD = /各级|全(?:省|市|州|盟|县|区|旗)[^，。；;,]{0,12}(?:部门|机关|单位|系统)|全系统/u;

const NUMBER_AT_END = new RegExp(`(?:\\d[\\d,，]*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)\\s*(?:余|多)?\\s*万?\\s*(?:余|多)?\\s*(?:${UNITS})$`, "u");

/**
 * The clause stating a figure as the claims read it, the number last: words printed after the
 * number (“共收到12件信息依申请公开”, “剩余2件结转下年度继续办理”) are moved before it
 * (“共收到信息依申请公开12件”). Only words running on from the measure word, up to a mark or the
 * next number, are moved.
 */
export function claimClause(f: NarrativeFigure): string {
  if (f.parts) return f.says.split(/[，,；;]/)[0] ?? "";
  const at = saysAt(f);
  const num = NUMBER_AT_END.exec(f.says);
  if (at < 0 || !num) return f.says;
  const rest = f.sentence.slice(at + f.says.length);
  // a year in the words (“结转到2024年度办理”) runs on; a closing bracket ends them (“(含2022年结转0件)”), and so
  // does a word saying what became of them all (“受理申请24件均按《条例》要求进行答复”: 均, 都, 全部)
  const stop = rest.search(/[，。；：,;:！？!?、（(）)]|\d(?!\d{0,3}年)|^\s*(?:均|都|全部|全都)/u);
  const tail = (stop < 0 ? rest : rest.slice(0, stop)).trim();
  return tail ? `${f.says.slice(0, num.index)}${tail}${num[0]}` : f.says;
}

/** The nouns of the counts a cause or topic can narrow (“因答复超期引发的行政复议1件”, restricted.ts). */
const NARROWED_NOUN: Partial<Record<string, RegExp>> = {
  "table2.new": /公开申请|依申请公开|申请公开/u,
  "table3.review": /行政复议/u,
  "table3.suits": /行政诉讼/u,
  "table3.suit_direct": /未经(?:行政)?复议|直接(?:向法院)?(?:提起|提出)?(?:行政)?(?:诉讼|起诉)/u,
  "table3.suit_after_review": /(?:经过?)?(?:行政)?复议(?:之)?后/u,
};

/**
 * A count printed with last year's carried-over applications inside it (“受理依申请公开62件(其中上年结转3件)”,
 * “…62件，含上年结转3件”): received and carried over together, not 本年新收.
 */
const CARRIED_INSIDE = new RegExp(`^\\s*[（(，,]?\\s*(?:其中|含|包括)[^，。；）)]{0,6}${LAST_YEAR}(?:度)?结转`, "u");
function holdsCarriedIn(f: NarrativeFigure): boolean {
  const at = saysAt(f);
  if (at < 0) return false;
  return CARRIED_INSIDE.test(f.sentence.slice(at + f.says.length));
}
/** The whole shape, its count stated: “(其中上年结转3件)”, “，含上年结转3件。” — the count closes the remark. */
const CARRIED_COUNT = new RegExp(`^\\s*[（(，,]?\\s*(?:其中|含|包括)[^，。；）)\\d]{0,6}${LAST_YEAR}(?:度)?结转[^，。；）)\\d]{0,4}?(\\d+)\\s*(件|条|个|宗|起|份)\\s*(?:[）)，,。；;]|$)`, "u");

/** A count that would state table2.new but for last year's carried-over printed inside it, and that carried-over count. */
function receivedWithCarried(r: Report): { f: NarrativeFigure; carried: number; remark: string } | null {
  const c = CLAIMS.find((x) => x.key === "table2.new");
  for (const f of r.narrative) {
    if (!c || f.read === "unsure" || f.parts || !countsCases(f) || ON_BEHALF.test(f.says) || /线上|线下|网上|书面|其中/u.test(f.says)) continue;
    const at = saysAt(f);
    const m = at < 0 ? null : CARRIED_COUNT.exec(f.sentence.slice(at + f.says.length));
    const clause = claimClause(f);
    if (!m || m[2] !== f.unit || !c.says.test(clause) || narrowedClause(clause, /公开申请|依申请公开|申请公开/u) || !yearsFit(r, m[0])) continue;
    const carried = Number(m[1]);
    if (!Number.isInteger(f.value) || carried > f.value) continue;
    return { f, carried, remark: m[0].replace(/^\s*[（(，,]?\s*/u, "").replace(/\s*[）)，,。；;]?$/u, "") };
  }
  return null;
}

/**
 * 本年新收 worked out from a count printed with last year's carried-over inside it (“全县共受理依申请公开62件
 * (其中上年结转3件)” → 62 − 3 = 59): read "derived", the reason saying the sum done, the sentence kept to be
 * quoted. Only that shape: the count would state table2.new but for the carried-over remark closing right
 * after it, in the same measure word; never a count for another body or a part (线上, 其中 …). Not a
 * statement (narrativeStatement): a change printed after the count is the count's, not this figure's.
 */
export function newLessCarried(r: Report): NarrativeFigure | null {
  const hit = receivedWithCarried(r);
  if (!hit) return null;
  const { f, carried, remark } = hit;
  const value = f.value - carried;
  const says = f.says.replace(/^[（(]?[一二三四五六七八九十\d]{1,2}[)）]\s*/u, "");
  return { ...f, read: "derived", value, reason: `正文：“${says}”，“${remark}”；本年新收按 ${f.value} − ${carried} = ${value} ${f.unit}推算，报告没有直接印出这一数字` };
}

/** The carried-over count printed inside such a count (“其中上年结转3件”): 上年结转, as printed. */
export function carriedInside(r: Report): NarrativeFigure | null {
  const hit = receivedWithCarried(r);
  if (!hit) return null;
  const after = hit.f.sentence.indexOf(hit.f.says) + hit.f.says.length;
  return r.narrative.find((o) => o.sentence === hit.f.sentence && o.read !== "unsure" && o.value === hit.carried && o.unit === hit.f.unit && hit.f.sentence.indexOf(o.says, after - 1) >= after - 1) ?? null;
}

/** “当年未完结”, “均未办结”: none of the applications just counted was finished in the year. */
const NONE_FINISHED = /^(?:当年|年内|本年度?|年底前?|截至年底)?(?:均|全部|都)?(?:未|没有|尚未)(?:能)?(?:完结|办结|办理完毕|答复完毕|完成答复)$/u;
/** A part of them (“部分转至下年度办理”): not all. */
const SOME_OF = /部分|其中|个别|有的|少数|多数|大部分|剩余|余下/u;

/**
 * 结转下年度继续办理 said of every application just counted, with no number of its own (“共受理政府信息依申请公开1件,当年未完结,
 * 转结至2025年度继续办理”, “共收到申请2件，均未办结，结转下年度继续办理”): the count stated as 本年新收 is the one carried
 * over. Only right after that count, in the clauses running on from it with no other number; several applications
 * only when a clause says none was finished; a part (部分, 其中) or a negation is not all. Read "derived", the
 * reason saying so.
 */
export function allCarriedOut(r: Report): NarrativeFigure | null {
  const next = new RegExp(`^(?:均|全部|都|已|并|且)?(?:${TO_NEXT_YEAR}|结${TO_NEXT_YEAR})`, "u");
  for (const f of r.narrative) {
    if (f.read === "unsure" || f.parts || !Number.isInteger(f.value) || f.value < 1 || !statesFigure(f, "table2.new") || ON_BEHALF.test(f.says) || /其中|线上|线下|网上|书面/u.test(f.says)) continue;
    const from = saysAt(f);
    const rest = f.sentence.slice(from + f.says.length);
    const own = rest.search(/[，,；;。]/u);
    if (own < 0 || /[；;。]/u.test(rest[own] ?? "")) continue;
    let none = f.value === 1;
    let end = from + f.says.length + own + 1;
    for (const raw of rest.slice(own + 1).split(/(?<=[，,；;。])/u)) {
      const clause = raw.replace(/[，,；;。]$/u, "").trim();
      if (/\d/u.test(clause.replace(/(?:19|20)\d{2}\s*年度?/gu, "")) || SOME_OF.test(clause) || /^(?:不|未|无|没有)/u.test(clause)) break;
      end += raw.length;
      if (NONE_FINISHED.test(clause)) none = true;
      else if (next.test(clause) && none && yearsFit(r, clause)) {
        const says = f.sentence.slice(from, end).replace(/[，,；;。]$/u, "");
        return { ...f, read: "derived", says, reason: `正文：“${says}”：当年受理的 ${f.value} ${f.unit}都没有办结，结转下年度继续办理按此为 ${f.value} ${f.unit}，报告没有另外印出这一数字` };
      } else break;
      if (/[；;。]$/u.test(raw)) break;
    }
  }
  return null;
}

/** “受理申请6件” with no noun of its own: received 申请, the verb's object alone. */
const BARE_RECEIVED = /^[^，。；,;]{0,8}?(?:收到|接到|受理|新收|接收)(?:的|了)?(?:各类|有效)?申请[^，。；,;]{0,10}$/u;

/**
 * “依申请公开工作中，全年受理申请6件”: applications received, the clause naming them only as 申请, in a
 * sentence that opens on 依申请公开 (or 公开申请) and states no other number before it.
 */
function receivedUnderTopic(f: NarrativeFigure, clause: string): boolean {
  if (!BARE_RECEIVED.test(clause)) return false;
  const topic = f.sentence.slice(0, Math.max(0, saysAt(f))).replace(/(?:19|20)\d{2}\s*年度?/gu, "");
  return /依申请|公开申请|申请公开/u.test(topic) && !/\d/u.test(topic);
}

/** Words naming the applications: strongly (依申请, 公开申请 …), or 申请 alone when the clause names nothing else. */
const APPLICATION_NAMED = /依申请|公开申请|申请公开|(?:信息公开|政府信息)[^，。；：,;:]{0,4}申请/u;
/**
 * Channels and cases other than disclosure applications that reports count with the same verbs (办结, 受理,
 * 答复, 转下年度): mailboxes, hotlines, 网络理政, messages, 咨询, petitions, proposals, and 申请 of another
 * procedure (行政许可申请, 复议申请).
 */
const OTHER_CHANNEL = /信箱|热线|理政|留言|咨询|来信|来电|来访|信访|诉求|工单|投诉|举报|建议|提案|问政|(?:许可|审批|复议|诉讼|登记)[^，。；：,;:]{0,4}申请/u;

/**
 * The subject a figure's clause is stated under, read back from it clause by clause within its
 * passage: “领导信箱办件71件，办结71件” — the 办结 is the mailbox's; “共受理依申请公开34件，办结34件” —
 * the applications'. "applications" or "other" from the nearest clause naming either; null when none does.
 */
export function statedSubject(f: NarrativeFigure): "applications" | "other" | null {
  const at = saysAt(f);
  const before = at < 0 ? "" : f.sentence.slice(0, at);
  const clauses = [...before.split(/[，。；：,;:]/u), claimClause(f)].reverse();
  for (const c of clauses) {
    if (APPLICATION_NAMED.test(c)) return "applications";
    if (OTHER_CHANNEL.test(c)) return "other";
    if (/申请/u.test(c)) return "applications";
  }
  return null;
}

/** The clause states the claim's figure, read the claims' way (claimClause), a split result or a narrowed kind left out. */
function claims(c: { key: string; says: RegExp }, f: NarrativeFigure): boolean {
  // every kind of applicant named (“收到来自公民、法人或者其他组织对依申请公开政府信息的申请2件”) narrows nothing
  const clause = claimClause(f).replace(ALL_APPLICANTS, "").replace(ADDRESSEE, "");
  // a count of another channel's (领导信箱 …办结71件) is never one of the applications'
  if (c.key.startsWith("table2.") && statedSubject(f) === "other") return false;
  if (c.key === "table3.review" || c.key === "table3.suits") {
    const joint = JOINT_CASES.exec(clause);
    if (joint && f.value !== 0 && !joint[1]) return false;
    if (c.key === "table3.suits" && SUIT_KIND.test(clause)) return false;
    if (joint) return !narrowedClause(clause, /行政复议/u);
  }
  if (!(c.says.test(clause) || (c.key === "table2.new" && receivedUnderTopic(f, clause))) || (c.key === "table2.results_total" && ON_TIME.test(clause) && LATE.test(f.sentence))) return false;
  if (c.key === "table2.new" && holdsCarriedIn(f)) return false;
  const noun = NARROWED_NOUN[c.key];
  return !noun || !narrowedClause(clause, noun);
}

/** Does this narrative figure state the table figure `key`? Parts stated side by side count by their first clause. */
export function statesFigure(f: NarrativeFigure, key: string): boolean {
  if (!countsCases(f)) return false;
  return CLAIMS.some((c) => c.key === key && claims(c, f));
}

/**
 * What became of the applications a sentence has just said were received, stated as parts of them
 * after 其中 (“共收到12件信息依申请公开，其中10件已经按时按规完成答复”, “共收到申请3件，其中公开3件”,
 * “…12件，其中2件结转下年度继续办理”):
 * read only right after a statement of table2.new — after any other count, 其中 lists its parts.
 */
const UNDER_NEW: { key: string; says: RegExp }[] = [
  { key: "table2.results_total", says: new RegExp(`^其中[^，。；]{0,12}${RESULT_PART}(?:办结|完成答复|答复完毕)[^，。；]{0,8}$`, "u") },
  { key: "table2.granted", says: /^其中\s*(?:予以)?公开\s*\d[\d,]*\s*(?:件|条|个)$/u },
  // “受理答复政府信息公开申请12件，其中2件结转下年度继续办理”
  { key: "table2.carried_out", says: new RegExp(`^其中[^，。；]{0,12}${TO_NEXT_YEAR}[^，。；]{0,8}$`, "u") },
];

/** The figure stated in the same sentence right before `f` states table2.new. */
function afterNew(r: Report, f: NarrativeFigure): boolean {
  const at = saysAt(f);
  const before = r.narrative.filter((o) => o !== f && o.sentence === f.sentence && !o.parts && o.read !== "unsure").map((o) => ({ o, end: saysAt(o) + o.says.length })).filter((x) => x.end <= at);
  const last = before.sort((a, b) => b.end - a.end)[0];
  return !!last && statesFigure(last.o, "table2.new") && !ON_BEHALF.test(last.o.says);
}

/** The narrative's own statement of a table figure, e.g. when the table row is missing (leping-2023). */
export function narrativeStatement(r: Report, key: string): NarrativeFigure | null {
  const hits = statementsOf(r, key);
  return hits.find((f) => f.parts) ?? hits[0] ?? zeroStatements(r).find((z) => z.key === key)?.figure ?? (key === "table2.new" ? receivedWithOthers(r) : null);
}

/** Received applications, then others joined to them (“共收到8件信息公开申请和通过电子邮件提交的信息公开申请”). */
const RECEIVED_JOINED = new RegExp(`${RECEIVED}[^，。；\\d]{0,12}?(?:${APPLICATIONS})(?:和|及|与|以及)([^，。；\\d]{2,24}?申请)\\d`, "u");

/**
 * “街道共收到8件信息公开申请和通过电子邮件提交的信息公开申请”: a count of applications received with other
 * applications joined after it by 和 — whether the count takes them in cannot be read from the sentence: the count
 * is given as unsure (its doubt said, the sentence quoted), never as the year's 本年新收 for sure, nor refused unseen.
 */
function receivedWithOthers(r: Report): NarrativeFigure | null {
  const found = r.narrative.filter((f) => !f.parts && f.read !== "unsure" && countsCases(f) && !ON_BEHALF.test(f.says) && RECEIVED_JOINED.test(claimClause(f)));
  const f = found.length === 1 ? (found[0] as NarrativeFigure) : null;
  const other = f ? RECEIVED_JOINED.exec(claimClause(f))?.[1] : undefined;
  return f && other ? { ...f, read: "unsure", reason: `正文在这一数字之后又写了“${other}”，这个数字是否包括它们不明确` } : null;
}

/**
 * The narrative's other statements of the same table figure with another number (“政府新收依申请公开数量为2件…部门新收
 * 依申请公开数量为4件”): the answer from the first says them, so that a reader sees which count was taken.
 */
export function otherStatements(r: Report, key: string, taken: NarrativeFigure): NarrativeFigure[] {
  return statementsOf(r, key).filter((f) => f !== taken && !f.parts && f.read !== "unsure" && f.value !== taken.value && f.sentence.indexOf(f.says) >= 0);
}

function statementsOf(r: Report, key: string): NarrativeFigure[] {
  const inside = !!CLAIMS.find((c) => c.key === key)?.part;
  const under = UNDER_NEW.filter((u) => u.key === key);
  return r.narrative.filter((f) => {
    if (ON_BEHALF.test(f.says) || !countsCases(f) || !yearsFit(r, claimClause(f))) return false;
    // other applications joined after the ones counted: unsure whether the count takes them in (receivedWithOthers)
    if (key === "table2.new" && RECEIVED_JOINED.test(claimClause(f))) return false;
    if (statesFigure(f, key) && (f.parts || !partSaid(f.says, inside))) return true;
    return !f.parts && f.read !== "unsure" && ((under.some((u) => claims(u, f)) && afterNew(r, f)) || (key === "table2.results_total" && balancedResults(r, f)));
  });
}

/** A count said by its verb alone (“全年办理1503件”): handled, of what the sentence says. */
const HANDLED_ALONE = /^(?:全年|本年度?|今年|共计|共|累计|合计|依法)*(?:办理|处理|办复|答复)(?:了|完毕|完成)?\s*\d[\d,]*\s*件$/u;

/**
 * “全年接收政府信息公开申请1554件,2023年结转132件;全年办理1503件,结转2025年183件”: a count said by 办理 alone, in
 * the sentence that states the applications received, carried over from last year and carried to next year, is
 * the results' total when the template's balance holds (新收 + 上年结转 = 办理 + 结转下年度: 1554 + 132 = 1503 + 183)
 * — the sentence's own arithmetic says what it counts; a count that does not balance is never taken for it.
 */
function balancedResults(r: Report, f: NarrativeFigure): boolean {
  if (f.parts || f.read === "unsure" || !HANDLED_ALONE.test(f.says.trim())) return false;
  const same = r.narrative.filter((o) => o !== f && o.sentence === f.sentence && !o.parts && o.read !== "unsure" && !ON_BEHALF.test(o.says));
  const one = (key: string) => {
    const found = same.filter((o) => statesFigure(o, key) && yearsFit(r, claimClause(o)));
    return found.length === 1 ? (found[0] as NarrativeFigure).value : null;
  };
  const [received, carriedIn, carriedOut] = [one("table2.new"), one("table2.carried_in"), one("table2.carried_out")];
  return received !== null && carriedIn !== null && carriedOut !== null && received + carriedIn === f.value + carriedOut;
}

export function textVsTable(r: Omit<Report, "checks">): Check[] {
  const checks: Check[] = [];
  const seen = new Set<string>();
  for (const f of r.narrative) {
    if (!countsCases(f) || partSaid(f.says, false) || /本级|部门|乡镇|街道/.test(f.says) || ON_BEHALF.test(f.says)) continue;
    for (const c of CLAIMS) {
      if (!claims(c, f) || seen.has(c.what) || !yearsFit(r, claimClause(f))) continue;
      const v = c.table(r);
      if (v === null) continue;
      seen.add(c.what);
      checks.push(claimCheck(c, f, v));
    }
  }
  for (const z of zeroStatements(r)) {
    const c = CLAIMS.find((c) => c.key === z.key);
    const v = c?.table(r);
    if (!c || v === null || v === undefined || seen.has(c.what)) continue;
    seen.add(c.what);
    checks.push(claimCheck(c, z.figure, v));
  }
  return checks;
}

function claimCheck(c: Claim, f: NarrativeFigure, v: number): Check {
  const holds = v === f.value;
  return {
    rule: "text_vs_table",
    table: c.what.startsWith("表三") ? "table3" : "table2",
    holds,
    printed: f.value,
    expected: v,
    message: holds ? `正文“${f.says}”与${c.what}（${v}）一致` : `正文称“${f.says}”，而${c.what}为 ${v}`,
  };
}
