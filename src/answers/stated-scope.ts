/**
 * 江永县2023年县直及各乡镇发布信息多少条, X县县政府部门和镇街道一共公开多少条: a scope of bodies the
 * place's own report states a figure for in its text (“其中…县直及各乡镇1377条”, “县政府部门和镇(街道)共
 * 公开各类政府信息14542条”). That printed figure is the answer, quoted, and said to be the report's own
 * statement for that scope — not the place's own figure, and not a sum of the bodies' reports. Only a
 * figure whose words name exactly the scope asked (the same bodies, joined the same way, brackets and
 * 各 aside), in the unit asked, with the question's other words in its sentence, is taken; one value
 * or none.
 */
import type { NarrativeFigure, Report } from "../index/schema.ts";
import type { ReportStore } from "../store/store.ts";
import { isStopWord, words } from "../index/tokenize.ts";
import type { AgencyName, Question } from "./understand.ts";

const LEVEL = "[省市县区州旗]";
/** One scope word: a level's departments (县直, 县政府部门, 市直单位), the townships (乡镇, 镇(街道), 镇街), 部门, 单位. */
const TOKEN = `(?:[各全])?(?:${LEVEL}(?:直属|直|级|政府)?各?(?:部门|单位|机关)|${LEVEL}直|乡镇(?:[(（]?街道[)）]?)?|镇[(（]?街道[)）]?|镇街|街道|乡|镇|部门|单位)`;
const JOIN = "(?:以及|及|和|与|、)";
/** A run of scope words joined by 及, 和, 与, 、. */
const SCOPE = new RegExp(`${TOKEN}(?:${JOIN}${TOKEN})*`, "gu");
/** The unit asked: 多少条, 几件. */
const UNIT_ASKED = /(?:多少|几)\s*(条|件|个|次|项|篇|期|份|家|人次|场)/u;
/** Words that ask, not what is counted. */
const ASKING = /一共|总共|合计|共计|累计|共|总|多少|几|[条件个次项篇期份家场]|是|了|的|有|呢|吗|请问/gu;
/** Ranking and comparing words: those ask of each body, not of one figure. */
const EACH = /哪|谁|最[多少高低大小]|排名|排行|对比|比较|分别|各自/u;

/** The scope words of a phrase, as a set: brackets, 各 and 全 aside, 镇街 for 镇街道. */
function scopeKey(span: string): string {
  return span
    .replace(/[()（）各全]/gu, "")
    .split(new RegExp(JOIN, "u"))
    .map((t) => t.replace(/^镇街$/u, "镇街道"))
    .sort()
    .join("+");
}

/** Scope runs of two or more characters naming bodies, in a text. */
function scopes(text: string): { span: string; start: number; key: string }[] {
  return [...text.matchAll(SCOPE)].map((m) => ({ span: m[0], start: m.index, key: scopeKey(m[0]) }));
}

export interface StatedScope {
  report: Report;
  figure: NarrativeFigure;
  note: string;
}

/** The place's report's printed figure for the scope the question names, or null. */
export function statedScope(store: ReportStore, q: Question): StatedScope | null {
  if (EACH.test(q.text) || q.years.length > 1) return null;
  const unit = UNIT_ASKED.exec(q.text)?.[1];
  if (!unit) return null;
  const named = q.agencies.filter((m) => m.matches.length === 1);
  if (named.length !== 1) return null;
  const place = named[0] as (typeof named)[number];
  // the scope said after the place (合江县2022年县政府部门和镇街道…; 澄溪县县政府部门…, the place's
  // government word read with the place is the scope's); a name inside it that fits no body (镇街道) is the scope's word
  const after = q.text.indexOf(place.text) + place.text.replace(/[省市县区]?(?:人民)?政府$/u, "").length;
  const asked = scopes(q.text).filter((s) => s.start >= after);
  if (asked.length !== 1) return null;
  const scope = asked[0] as (typeof asked)[number];
  if (q.agencies.some((m) => m !== place && !(scope.span.includes(m.text) && m.matches.length === 0))) return null;
  const own = store.ofAgency((place.matches[0] as AgencyName).agency);
  const year = q.years[0] ?? Math.max(...own.map((r) => r.year));
  const report = own.find((r) => r.year === year);
  if (!report) return null;
  // the question's other words (发布信息, 公开): each in the figure's sentence
  const blank = (t: string, from: number, to: number) => t.slice(0, from) + " ".repeat(to - from) + t.slice(to);
  const at = q.text.indexOf(place.text);
  let rest = blank(blank(q.text, at, at + place.text.length), scope.start, scope.start + scope.span.length);
  for (const y of q.years) rest = rest.replace(new RegExp(`(?:${y}|${String(y).slice(2)})\\s*年?度?`, "u"), " ");
  const content = words(rest.replace(ASKING, " ")).filter((w) => !isStopWord(w) && /\p{Script=Han}/u.test(w));
  const fits = report.narrative.filter(
    (n) => n.unit === unit && scopes(n.says).some((s) => s.key === scope.key) && content.every((w) => n.sentence.includes(w)),
  );
  const values = [...new Set(fits.map((n) => n.value))];
  if (values.length !== 1) return null;
  const figure = fits[0] as NarrativeFigure;
  return { report, figure, note: `这是《${report.title}》正文写明的“${scope.span}”的数字，不是各机关报告的数字相加。` };
}
