/**
 * “行政复议和行政诉讼一共多少件”: the sum asked of table-3 quantities the report prints apart. The
 * report prints no such total, so the answer says it is the sum, with each part, its value and
 * where it stands; asked without 一共/合计 (or with 各/分别) they stay itemised (breakdown.ts).
 */
import type { Answer, AnswerFigure, Report } from "../index/schema.ts";
import { answerText } from "./compose.ts";
import { breakdownParts, breakdownQuote, table3Quantities } from "./breakdown.ts";
import { labelWithParts } from "./figures.ts";
import type { Question } from "./understand.ts";

/** Words asking for a total (also of a field's figures over its reports: answerer.ts poolTotal). */
export const SUM = /一共|总共|合计|共计|加起来|加在一起|合起来|总和|之和|总数|总计|共有|累计/u;
const EACH = /各|分别|各自/u;

/** The question asks one total of several table-3 quantities. */
export function asksSum(q: Question): boolean {
  return q.metric?.table === "table3" && table3Quantities(q.metric.groups).length > 1 && SUM.test(q.text) && !EACH.test(q.text);
}

/** The sum with its parts, or null when a part is missing or unsure (then the parts are itemised, doubts said). */
export function sumAnswer(question: string, q: Question, report: Report, notes: string[]): Answer | null {
  const parts = breakdownParts(report, { ...q, kind: "figure" });
  if (parts.length < 2 || parts.some((p) => p.reading.value === null || p.reading.doubts)) return null;
  const value = parts.reduce((s, p) => s + (p.reading.value as number), 0);
  const short = parts.map((p) => `${p.reading.label} ${p.reading.value}`).join(" + ");
  const shown = parts.map((p) => `${labelWithParts(p.reading)} ${p.reading.value}`).join(" + ");
  const fig: AnswerFigure = {
    agency: report.agency,
    region: report.region,
    year: report.year,
    metric: parts.map((p) => p.metric).join("+"),
    label: `${parts.map((p) => p.reading.label).join("与")}合计（${short}）`,
    value,
    unit: parts[0]?.reading.unit ?? "件",
    // one title, then each part's place in the table
    source: parts.map((p, i) => (i ? p.reading.source.replace(/^《[^》]*》/u, "") : p.reading.source)).join("；"),
  };
  const quote = breakdownQuote(parts);
  const a: Answer = {
    question,
    status: "answered",
    kind: "figure",
    figures: [fig],
    quotes: quote ? [quote] : [],
    notes: [...new Set([...notes, `报告没有印出这一合计，这是各项相加之和：${shown} = ${value}。`, ...parts.flatMap((p) => p.reading.notes)])],
    choices: [],
    text: "",
  };
  a.text = answerText(a);
  return a;
}
