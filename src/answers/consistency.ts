/**
 * “XX局2024年的表格有没有对不上的地方”, “报告数字有没有对不上”: the report's consistency check —
 * what /check answers: how many rules hold, each one that breaks with both numbers, the tables
 * that were not read — not a text search for the question's words.
 */
import type { Answer, Report } from "../index/schema.ts";
import { checkLine, groupedWarnings, uncheckedTables } from "../index/checks.ts";
import { unsureCells } from "../index/readings.ts";
import type { Question } from "./understand.ts";

const ASKS = /对不上|对得上|不一致|一致吗|是否一致|一致不一致|不相符|相符吗|不吻合|吻合吗|矛盾|勾稽|核对|有没有错|有无错误|有错吗|算错|出错/u;
/** At most this many broken rules are listed; /check pages through all. */
const SHOWN = 8;

/** The question asks whether the report's numbers agree, not for a number. */
export function asksConsistency(q: Question): boolean {
  return ASKS.test(q.text) && !q.quantity && !/多少|几[件条个项次]|是几/u.test(q.text);
}

export function consistencyAnswer(question: string, report: Report, notes: string[]): Answer {
  const broken = report.checks.filter((c) => !c.holds);
  const unsure = unsureCells(report);
  const unchecked = uncheckedTables(report);
  const lines = [
    `${report.agency} ${report.year} 年报告 · 勾稽核对：` +
      (unchecked ? `${unchecked}。` : "") +
      (report.checks.length ? `共 ${report.checks.length} 条规则，${report.checks.length - broken.length} 条成立，${broken.length} 条不成立。` : "这份报告没有可核对的表格数据。"),
    ...(broken.length
      ? ["不成立：", ...broken.slice(0, SHOWN).map(checkLine), ...(broken.length > SHOWN ? [`另有 ${broken.length - SHOWN} 条。`] : [])]
      : report.checks.length
        ? [unchecked ? "已读出的数字没有发现对不上的地方；未读出的部分无法核对。" : "报告自身的数字没有发现对不上的地方。"]
        : []),
    ...(unsure.length ? [`另有 ${unsure.length} 个单元格读取不确定，未计入核对。`] : []),
    ...groupedWarnings(report.warnings),
    ...notes.map((n) => `注：${n}`),
    `明细：/check ${report.agency} ${report.year}`,
  ];
  return { question, status: "answered", kind: "check", figures: [], quotes: [], notes, choices: [], text: lines.join("\n") };
}
