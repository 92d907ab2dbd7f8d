/**
 * Table figures beyond the counts text-vs-table.ts knows that a narrative states for a report
 * whose table lacks them: table 2's result groups and reasons (“无法提供21件”, “属于行政执法案卷5起”)
 * and table 1's cells (“规范性文件……现行有效2件”). The figure's words must end in the lexicon's own
 * phrase for the row (the one mechanism that reads questions reads these sentences), and:
 *  - table 2: the sentence speaks of this body's applications (申请 before the number, not on
 *    behalf of another body), and the number is not a part listed under (其中) another result group;
 *  - table 1: the last table-1 item named before the number is this item (规范性文件, not 规章);
 *  - the measure word counts cases or documents (件, 起, 宗, 条, 个).
 */
import type { NarrativeFigure, Report } from "../index/schema.ts";
import { ON_BEHALF, resultInItems, WIDER_FIELD } from "../index/read/text-vs-table.ts";
import { METRIC_LEXICON, TABLE1_COLUMN_WORDS, type Metric } from "./lexicon.ts";
import { table1ColumnIn } from "./figure-value.ts";

const COUNTS = /^(?:件|起|宗|条|个)$/u;
/** Rows text-vs-table.ts already states (new, carried_in …): not read twice. */
const KNOWN = new Set(["new", "carried_in", "results_total", "carried_out", "granted", "partly_granted"]);

const key = (rows: readonly string[]) => [...rows].sort().join("+");
/** A clause ending in the phrase, a few characters after it at most, not negated before it. */
const ends = (says: string, phrase: string) => new RegExp(`(?<![不未非])${phrase}[^，。；、,;\\d]{0,4}\\s*$`, "u").test(says.replace(/\s*\d[\d,，.]*\s*(?:余|多)?\s*\S$/u, ""));

/** The lexicon's phrases for a table-2 row set, and for every other result group's. */
function table2Phrases(rows: readonly string[]): { own: string[]; others: string[] } {
  const own: string[] = [];
  const others: string[] = [];
  for (const e of METRIC_LEXICON) {
    if (e.target.table !== "table2") continue;
    if (key(e.target.rows) === key(rows)) own.push(...e.say);
    else if (e.rank === 2 && !e.target.rows.some((r) => rows.includes(r)) && !e.target.rows.some((r) => KNOWN.has(r) && !/granted/u.test(r))) others.push(...e.say);
  }
  return { own: own.sort((a, b) => b.length - a.length), others };
}

/**
 * “…答复19起。其中…”, “…收到和办理依申请公开9件…。处理结果中,部分公开2件,因信息不存在的5件”: a sentence opening
 * with 其中 or with the results' own words continues the one before it, which is read with it.
 */
function before(report: Report, f: NarrativeFigure): string {
  if (!/^\s*(?:其中|(?:处理|办理|答复)结果)/u.test(f.sentence)) return "";
  const i = report.passages.findIndex((x) => x.text.includes(f.sentence));
  const p = report.passages[i];
  if (!p) return "";
  const text = p.text.indexOf(f.sentence) > 0 ? p.text.slice(0, p.text.indexOf(f.sentence)) : (report.passages[i - 1]?.text ?? "");
  return text.slice(text.slice(0, -1).lastIndexOf("。") + 1);
}

function table2Stated(report: Report, rows: readonly string[]): NarrativeFigure | null {
  if (!rows.length || rows.some((r) => KNOWN.has(r))) return null;
  const { own, others } = table2Phrases(rows);
  if (!own.length) return null;
  return (
    report.narrative.find((f) => {
      if (!(COUNTS.test(f.unit) || resultInItems(f)) || f.parts || f.read === "unsure" || !own.some((p) => ends(f.says, p))) return false;
      const head = before(report, f) + f.sentence.slice(0, f.sentence.indexOf(f.says));
      if (!/申请/u.test(head + f.says) || ON_BEHALF.test(head + f.says) || WIDER_FIELD.test(f.says)) return false;
      // 其中 after another group's count (“不予公开3件，其中…”) lists that group's parts
      const under = head.lastIndexOf("其中");
      const parent = under < 0 ? "" : (head.slice(0, under).split(/[，,；;。]/u).filter((c) => /\d/u.test(c)).at(-1) ?? "");
      return !others.some((p) => ends(parent.replace(/[，,\s]+$/u, ""), p));
    }) ?? null
  );
}

/**
 * Words that name no item and no action of their own: time, quantity, 的, the body itself (“现行有效的规范性文件44件”,
 * “现行有效件数14件”, “现行有效本部门规范性文件0件”), and the publishing said with the issuing (“印发并公开的行政规范性文件17件”:
 * what is issued is published too, the count is the issued one).
 */
const GENERIC = /本(?:部门|机关|单位|级)|本年度?|全年|年内|当年|今年|累计|共计|合计|总计|共|计|为|达到|达|有|约|作出|依法|件数|数量|总数|数|的|[并及和](?:公开|公布|发布)|[、\s]/gu;
/** A finding of a review (“确认有效…”, “拟废止…”), not the year's count of the column. */
const JUDGED = /确认|认定|审查|审核|评估|建议|拟|需要|应当|清理出/u;

/** The last of `phrases` in `text` (the longest where two end together): where it starts and ends. */
function lastOf(text: string, phrases: readonly string[]): { at: number; end: number; say: string } | null {
  let best: { at: number; end: number; say: string } | null = null;
  for (const say of phrases) {
    const at = text.lastIndexOf(say);
    if (at < 0) continue;
    const end = at + say.length;
    if (!best || end > best.end || (end === best.end && at < best.at)) best = { at, end, say };
  }
  return best;
}
const residue = (text: string, items: readonly string[]) => items.reduce((t, say) => t.split(say).join(""), text).replace(GENERIC, "");

/**
 * A table-1 cell the text states, read by the scope of its clause: the clause's column word (the
 * last of any column's: 制发, 废止, 现行有效 …) is the one asked, with only the item's name, 的 or
 * 件数 between it and the number (“废止行政规范性文件10件”, “现行有效的规范性文件44件”, “现行有效件数14件”);
 * the item is the clause's own (“全年规章现行有效2件”), or — a clause naming none, nor any other
 * thing — the last item named before it in the same sentence (“…清理，制发0件，废止1件，现行有效7件”).
 * “作出行政复议决定3件” names its own thing, “制作政策解读21个” another; “确认有效…” is a review's finding;
 * a part listed under another count (“公开信息309条，其中…有效规范性文件2件”) is that count's.
 */
function table1Stated(report: Report, item: string, column: string): NarrativeFigure | null {
  const items = METRIC_LEXICON.flatMap(({ target, say }) => (target.table === "table1" ? say.map((s) => ({ say: s, mine: target.item === item })) : []));
  const itemWords = items.map((i) => i.say);
  const words = TABLE1_COLUMN_WORDS.find((c) => c.column === column)?.say ?? [];
  const columnWords = TABLE1_COLUMN_WORDS.flatMap((c) => c.say);
  if (!items.some((i) => i.mine) || !words.length) return null;
  const mineAt = (text: string): boolean | null => {
    const last = lastOf(text, itemWords);
    return last ? items.some((i) => i.mine && i.say === last.say) : null;
  };
  return (
    report.narrative.find((f) => {
      if (!COUNTS.test(f.unit) || f.parts || f.read === "unsure" || WIDER_FIELD.test(f.says)) return false;
      const clause = f.says.replace(/\s*\d[\d,，.]*\s*(?:余|多)?\s*\S$/u, "");
      const col = lastOf(clause, columnWords);
      if (!col || !words.includes(col.say) || /[不未非]$/u.test(clause.slice(0, col.at))) return false;
      const before = clause.slice(0, col.at);
      if (JUDGED.test(before) || residue(clause.slice(col.end), itemWords)) return false;
      const at = f.sentence.indexOf(f.says);
      const sentence = f.sentence.slice(0, at).split("。").at(-1) ?? "";
      // a part listed under (其中) another count (“公开各类信息309条，其中…有效规范性文件2件”) is that count's
      const upTo = sentence + f.says;
      const under = upTo.lastIndexOf("其中");
      const parent = under < 0 ? "" : (upTo.slice(0, under).split(/[，,；;]/u).filter((c) => /\d/u.test(c)).at(-1) ?? "");
      if (parent && mineAt(parent) !== true) return false;
      const own = mineAt(clause);
      if (own !== null) return own;
      // no item in the clause: the sentence's, when the clause names nothing else
      return !residue(before, itemWords) && mineAt(sentence) === true;
    }) ?? null
  );
}

/** Verbs of deciding a case or an application: what table 1's 本年处理决定数量 counts. */
const DECIDED = /办结|作出|做出|实施|办理|查处|处理|审结/u;
/** Verbs of publishing or recording a decision already made (公示行政许可55条): not deciding it. */
const PUBLISHED = /公示|公开|发布|上传|归集|报送|录入|推送|更新/u;

/**
 * 本年处理决定数量 of 行政许可, 行政处罚, 行政强制 (the one count their rows have) as the text states it:
 * the item's name right before the number, a verb of deciding before it — in its clause, or said once
 * before a list it is an item of (“共办结行政许可事项9110件、行政处罚203件、实施行政强制15件”). A case
 * counted, never a record of it (条), never a publishing verb (公示行政处罚203件), never a finding.
 */
function decisionsStated(report: Report, item: string): NarrativeFigure | null {
  const names = METRIC_LEXICON.flatMap(({ target, say }) => (target.table === "table1" && target.item === item && target.column === "decisions" ? say.filter((w) => /^\p{Script=Han}{4,}$/u.test(w)) : []));
  if (!names.length) return null;
  const named = new RegExp(`(?:${names.join("|")})(?:事项|案件|决定书?)?$`, "u");
  return (
    report.narrative.find((f) => {
      // 项 as well: “决定处理行政许可0项”
      if (!/^(?:件|起|宗|项)$/u.test(f.unit) || f.parts || f.read === "unsure" || WIDER_FIELD.test(f.says)) return false;
      const clause = f.says.replace(/\s*\d[\d,，.]*\s*(?:余|多)?\s*\S$/u, "");
      const m = named.exec(clause);
      if (!m) return false;
      const before = clause.slice(0, m.index);
      const at = f.sentence.indexOf(f.says);
      // the words said once before the list this figure is an item of
      const start = Math.max(...["，", ",", "；", ";", "。", "：", ":"].map((c) => f.sentence.lastIndexOf(c, at - 1))) + 1;
      const head = f.sentence.slice(start, at);
      const own = DECIDED.exec(before);
      const verb = own ? before : /、\s*$/u.test(head) ? head : "";
      const said = verb.slice(verb.search(DECIDED));
      // nothing but 共, 的 … between its own verb and the item (“共办结行政许可事项”, not “办结涉及行政处罚的信访件”)
      const between = own ? before.slice(own.index + own[0].length) : before;
      return DECIDED.test(verb) && !PUBLISHED.test(said) && !JUDGED.test(said) && !/[不未非]$/u.test(before) && !residue(between, names);
    }) ?? null
  );
}

/** The narrative's statement of a table-2 result group or reason, or of a table-1 cell, or null. */
export function statedRow(report: Report, metric: Metric, columns: string[]): NarrativeFigure | null {
  if (metric.table === "table2") return columns.length === 0 || columns.join() === "total" ? table2Stated(report, metric.rows) : null;
  if (metric.table === "table1") {
    // the column this report's template has for it (行政许可多少项 of a 2021 report: its decisions, figure-value.ts)
    const column = table1ColumnIn(report.template, metric) ?? metric.column;
    return table1Stated(report, metric.item, column) ?? (column === "decisions" ? decisionsStated(report, metric.item) : null);
  }
  return null;
}
