/**
 * What a quantity question measures: an indicator's formula (公开率, 办结率, 纠错率, a share), or a
 * printed figure (for 同比 / 比上年多了多少 of a count, and 纠错 / 败诉 counts, which table 3 prints as
 * 结果纠正) — or why it cannot be measured, or the choices when the words fit several.
 */
import { TABLE3_COLUMN_LABELS, type Table3Column, type Table3Group } from "../index/template.ts";
import { applicantShare, completionRate, disclosureRate, resultShare, table3Rate, type Formula } from "./formulas.ts";
import type { Metric } from "./lexicon.ts";
import type { Question } from "./understand.ts";

export type Measure =
  | { kind: "formula"; formula: Formula }
  | { kind: "figure"; metric: Metric; columns: string[]; /** Figure id, as answers give it. */ id: string; note?: string };

export type MeasureFor = { measure: Measure } | { clarify: string; choices: string[] } | { unsupported: string };

/** 公开率 but not 不予公开率 / 予以公开率 / 部分公开率 / 主动公开率. */
const DISCLOSURE = /(?<![予以不分部]|主动|主動)公[开開](?:率|律|比例|比率|的比例|占比|的占比|百分比)/u;
/** 按期办结率: the template counts what was closed, not what was closed on time. */
const ON_TIME = /(?:按时|按期|及时|按時|及時)(?:办结|辦結|结案|結案|答复|答復)(?:率|律|比例|比率)/u;
const COMPLETION = /(?<!按时|按期|及时|按時|及時)(?:办结|辦結|结案|結案)(?:率|律|比例|比率)/u;
const CORRECTION = /[纠糾][错錯]|[败敗][诉訴]/u;
const LOSS = /[败敗][诉訴]/u;
const WIN = /胜诉|勝訴/u;
const UPHELD_RATE = /维持率|維持率/u;

const SUITS: Table3Group[] = ["suit_direct", "suit_after_review"];
const LOSS_NOTE = "表三没有“败诉”一栏：行政诉讼的“结果纠正”即法院判决纠正了机关的行为（机关败诉），按此计算。";

export function measureFor(q: Question): MeasureFor {
  const ask = q.quantity;
  if (!ask) return { unsupported: "" };
  const text = q.text;
  const columns = q.columns.length ? q.columns : ["total"];
  const onColumns = columns.length === 1 && columns[0] === "total" ? ["total"] : columns;

  if (ask.kind === "average") {
    return { unsupported: "年度报告只印全年的数字，不能算出平均数；可以问每一年的数字（如“历年依申请公开数量”）或各地的数字（排名）。" };
  }
  if (WIN.test(text)) {
    return { unsupported: "表三只分结果维持、结果纠正、其他结果、尚未审结四栏，没有“胜诉”；可以问“行政诉讼结果维持多少件”或“行政诉讼纠错率”。" };
  }
  const asksRatio = ask.kind === "ratio" || /率|律|比例|占比|百分/u.test(text);
  if (asksRatio && ON_TIME.test(text)) return { unsupported: "表二只有办结的件数，没有按期（及时）办结的件数，算不出这一比率。" };

  // Named indicators first: their words also name the rows they are computed from.
  if (asksRatio && DISCLOSURE.test(text)) return formula(disclosureRate(onColumns));
  if (asksRatio && COMPLETION.test(text)) return formula(completionRate(onColumns));
  if (CORRECTION.test(text) || (asksRatio && UPHELD_RATE.test(text))) {
    const column: Exclude<Table3Column, "total"> = UPHELD_RATE.test(text) ? "upheld" : "corrected";
    const groups = LOSS.test(text) ? SUITS : q.metric?.table === "table3" ? (q.metric.groups as Table3Group[]) : null;
    if (!groups) {
      return { clarify: "您问的是行政复议的纠错，还是行政诉讼的？", choices: ["行政复议", "行政诉讼"].map((w) => text.replace(CORRECTION, `${w}纠错`)) };
    }
    const note = LOSS.test(text) ? LOSS_NOTE : undefined;
    if (asksRatio) {
      const which = groups.length === 1 ? (groups[0] === "review" ? "行政复议" : groups[0] === "suit_direct" ? "直接起诉的行政诉讼" : "复议后起诉的行政诉讼") : "行政诉讼";
      const name = `${which}${column === "upheld" ? "维持率" : LOSS.test(text) ? "败诉率" : "纠错率"}`;
      return formula(table3Rate(groups, column, name, note));
    }
    const metric: Metric = { table: "table3", groups, column, label: `${groups.length === 1 && groups[0] === "review" ? "行政复议" : "行政诉讼"} · ${TABLE3_COLUMN_LABELS[column]}` };
    const corrNote = note ?? "表三中“纠错”即“结果纠正”一栏。";
    return { measure: { kind: "figure", metric, columns: [], id: `table3.${groups.join("+")}.${column}`, note: corrNote } };
  }

  const m = q.metric;
  if (asksRatio && ask.kind === "ratio") {
    const asked = /率|律/u.test(ask.phrase) ? "率" : "占比";
    if (m?.table === "table2") {
      // 予以公开占办结总数的比例: the total named as the denominator is not part of what is counted
      const rows = m.rows.length > 1 && m.rows.includes("results_total") ? m.rows.filter((r) => r !== "results_total") : m.rows;
      const rowName = (rows === m.rows ? m.label.split(" · ")[0] : m.label.split(/[、+＋ ·]/u)[0]) ?? m.label;
      const byColumn = !(columns.length === 1 && columns[0] === "total");
      if (asked === "率" || !byColumn) {
        const share = resultShare(rows, rowName, onColumns, asked);
        if (share) return formula(share);
      }
      if (byColumn) return formula(applicantShare(rows, rowName, columns, asked));
      return { unsupported: `“${rowName}”不是一项办理结果，它占什么的比例报告里没有定义；可以问各项办理结果的占比（如不予公开率）或申请人的占比（如自然人申请占比）。` };
    }
    if (m?.table === "table3" && m.column !== "total") {
      const name = `${m.label}${asked === "率" ? "率" : "占比"}`.replace(" · ", "");
      return formula(table3Rate(m.groups as Table3Group[], m.column as Exclude<Table3Column, "total">, name));
    }
    if (m?.table === "table1") return { unsupported: "表一（主动公开）的数字没有可比的分母，不能算比率。" };
    return { unsupported: "这一比率目前不能计算。" };
  }

  // A change from the year before: of an indicator named in the question, or of a printed figure.
  if (ask.kind === "change" || ask.kind === "change_rate") {
    if (!m) return { clarify: "与上一年比较哪一个数字？", choices: [`${text} 依申请公开数量`, `${text} 公开率`] };
    const metricId = m.table === "table2" ? `table2.${m.rows.join("+")}.${columns.join("+")}` : m.table === "table1" ? `table1.${m.item}.${m.column}` : `table3.${m.groups.join("+")}.${m.column}`;
    return { measure: { kind: "figure", metric: m, columns, id: metricId } };
  }
  return { unsupported: "这一项目前不能计算。" };
}

function formula(f: Formula): MeasureFor {
  return { measure: { kind: "formula", formula: f } };
}
