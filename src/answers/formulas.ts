/**
 * The indicators evaluators compute from a report's tables, each a formula over printed figures:
 * 公开率, a result's share (不予公开率 …), an applicant column's share, 办结率, 纠错率 (行政复议,
 * 行政诉讼), and the rate of a table-3 result. `evaluate` reads every input off the report (never
 * guessing one), and gives the value in percent with the formula written out with its numbers —
 * or why it cannot be computed (an input the report lacks, a denominator of 0).
 *
 * @example
 * evaluate(ganzhou2023, DISCLOSURE_RATE(["total"])).text
 * // “公开率 =（予以公开 716 + 部分公开 158）÷ 办理结果总计 1504 × 100% = 58.11%”
 */
import type { AnswerFigure, Quote, Report } from "../index/schema.ts";
import { resultRows, rowsOfGroup, TABLE3_COLUMN_LABELS, type Table3Column, type Table3Group } from "../index/template.ts";
import { cellReading } from "../index/readings.ts";
import { columnLabel } from "./figures.ts";
import { readStated } from "./stated.ts";
import { table1ColumnFor, table2RowsFor, type Metric } from "./lexicon.ts";

/** A printed figure in a formula, added or (sign −1) taken away. */
export interface Term {
  metric: Metric;
  columns: string[];
  /** The figure's short name inside the formula: “予以公开”, “办理结果总计”. */
  name: string;
  sign?: 1 | -1;
}

export interface Formula {
  /** “disclosure_rate”, “share.refused”, “correction_rate.review” …: the figure id is `indicator.<id>`. */
  id: string;
  /** “公开率”, “不予公开率”, “自然人占比”. */
  name: string;
  numerator: Term[];
  denominator: Term[];
  /** Said with every answer, e.g. how 败诉 maps onto the template's columns. */
  note?: string;
}

export interface Evaluation {
  formula: Formula;
  /** Percent, two decimals; null when it cannot be computed (see `missing`). */
  value: number | null;
  /** The inputs as answer figures, each with its own source; in formula order. */
  inputs: AnswerFigure[];
  /** “公开率 =（予以公开 716 + 部分公开 158）÷ 办理结果总计 1504 × 100% = 58.11%”, or the formula without numbers. */
  text: string;
  /** The denominator's value (rankings leave out small ones). */
  denominator: number | null;
  quotes: Quote[];
  /** The report's own disagreements and repairs that touch an input. */
  notes: string[];
  /** Why value is null, in words for the user. */
  missing?: string;
  /** Inputs the reader was unsure of (“予以公开：…reason”): the indicator is unsure too. */
  unsure: string[];
}

// ---------------------------------------------------------------------------------------------
// The indicators

const t2 = (rows: string[], name: string, columns: string[], sign: 1 | -1 = 1): Term => ({ metric: { table: "table2", rows, label: name }, columns, name, sign });
const t3 = (groups: Table3Group[], column: Table3Column, name: string, sign: 1 | -1 = 1): Term => ({
  metric: { table: "table3", groups, column, label: name },
  columns: [],
  name,
  sign,
});
const RESULTS_TOTAL = "办理结果总计";

/** 公开率 = (予以公开 + 部分公开) ÷ 办理结果总计. */
export function disclosureRate(columns: string[]): Formula {
  return {
    id: "disclosure_rate",
    name: "公开率",
    numerator: [t2(["granted"], "予以公开", columns), t2(["partly_granted"], "部分公开", columns)],
    denominator: [t2(["results_total"], RESULTS_TOTAL, columns)],
  };
}

/** 办结率 = 办理结果总计 ÷ (本年新收 + 上年结转). */
export function completionRate(columns: string[]): Formula {
  return {
    id: "completion_rate",
    name: "办结率",
    numerator: [t2(["results_total"], RESULTS_TOTAL, columns)],
    denominator: [t2(["new"], "本年新收", columns), t2(["carried_in"], "上年结转", columns)],
  };
}

/**
 * A result row's or group's share of all results (不予公开率 = 不予公开 ÷ 办理结果总计), or null
 * when the rows are not results.
 */
export function resultShare(rows: string[], name: string, columns: string[], asked: string): Formula | null {
  const results = new Set([...resultRows("2021"), ...resultRows("2019")]);
  if (!rows.length || !rows.every((r) => results.has(r))) return null;
  return {
    id: `share.${shareId(rows)}`,
    name: `${name}${asked}`,
    numerator: [t2(rows, name, columns)],
    denominator: [t2(["results_total"], RESULTS_TOTAL, columns)],
  };
}

function shareId(rows: string[]): string {
  for (const g of ["refused", "unavailable", "not_processed", "other"] as const) {
    const all = rowsOfGroup("2021", g);
    if (all.length === rows.length && all.every((r) => rows.includes(r))) return g;
  }
  return rows.join("+");
}

/**
 * An applicant column's share of its row (自然人占本年新收的比例 = 自然人 ÷ 总计);
 * 法人或其他组织 is the five organisation columns.
 */
export function applicantShare(rows: string[], rowName: string, columns: string[], asked: string): Formula {
  const col = columnLabel(columns);
  return {
    id: `applicant_share.${rows.join("+")}.${columns.join("+")}`,
    name: `${col}${asked}`,
    numerator: [t2(rows, `${rowName} · ${col}`, columns)],
    denominator: [t2(rows, `${rowName} · 总计`, ["total"])],
  };
}

const GROUP_NAMES: Record<Table3Group, string> = { review: "行政复议", suit_direct: "未经复议直接起诉", suit_after_review: "复议后起诉" };

/**
 * A table-3 result's rate among the decided cases (纠错率 = 结果纠正 ÷ (总计 − 尚未审结)), summed
 * over the groups (行政诉讼 = both suit groups); 尚未审结 is a share of 总计.
 */
export function table3Rate(groups: Table3Group[], column: Exclude<Table3Column, "total">, name: string, note?: string): Formula {
  const per = (c: Table3Column, sign: 1 | -1 = 1) => groups.map((g) => t3([g], c, `${GROUP_NAMES[g]} · ${TABLE3_COLUMN_LABELS[c]}`, sign));
  const denominator = column === "pending" ? per("total") : [...per("total"), ...per("pending", -1)];
  return { id: `${rateId(column)}.${groups.join("+")}`, name, numerator: per(column), denominator, ...(note ? { note } : {}) };
}

function rateId(column: Table3Column): string {
  return column === "corrected" ? "correction_rate" : `table3_rate.${column}`;
}

// ---------------------------------------------------------------------------------------------
// Evaluating

const pct = (v: number) => Math.round(v * 10000) / 100;

function termId(t: Term): string {
  const m = t.metric;
  if (m.table === "table2") return `table2.${m.rows.join("+")}.${(t.columns.length ? t.columns : ["total"]).join("+")}`;
  if (m.table === "table1") return `table1.${m.item}.${m.column}`;
  return `table3.${m.groups.join("+")}.${m.column}`;
}

/** The table cells a term reads, keyed as report.readings keys them (“table2.granted.total”). */
function cellsOf(report: Report, t: Term): string[] {
  const m = t.metric;
  if (m.table === "table2") {
    const rows = table2RowsFor(m.rows, report.template);
    const cols = t.columns.length ? t.columns : ["total"];
    return rows.flatMap((r) => cols.map((c) => `table2.${r}.${c}`));
  }
  if (m.table === "table3") return m.groups.map((g) => `table3.${g}.${m.column}`);
  const col = table1ColumnFor(m.item, m.column, report.template);
  return col ? [`table1.${m.item}.${col}`] : [];
}

/** Why an input is unsure, or null when each of its cells was read with confidence. */
export function unsureReason(report: Report, t: Term): string | null {
  const reasons = cellsOf(report, t).flatMap((k) => {
    const r = cellReading(report, k);
    return r.read === "unsure" ? [r.reason ?? "读取不确定"] : [];
  });
  return reasons.length ? `${t.name}：${[...new Set(reasons)].join("；")}` : null;
}

/** Read every input and compute the formula; nothing is computed from a missing input. */
export function evaluate(report: Report, f: Formula, opts: { quote?: boolean } = {}): Evaluation {
  const withQuote = opts.quote !== false;
  const inputs: AnswerFigure[] = [];
  const quotes: Quote[] = [];
  const notes: string[] = [];
  const lacking: string[] = [];
  const unsure: string[] = [];
  const read = (terms: Term[]) => {
    let sum: number | null = 0;
    let shown = "";
    terms.forEach((t, i) => {
      const sign = t.sign ?? 1;
      shown += i ? (sign < 0 ? " − " : " + ") : sign < 0 ? "−" : "";
      // a table the reader could not read: the input as the narrative states it (“其中予以公开238件”), cited as 正文
      const r = readStated(report, t.metric, t.columns, { quote: withQuote });
      if (r.value === null) {
        lacking.push(r.missing ?? `没有“${t.name}”`);
        sum = null;
        shown += `${t.name} ?`;
        return;
      }
      const doubt = unsureReason(report, t) ?? (r.doubts?.length ? `${t.name}：${r.doubts.map((d) => d.reason).join("；")}` : null);
      if (doubt) unsure.push(doubt);
      inputs.push({ agency: report.agency, region: report.region, year: report.year, metric: termId(t), label: t.name, value: r.value, unit: r.unit, source: r.source });
      if (r.quote && !quotes.some((q) => q.text === r.quote?.text)) quotes.push(r.quote);
      notes.push(...r.notes);
      if (sum !== null) sum += sign * r.value;
      shown += `${t.name} ${r.value}`;
    });
    return { sum: sum as number | null, shown: terms.length > 1 ? `（${shown}）` : shown };
  };
  const num = read(f.numerator);
  const den = read(f.denominator);
  const definition = `${f.name} = ${num.shown} ÷ ${den.shown} × 100%`;
  const doubt = unsure.length ? [`计算所用的数字有读取不确定的（${unsure.join("；")}），这个${f.name}因此也不确定。`] : [];
  const base = { formula: f, inputs, quotes, notes: [...new Set([...doubt, ...notes, ...(f.note ? [f.note] : [])])], denominator: den.sum, unsure };
  if (num.sum === null || den.sum === null) {
    return { ...base, value: null, text: definition, missing: [...new Set(lacking)].join("；") };
  }
  if (den.sum === 0) {
    return { ...base, value: null, text: `${definition}：分母为 0`, missing: `${den.shown.replace(/[（）]/gu, "")} 为 0，${f.name}无从计算` };
  }
  const value = pct(num.sum / den.sum);
  // every formula here is a part over its whole: over 100% from figures read off the text, one of them
  // is not the quantity its name says (another channel's 办结 …), so nothing is stated
  if (value > 100 && inputs.some((i) => i.source.endsWith("（正文）"))) {
    return { ...base, value: null, text: definition, missing: `正文中读出的数字彼此不合（${num.shown.replace(/[（）]/gu, "")} 大于 ${den.shown.replace(/[（）]/gu, "")}），其中必有一个不是这里所要的数字，${f.name}无从计算，请以报告原文为准` };
  }
  return { ...base, value, text: `${definition} = ${value}%` };
}
