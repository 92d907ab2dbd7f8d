/**
 * Figures the reader could not be sure of (Report.readings, src/index/readings.ts) are never stated
 * as certain. A figure built from an unsure cell is taken out of the answer's figures (which the
 * chat shows in bold) and said in words instead: what was read, and why it is in doubt.
 */
import { cellLabel, isUnsure } from "../index/readings.ts";
import type { Answer, AnswerKind, NarrativeFigure, Quote, Report } from "../index/schema.ts";
import { answerText } from "./compose.ts";

export interface Doubt {
  /** “表二 · 1.属于国家秘密 · 总计” */
  cell: string;
  reason: string;
}

/** The unsure cells among `keys` (“table2.new.total” …), each with its reason. */
export function doubtsOf(report: Pick<Report, "readings">, keys: readonly string[]): Doubt[] {
  return keys.filter((k) => isUnsure(report, k)).map((k) => ({ cell: cellLabel(k), reason: report.readings[k]?.reason ?? "原因未记录" }));
}

/** A narrative figure the reader marked unsure. */
export function narrativeDoubt(f: NarrativeFigure): Doubt[] {
  return f.read === "unsure" ? [{ cell: `正文“${f.says}”`, reason: f.reason ?? "原因未记录" }] : [];
}

/** “表二 · 1.属于国家秘密 · 总计：粘连的数字有多种拆法” joined. */
export function doubtText(doubts: readonly Doubt[]): string {
  return doubts.map((d) => `${d.cell}：${d.reason}`).join("；");
}

/**
 * The words for a figure that could not be read for sure: the value read, marked as unconfirmed,
 * and the reason — never a bare number.
 */
export function unsureSentence(what: string, value: number | null, unit: string, doubts: readonly Doubt[]): string {
  const read = value === null ? "没能读出数字" : `读到的是 ${value}${unit ? ` ${unit}` : ""}，但不能确认`;
  return `${what}：${read}（存疑：${doubtText(doubts)}）。请以报告原文为准。`;
}

/** A figure left out of a list (breakdown, comparison, trend, ranking) because it is unsure. */
export function doubtNote(what: string, value: number | null, unit: string, doubts: readonly Doubt[]): string {
  return `存疑，未列出：${unsureSentence(what, value, unit, doubts)}`;
}

/**
 * The answer for one figure that could not be read for sure: not_found, no figure (a figure is
 * shown in bold as a fact), the value read and the reason in words, and the quote so the reader
 * can look for themself.
 */
export function unsureAnswer(question: string, kind: AnswerKind, what: string, value: number | null, unit: string, doubts: readonly Doubt[], quotes: Quote[], notes: string[]): Answer {
  const a: Answer = { question, status: "not_found", kind, figures: [], quotes, notes: [...new Set(notes)], choices: [], text: "" };
  const rest = answerText(a);
  a.text = [`这一数字没能确定地读出。${unsureSentence(what, value, unit, doubts)}`, ...(rest ? [rest] : [])].join("\n");
  return a;
}
