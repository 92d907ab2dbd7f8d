/**
 * Counts the narrative states as none, in words: “全年未收到依申请公开来信”, “我单位未收到依申请公开申请”,
 * “未发生因政府信息公开申请引起的行政复议和行政诉讼”. Each is the figure 0 with its clause as the quote,
 * so a report whose tables could not be read still answers it, and a read table that disagrees is flagged.
 * Only a clause about the whole year's count: a part (其中…/网上…/自然人…), an outcome (纠错, 败诉) or a
 * kind of it (“未发生因答复超期引发的行政复议”, restricted.ts) is not.
 */
import type { NarrativeFigure, Passage } from "../schema.ts";
import { narrowedBy } from "./restricted.ts";
import { withoutInjected } from "./injected.ts";

export interface ZeroStatement {
  /** The table figure it states: “table2.new”, “table3.review”, “table3.suits”. */
  key: string;
  figure: NarrativeFigure;
}

const NONE = "(?:未|没有|尚未|均未)曾?(?:收到|接到|受理|接收到?|发生|出现|产生|涉及|有)|没有|无";
/** What may close a clause stating no carried-over applications: their noun, at most (“…继续办理件”, “…政府信息公开申请”). */
const NOT = "(?:未|没有|尚未|均未|无)(?:发生|产生|出现|有)?";
const NOUN_AFTER = "(?:继续)?(?:办理)?的?(?:政府信息公开|依申请公开|信息公开)?(?:申请|件|事项)?";
const SAYS: { key: string; says: RegExp }[] = [
  // “无政府信息公开申请行政复议或者行政诉讼情况”, “未收到因依申请公开答复而引起的行政复议和诉讼”: the applications there
  // are what a review was sought over — a statement about 复议/诉讼, never that no application came in
  { key: "table2.new", says: new RegExp(`(?:${NONE})([^，。；：]{0,12}?)(?:依申请公开|信息公开的?申请|公开申请|申请公开|公开政府信息的?申请)(?![^，。；：]{0,12}?(?:引起|引发|导致|产生)?的?(?:行政)?(?:复议|诉讼))`) },
  // the count as the word 零: “依申请公开数量为零”, “实现零申请” (no qualifier: the group is empty)
  { key: "table2.new", says: /()(?:(?:依申请公开|信息公开申请|公开申请|申请公开)(?:申请)?的?(?:数量|件数|数)?(?:为|是)零(?![一二三四五六七八九十百千万])|零申请)/u },
  { key: "table3.review", says: new RegExp(`(?:${NONE})([^，。；：]{0,20}?)行政复议`) },
  { key: "table3.suits", says: new RegExp(`(?:${NONE})([^，。；：]{0,24}?)(?:行政诉讼|行政复议[、和及与或]诉讼)`) },
];
/**
 * A part or an outcome, not the year's count. 被申请 only before the case it was applied for
 * (“未发生因政府信息公开被申请行政复议”: the body as respondent, the whole count).
 */
const NOT_WHOLE = /其中|网上|线上|线下|书面|当面|信函|邮寄|自然人|法人|纠错|败诉|撤销|被申请(?!行政复议)|需要|无需|不予|无法|无权|确保|力争|避免|防止|杜绝/;

/** Every kind of applicant named together (“公民、法人和其他组织提出的”): the whole count, no part of it. */
export const ALL_APPLICANTS = /(?:公民|自然人)[、，,]?法人(?:和|或|及|或者|以及)其他组织(?:提出|申请)?的?/gu;

/**
 * None carried over, in words: from last year (“未转结2023年政府信息公开申请” in a 2024 report, “2022年未转结政府信息公开
 *申请” in a 2023 one, “无上年结转申请”) or to next year (“无转结下年度继续办理件”). The year must be named — 上年 / 下年度,
 * or the report's own last or next year (“2023年未转结…” in a 2023 report could be either) — and the clause end with
 * the applications' noun at most.
 */
const CARRIED_NONE: { key: string; says: RegExp; year: number }[] = [
  { key: "table2.carried_in", says: new RegExp(`(?:(?:上一?年度?|去年)${NOT}|${NOT}(?:从|自)?(?:上一?年度?|去年)?)(?:结转|转结)(?![至到入]|下一?年)(?:自|了)?(?:上一?年度?|(?:19|20)\\d{2}年度?)?${NOUN_AFTER}$`, "u"), year: -1 },
  { key: "table2.carried_out", says: new RegExp(`${NOT}(?:结转|转结|转)(?:至|到|入)?(?:下一?年度?|(?:19|20)\\d{2}年度?)${NOUN_AFTER}$`, "u"), year: 1 },
];

/** Which carried-over count a clause states as none, its years the report's own last (or next) year, or null. */
function carriedNone(says: string, year: number | undefined): string | null {
  for (const c of CARRIED_NONE) {
    if (!c.says.test(says)) continue;
    const years = [...says.matchAll(/((?:19|20)\d{2})年/gu)].map((m) => Number(m[1]));
    const named = years.length ? years.every((y) => year !== undefined && y === year + c.year) : c.year < 0 ? /上一?年|去年/u.test(says) : /下一?年/u.test(says);
    if (named) return c.key;
  }
  return null;
}

export function zeroStatements(r: { passages: Passage[]; year?: number }): ZeroStatement[] {
  const out: ZeroStatement[] = [];
  for (const p of r.passages) {
    if (!/[未没无零]/.test(p.text)) continue;
    for (const clause of p.text.split(/(?<=[，。；;,])/)) {
      const says = clause.replace(/[，。；;,]$/, "").trim();
      // a gambling site's keywords injected into the sentence (injected.ts) qualify nothing
      const whole = withoutInjected(says).replace(ALL_APPLICANTS, "");
      // a count in the clause is no zero; the year it opens with (“2022年未收到…”) is no count
      // nor is the number of the heading it runs on from (“2.依申请公开情况 2025年南湖洲镇未收到依申请公开件”)
      if (NOT_WHOLE.test(whole) || /\d|[一二三四五六七八九十百]+件/.test(whole.replace(/(?:19|20)\d{2}\s*年度?/gu, "").replace(/^\s*[（(]?\d{1,2}\s*[.．、)）]/u, ""))) continue;
      const carried = carriedNone(says, r.year);
      if (carried) out.push({ key: carried, figure: { read: "narrative", value: 0, unit: "件", says, sentence: p.text, section: p.section, start: p.start, end: p.end } });
      for (const s of SAYS) {
        // “未发生因答复超期引发的行政复议”: the words before the noun narrow it to a kind (restricted.ts)
        const m = s.says.exec(whole);
        if (!m || narrowedBy(m[1] ?? "")) continue;
        out.push({ key: s.key, figure: { read: "narrative", value: 0, unit: "件", says, sentence: p.text, section: p.section, start: p.start, end: p.end } });
      }
    }
  }
  return out;
}
