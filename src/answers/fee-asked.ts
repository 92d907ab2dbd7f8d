/**
 * 收费了吗 / 是否收费 / 收了多少费 asked of an information-disclosure report means the 信息处理费 of
 * section 六 (“本年度未收取信息处理费”, “向2名申请人收取信息处理费80元”): answered with that
 * statement, quoted — its amount as the figure when it prints one — and table 1's 行政事业性收费 (the
 * fees the body charges in its own work, another thing) given apart, in a note, never instead. A
 * question naming the table's item (行政事业性收费, 收费金额) or asking 收费多少 gets table 1 as before.
 */
import type { Answer, Report } from "../index/schema.ts";
import { answerText } from "./compose.ts";
import { narrativeFigureOf, narrativeQuoteOf, readMetric, sectionName } from "./figures.ts";
import { isMoney } from "./amount.ts";
import { numberText } from "./number-text.ts";
import { quoteOf } from "./verbatim.ts";
import type { Metric, Question } from "./understand.ts";

/** Whether the body charged, or what it charged — not how much of the table's 收费 item. */
const CHARGED_ASKED = /收费(?:了)?(?:吗|么|没有|没|与否)|是否(?:有)?收(?:取)?费|有没有收(?:取)?费|收没收费|收不收费|收(?:取)?(?:了)?费用(?:吗|没有|了吗)?|收了(?:多少)?费|收过费/u;
/** The table's own words: 行政事业性收费, 收费金额, 收费项目. */
const TABLE_WORDS = /事业性|收费金额|收费项目/u;
/** 信息处理费, 信息公开处理费, 政府信息公开信息处理费. */
const PROCESSING_FEE = /处理费/u;

/** 收费了吗 of the 收费 item, or the 信息处理费 named (收取信息处理费了吗, 信息处理费多少) with no table figure. */
export function asksCharged(q: Question): boolean {
  if (!q.metric) return PROCESSING_FEE.test(q.text);
  return q.metric.table === "table1" && q.metric.item === "fees" && !TABLE_WORDS.test(q.text) && CHARGED_ASKED.test(q.text);
}

const FEES: Metric = { table: "table1", item: "fees", column: "amount_10k_yuan", label: "行政事业性收费 · 本年收费金额（单位：万元）" };

/** The report's statement of the 信息处理费, or null when it has none (table 1 answers then). */
export function chargedAnswer(question: string, q: Question, report: Report, notes: string[]): Answer | null {
  const passages = report.passages.filter((p) => PROCESSING_FEE.test(p.text));
  if (!passages.length) return null;
  const table = readMetric(report, FEES, [], { quote: false });
  const tableNote = table.value !== null && !table.doubts ? [`表一“行政事业性收费”是另一项（机关依法收取的行政事业性收费，不是信息处理费）：${numberText(table.value)} ${table.unit}（${table.source.replace(/^《[^》]*》/u, "")}）。`] : [];
  const read = PROCESSING_FEE.test(q.text) ? [] : ["“收费”按政府信息公开的信息处理费理解。"];
  const amount = report.narrative.find((n) => isMoney(n.unit) && n.read !== "unsure" && PROCESSING_FEE.test(n.sentence));
  const a: Answer = amount
    ? { question, status: "answered", kind: "figure", figures: [narrativeFigureOf(report, amount)], quotes: [narrativeQuoteOf(report, amount)], notes: [...notes, ...read, ...tableNote], choices: [], text: "" }
    : { question, status: "answered", kind: "search", figures: [], quotes: passages.slice(0, 2).map((p) => quoteOf(report, p.text, sectionName(report, p.section))), notes: [...notes, ...read, ...tableNote], choices: [], text: "" };
  a.text = answerText(a);
  return a;
}
