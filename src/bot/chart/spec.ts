/**
 * Which answers come with a chart and what it shows: a trend (columns by year), a ranking, a
 * comparison or a breakdown (bars). The chart's data are the answer's figures, unchanged; its title
 * is the answer's heading and its footer the source line, so a chart shared alone still says what
 * it is and where the numbers stand.
 */
import type { Answer } from "../../index/schema.ts";
import { compactRows, formatValue, heading, leadLine, sourceLines } from "../render.ts";

export interface Chart {
  /** Columns over time (trend) or horizontal bars (ranking, comparison, breakdown). */
  shape: "columns" | "bars";
  title: string;
  unit: string;
  bars: { label: string; value: number; text: string }[];
  /** Source lines, shown under the chart. */
  footer: string[];
}

const CHARTED = new Set(["trend", "ranking", "comparison", "breakdown"]);
/** More bars than this read better as a list. */
const MAX_BARS = 30;

export function chartOf(answer: Answer): Chart | null {
  const figures = answer.figures;
  if (answer.status !== "answered" || !CHARTED.has(answer.kind) || figures.length < 2 || figures.length > MAX_BARS) return null;
  // One unit per chart: bars of different units cannot share an axis.
  const CASE_COUNT = /^(?:件|条|起|宗)$/u;
  const unit = figures[0]?.unit ?? "";
  // 件, 条, 起, 宗 all count cases (a report's text may say 申请24条): one axis, each bar its own unit
  const sameAxis = (u: string) => u === unit || (CASE_COUNT.test(u) && CASE_COUNT.test(unit));
  if (figures.some((f) => !sameAxis(f.unit)) || figures.some((f) => !Number.isFinite(f.value))) return null;
  const { shared, labels } = compactRows(figures);
  const lead = leadLine(answer);
  const leadStatesValue = figures.some((f) => lead.includes(formatValue(f.value, f.unit)));
  return {
    shape: answer.kind === "trend" ? "columns" : "bars",
    title: heading(leadStatesValue ? "" : lead, shared) || shared,
    unit,
    bars: figures.map((f, i) => ({ label: labels[i] ?? "", value: f.value, text: formatValue(f.value, f.unit) })),
    footer: sourceLines(figures).map((s) => `出处：${s}`),
  };
}
