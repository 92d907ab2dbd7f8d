/**
 * A table figure the tables do not give (tables that were images, a row the text lost) as the
 * narrative states it (“共收到信息公开申请22起”, “全年未收到依申请公开来信”): the same Reading
 * readMetric gives, with the sentence as its quote and a note that it comes from the text. Single
 * figures, comparisons, trends and changes from the year before all read through it, so a report
 * whose tables were not read still answers what its text says.
 */
import type { Report } from "../index/schema.ts";
import { narrativeStatement } from "../index/read/text-vs-table.ts";
import { narrativeQuoteOf, readMetric, sectionName, type Reading } from "./figures.ts";
import type { Metric } from "./lexicon.ts";
import { narrativeDoubt } from "./unsure.ts";

/** The whole-year count the narrative may state for this metric (text-vs-table.ts), or null. */
export function narrativeKey(metric: Metric, columns: string[]): string | null {
  if (metric.table === "table2") return metric.rows.length === 1 && (columns.length === 0 || columns.join() === "total") ? `table2.${metric.rows[0]}` : null;
  if (metric.table !== "table3" || metric.column !== "total") return null;
  if (metric.groups.join() === "review") return "table3.review";
  return metric.groups.length === 2 && metric.groups.includes("suit_direct") && metric.groups.includes("suit_after_review") ? "table3.suits" : null;
}

/** readMetric, or when the table lacks the figure, the narrative's statement of it (marked 正文). */
export function readStated(report: Report, metric: Metric, columns: string[], opts: Parameters<typeof readMetric>[3] = {}): Reading {
  const r = readMetric(report, metric, columns, opts);
  if (r.value !== null || r.doubts) return r;
  const key = narrativeKey(metric, columns);
  const stated = key ? narrativeStatement(report, key) : null;
  if (!stated) return r;
  const why = `${r.missing ?? "表格中没有这一数字"}，数字取自正文${stated.parts ? `（${stated.parts.join(" + ")}）` : ""}。`;
  return {
    value: stated.value,
    // as printed: “申请22起”, “予以公开的申请14条”
    unit: stated.unit || "件",
    label: r.label,
    source: `《${report.title}》${sectionName(report, stated.section)}（正文）`,
    quote: narrativeQuoteOf(report, stated),
    notes: [...r.notes, why],
    ...(stated.read === "unsure" ? { doubts: narrativeDoubt(stated) } : {}),
  };
}
