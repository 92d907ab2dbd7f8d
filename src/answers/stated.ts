/**
 * A table figure the tables do not give (tables that were images, a row the text lost) as the
 * narrative states it (“共收到信息公开申请22起”, “全年未收到依申请公开来信”): the same Reading
 * readMetric gives, with the sentence as its quote and a note that it comes from the text. Single
 * figures, comparisons, trends and changes from the year before all read through it, so a report
 * whose tables were not read still answers what its text says.
 */
import type { NarrativeFigure, Report } from "../index/schema.ts";
import { allCarriedOut, carriedInside, narrativeStatement, newLessCarried, otherStatements } from "../index/read/text-vs-table.ts";
import { narrativeQuoteOf, readMetric, sectionName, type Reading } from "./figures.ts";
import type { Metric } from "./lexicon.ts";
import { narrativeDoubt } from "./unsure.ts";
import { statedRow } from "./stated-rows.ts";
import { statedApplicants } from "./stated-applicants.ts";

/** The whole-year count the narrative may state for this metric (text-vs-table.ts), or null. */
export function narrativeKey(metric: Metric, columns: string[]): string | null {
  if (metric.table === "table2") {
    if (columns.length && columns.join() !== "total") return null;
    // 予以公开及部分公开 asked: the text's count of the two together (text-vs-table.ts JOINED_GRANTED)
    if (metric.rows.length === 2 && metric.rows.includes("granted") && metric.rows.includes("partly_granted")) return "table2.granted+partly_granted";
    return metric.rows.length === 1 ? `table2.${metric.rows[0]}` : null;
  }
  if (metric.table !== "table3" || metric.column !== "total") return null;
  if (metric.groups.join() === "review") return "table3.review";
  if (metric.groups.join() === "suit_direct" || metric.groups.join() === "suit_after_review") return `table3.${metric.groups[0]}`;
  return metric.groups.length === 2 && metric.groups.includes("suit_direct") && metric.groups.includes("suit_after_review") ? "table3.suits" : null;
}

/** Table 3's outcome columns as the narrative words them, before or after the number (“1件结果维持，2件结果纠正”). */
const OUTCOME: Partial<Record<string, string>> = { upheld: "(?:结果)?维持", corrected: "(?:结果)?纠正", other: "其他结果", pending: "尚未审结" };

/**
 * A 行政复议 outcome the narrative states (“因不服答复引起行政复议3件，1件结果维持，2件结果纠正”):
 * the number whose own words, just before or just after it, are the outcome's, in a sentence whose
 * last case word before it is 复议 (not 诉讼).
 */
function reviewOutcome(report: Report, metric: Metric): NarrativeFigure | null {
  if (metric.table !== "table3" || metric.groups.join() !== "review") return null;
  const word = OUTCOME[metric.column];
  if (!word) return null;
  const before = new RegExp(`${word}[^，。；、,;\\d]{0,4}$`, "u");
  const after = new RegExp(`^[^，。；、,;\\d]{0,2}${word}`, "u");
  return (
    report.narrative.find((f) => {
      if (!/^(?:件|起|宗)$/u.test(f.unit) || f.parts) return false;
      const at = f.sentence.indexOf(f.says);
      if (at < 0) return false;
      const head = f.sentence.slice(0, at + f.says.length);
      const cases = [...head.matchAll(/复议|诉讼/gu)].map((m) => m[0]);
      if (cases.at(-1) !== "复议") return false;
      return before.test(f.says.replace(/\s*\d[\d,]*\s*(?:件|起|宗)$/u, "")) || after.test(f.sentence.slice(at + f.says.length));
    }) ?? null
  );
}

/**
 * 本年新收 / 上年结转 from a count printed with last year's carried-over inside it, 结转下年度 from a count the text
 * says was all carried over (text-vs-table.ts).
 */
function textCarried(report: Report, key: string | null): NarrativeFigure | null {
  if (key === "table2.carried_out") return allCarriedOut(report);
  return key === "table2.new" ? newLessCarried(report) : key === "table2.carried_in" ? carriedInside(report) : null;
}

/**
 * readMetric, or when the table lacks the figure, the narrative's statement of it (marked 正文).
 * `part`: a single figure's answer may give the one applicant's count the text states for all
 * applications, labelled and said to be a part (stated-applicants.ts); rankings and sums never do.
 */
export function readStated(report: Report, metric: Metric, columns: string[], opts: Parameters<typeof readMetric>[3] & { part?: boolean } = {}): Reading {
  const r = readMetric(report, metric, columns, opts);
  if (r.value !== null && r.doubts) return corroborated(report, metric, columns, r) ?? r;
  if (r.value !== null || r.doubts) return r;
  const key = narrativeKey(metric, columns);
  const whole = (key ? narrativeStatement(report, key) : null) ?? textCarried(report, key) ?? reviewOutcome(report, metric) ?? statedRow(report, metric, columns);
  const applicant = whole ? null : statedApplicants(report, metric, columns);
  const stated = whole ?? (applicant && (!applicant.part || opts.part) ? applicant.figure : null);
  if (!stated) return r;
  // worked out from the text (62 − 3 as 本年新收): the sum said, the label saying the figure is not printed
  const worked = stated.read === "derived" && !stated.parts && stated.reason;
  const why = worked ? `${r.missing ?? "表格中没有这一数字"}；${stated.reason}。` : `${r.missing ?? "表格中没有这一数字"}，数字取自正文${stated.parts ? `（${stated.parts.join(" + ")}）` : ""}。`;
  // “依申请公开受理申请25件”, “依申请信息公开办理有69件”: 受理 and 办理 may count last year's carried-over cases
  // too — the text's word is said, not called 本年新收 as if table 2 printed it (新受理 is the year's new ones)
  const accepted = !worked && key === "table2.new" && !/收到|新收|新增|新受理|接收|收悉|提出|提交/u.test(stated.says) ? (/受理|办理/u.exec(stated.says)?.[0] ?? null) : null;
  const acceptedNote = accepted ? [`正文写的是“${accepted}”${stated.value} ${stated.unit || "件"}，不是表二的“本年新收”：${accepted}的申请可能含上年结转的，表格未读出，无法核对。`] : [];
  const carried = key === "table3.suits" || key === "table3.review" ? carriedCases(report, stated, key) : [];
  // another sentence stating the same count with another number (政府 … 2件, 部门 … 4件): said, never hidden
  const others = key && stated === whole ? otherStatements(report, key, stated).map((f) => `正文另有“${f.says}”（${f.value} ${f.unit || "件"}），与这一数字不同，未采用；请核对所问的是哪一个。`) : [];
  const part = applicant?.part ? [`正文只写了${applicant.who}的申请（“${stated.says}”），没有写申请的总数，也没有写其他申请人的申请：这是其中${applicant.who}的部分，总数无法从这份报告读出。`] : [];
  return {
    value: stated.value,
    // as printed: “申请22起”, “予以公开的申请14条”
    unit: stated.unit || "件",
    label: applicant?.part ? `${r.label} · 其中${applicant.who}` : worked ? `${r.label}（按正文推算）` : accepted ? `${r.label}（正文：${accepted}${stated.value}${stated.unit || "件"}）` : r.label,
    source: `《${report.title}》${sectionName(report, stated.section)}（正文）`,
    quote: narrativeQuoteOf(report, stated),
    notes: [...r.notes, why, ...acceptedNote, ...part, ...carried, ...others],
    ...(stated.read === "unsure" ? { doubts: narrativeDoubt(stated) } : {}),
  };
}

/**
 * “起诉案件1件,正在审理中;结转起诉案件2件,结果维持”: cases carried over from earlier years, stated beside the year's
 * count of the same kind — said in a note, never added to it (the table counts them in the year they came).
 */
function carriedCases(report: Report, stated: NarrativeFigure, key: string): string[] {
  const kind = key === "table3.suits" ? "(?:起诉|诉讼)" : "复议";
  const said = new RegExp(`(?:结转|转结|上年|以前年度|往年)[^，。；,;\\d]{0,6}${kind}`, "u");
  return report.narrative
    .filter((f) => f !== stated && f.sentence === stated.sentence && f.read !== "unsure" && said.test(f.says))
    .map((f) => `正文另写“${f.says}”，是以前年度结转的案件，不计入这一数字。`);
}

/**
 * A table figure read with a doubt (where a cell stands, how glued digits split) that the
 * narrative states as the same number (“共收到政府信息公开申请4件” beside a table read as 4 with its
 * next row unread): the report says it twice, so it is stated — from the table, the sentence named.
 * A different number, a round one or an unsure sentence leaves the doubt.
 */
function corroborated(report: Report, metric: Metric, columns: string[], r: Reading): Reading | null {
  const key = narrativeKey(metric, columns);
  const stated = key ? narrativeStatement(report, key) : null;
  if (!stated || stated.read === "unsure" || stated.value !== r.value || /余|多/u.test(stated.says.slice(-4))) return null;
  const { doubts: _doubts, ...sure } = r;
  const doubt = (r.doubts ?? []).map((d) => d.reason).join("；");
  const says = stated.says.replace(/^[（(]?[一二三四五六七八九十\d]{1,2}[)）]\s*/u, "");
  return { ...sure, notes: [...r.notes, `表格中这一数字的读取有疑问（${doubt}），但报告正文写的是同一个数（“${says}”），两处一致，按此给出。`] };
}
