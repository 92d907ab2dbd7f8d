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
import { ON_BEHALF } from "../index/read/text-vs-table.ts";
import { METRIC_LEXICON, TABLE1_COLUMN_WORDS, type Metric } from "./lexicon.ts";

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

/** “…答复19起。其中…”: a sentence opening with 其中 continues the one before it, which is read with it. */
function before(report: Report, f: NarrativeFigure): string {
  if (!/^\s*其中/u.test(f.sentence)) return "";
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
      if (!COUNTS.test(f.unit) || f.parts || f.read === "unsure" || !own.some((p) => ends(f.says, p))) return false;
      const head = before(report, f) + f.sentence.slice(0, f.sentence.indexOf(f.says));
      if (!/申请/u.test(head + f.says) || ON_BEHALF.test(head + f.says)) return false;
      // 其中 after another group's count (“不予公开3件，其中…”) lists that group's parts
      const under = head.lastIndexOf("其中");
      const parent = under < 0 ? "" : (head.slice(0, under).split(/[，,；;。]/u).filter((c) => /\d/u.test(c)).at(-1) ?? "");
      return !others.some((p) => ends(parent.replace(/[，,\s]+$/u, ""), p));
    }) ?? null
  );
}

function table1Stated(report: Report, item: string, column: string): NarrativeFigure | null {
  const items = METRIC_LEXICON.filter((e) => e.target.table === "table1");
  const mine = items.filter((e) => e.target.table === "table1" && e.target.item === item).flatMap((e) => e.say);
  const words = TABLE1_COLUMN_WORDS.find((c) => c.column === column)?.say ?? [];
  if (!mine.length || !words.length) return null;
  const all = items.flatMap((e) => e.say.map((say) => ({ say, mine: e.target.table === "table1" && e.target.item === item })));
  return (
    report.narrative.find((f) => {
      if (!COUNTS.test(f.unit) || f.parts || f.read === "unsure" || !words.some((w) => ends(f.says, w))) return false;
      const head = f.sentence.slice(0, f.sentence.indexOf(f.says) + f.says.length);
      let last: { at: number; mine: boolean } | null = null;
      for (const p of all) {
        const at = head.lastIndexOf(p.say);
        if (at >= 0 && (!last || at > last.at)) last = { at, mine: p.mine };
      }
      return last?.mine === true;
    }) ?? null
  );
}

/** The narrative's statement of a table-2 result group or reason, or of a table-1 cell, or null. */
export function statedRow(report: Report, metric: Metric, columns: string[]): NarrativeFigure | null {
  if (metric.table === "table2") return columns.length === 0 || columns.join() === "total" ? table2Stated(report, metric.rows) : null;
  if (metric.table === "table1") return table1Stated(report, metric.item, metric.column);
  return null;
}
