/**
 * Table 3 is fifteen cells, group × column: 行政复议, 行政诉讼 未经复议直接起诉, 行政诉讼 复议后起诉 ×
 * 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. A question names one cell, a group's 总计, or 行政诉讼
 * as a whole (the two suit groups, said with both inputs) — never a sum over the table.
 * Before the fix “复议后起诉的行政诉讼有多少件” summed both suit groups (ganzhou-2023: 57 for 18).
 * The values below are all different, so any wrong cell or sum shows.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { AnswerSchema } from "../../src/index/schema.ts";
import { makeReport } from "../helpers/report.ts";
import { answerReply, plainText } from "../../src/bot/render.ts";

const ROW = "1 2 3 4 10 5 6 7 8 26 9 10 11 12 42";
const HEAD = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n";
const title = "永和县人民政府2023年政府信息公开工作年度报告";
const text = `${title}\n${HEAD}${ROW}\n`;
const report = makeReport({
  agency: "永和县人民政府",
  region: "永和县",
  title,
  text,
  sections: [{ no: 4, heading: "四、政府信息公开行政复议、行政诉讼情况", start: title.length + 1, end: text.length }],
  spans: { table3: { start: text.indexOf(ROW), end: text.indexOf(ROW) + ROW.length } },
  table3: {
    review: { upheld: 1, corrected: 2, other: 3, pending: 4, total: 10 },
    suit_direct: { upheld: 5, corrected: 6, other: 7, pending: 8, total: 26 },
    suit_after_review: { upheld: 9, corrected: 10, other: 11, pending: 12, total: 42 },
  },
});
const answerer = createAnswerer([report], { today: () => new Date("2026-11-23") });
const ask = (q: string) => AnswerSchema.parse(answerer.answer(q));

describe("table 3: one cell, a group's 总计, or 行政诉讼 as a whole", () => {
  it.each([
    ["永和县2023年复议后起诉的行政诉讼有多少件", 42],
    ["永和县2023年复议后起诉的行政诉讼尚未审结多少件", 12],
    ["永和县2023年复议后起诉尚未审结的有多少件", 12],
    ["永和县2023年行政诉讼中复议后起诉结果维持几件", 9],
    ["永和县2023年未经复议直接起诉的案件结果纠正几件", 6],
    ["永和县2023年直接起诉的行政诉讼总计", 26],
    ["永和县2023年行政复议多少件", 10],
    ["永和县2023年行政复议结果维持多少件", 1],
    ["永和县2023年行政复议其他结果", 3],
  ])("%s → %d", (q, value) => {
    const a = ask(q);
    expect(a).toMatchObject({ status: "answered", kind: "figure" });
    expect(a.figures.map((f) => f.value)).toEqual([value]);
  });

  it("行政诉讼 as a whole is the two suit groups, and the answer says so with both inputs", () => {
    const a = ask("永和县2023年行政诉讼多少件");
    expect(a.figures.map((f) => f.value)).toEqual([26 + 42]);
    expect(a.figures[0]?.label).toContain("未经复议直接起诉 26 + 复议后起诉 42");
    const pending = ask("永和县2023年行政诉讼尚未审结多少件");
    expect(pending.figures.map((f) => f.value)).toEqual([8 + 12]);
    expect(pending.figures[0]?.label).toContain("未经复议直接起诉 8 + 复议后起诉 12");
  });

  it("行政复议 and 行政诉讼 asked together are two figures, never their sum", () => {
    const a = ask("永和县2023年行政复议和行政诉讼各多少件");
    expect(a.status).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([10, 68]);
  });

  it("asked for their total (一共, 合计), the sum is given as a sum, with both parts", () => {
    for (const q of ["永和县2023年行政复议和行政诉讼一共多少件", "永和县2023年行政复议与行政诉讼合计多少件"]) {
      const a = ask(q);
      expect(a).toMatchObject({ status: "answered", kind: "figure" });
      expect(a.figures.map((f) => f.value)).toEqual([10 + 68]);
      expect(a.figures[0]?.label).toContain("行政复议 10 + 行政诉讼 68");
      expect(a.notes.join("")).toContain("报告没有印出这一合计");
    }
  });

  it("the quote of a table-3 cell names the group and the column, and the cell's place in the row", () => {
    const a = ask("永和县2023年复议后起诉的行政诉讼有多少件");
    expect(a.quotes[0]?.text).toBe(ROW);
    expect(a.quotes[0]?.cell).toBe("行政诉讼 · 复议后起诉 · 总计：这一行第 15 个数，即 42");
    expect(a.text).toContain("复议后起诉 · 总计：这一行第 15 个数，即 42");
    // Telegram and Feishu show it too
    expect(plainText(answerReply(a))).toContain("表中位置：行政诉讼 · 复议后起诉 · 总计：这一行第 15 个数，即 42");
    const sum = ask("永和县2023年行政诉讼多少件");
    expect(sum.quotes[0]?.cell).toContain("未经复议直接起诉 · 总计：这一行第 10 个数，即 26");
    expect(sum.quotes[0]?.cell).toContain("复议后起诉 · 总计：这一行第 15 个数，即 42");
  });

  it("a breakdown's quote says where each group's cells stand", () => {
    const a = ask("永和县2023年行政诉讼情况");
    expect(a.kind).toBe("breakdown");
    expect(a.figures.map((f) => f.value)).toEqual([5, 6, 7, 8, 26, 9, 10, 11, 12, 42]);
    expect(a.figures.map((f) => f.label)).toContain("行政诉讼 · 复议后起诉 · 尚未审结");
    expect(a.quotes[0]?.cell).toContain("行政诉讼 · 复议后起诉：这一行第 11–15 个数");
  });

  it("gives no place when the quoted row does not hold the cell where the template puts it", () => {
    // the row as printed here has 14 numbers: the place cannot be confirmed, the labels still show
    const short = "1 2 3 4 10 5 6 7 8 26 9 10 11 42";
    const t = `${title}\n${HEAD}${short}\n`;
    const r = makeReport({ ...report, text: t, spans: { table3: { start: t.indexOf(short), end: t.indexOf(short) + short.length } } });
    const a = createAnswerer([r]).answer("永和县2023年复议后起诉的行政诉讼有多少件");
    expect(a.quotes[0]?.cell).toBe("行政诉讼 · 复议后起诉 · 总计");
  });
});
