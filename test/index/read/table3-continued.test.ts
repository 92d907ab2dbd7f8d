/**
 * Table 3 in pdftotext's default mode of a chromium PDF whose 15-column table is wider than the
 * text (outside round 24): the row is printed one number to a line, its first cells after the
 * header words and the rest after sections 五 and 六 (pdftotext prints the cells standing right of
 * the text's column after it). Only the first part was in the table's region: “表三：只读到 12 个数值
 * （应为 15 个），未采用”, and every 行政复议/行政诉讼 question of these reports was refused.
 *
 * The row is read on when its continuation is proven by count, place and sums: the lines after the
 * region holding a number alone are one run of exactly the missing cells, and every group then adds
 * up. The fixtures in test/fixtures/flowed-table3/ are invented reports printed with the same tools
 * (make.py: chromium --print-to-pdf, then pdftotext); the others are those texts changed by hand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { parseReport } from "../../../src/index/read/report.ts";
import { TABLE3_COLUMNS, TABLE3_GROUPS } from "../../../src/index/template.ts";

const LING = "苕岭县人民政府2024年政府信息公开工作年度报告.txt"; // 11 values in the region, 4 after 六
const FU = "鄜水区司法局2025年政府信息公开工作年度报告.txt"; // 7 in the region, 8 after 六
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/flowed-table3/${name}`, import.meta.url), "utf8");
const cells = (t: Record<string, Record<string, number | null> | null> | null) => TABLE3_GROUPS.flatMap((g) => TABLE3_COLUMNS.map((c) => t?.[g]?.[c] ?? null));
const squash = (s: string) => s.replace(/\s+/g, "");

/** The text with the lines after section 六's sentence (the row's last cells) replaced. */
function withTail(text: string, tail: string[]): string {
  const at = text.indexOf("本年度未收取信息处理费。");
  const end = text.indexOf("\n", at);
  return `${text.slice(0, end)}\n\n${tail.join("\n\n")}\n\n\f`;
}

describe("table 3 whose last cells pdftotext prints after sections 五 and 六", () => {
  it("reads the whole row, in order, when the cells after the text fill it and every group adds up", () => {
    // 行政复议 1·2·0·1 → 4; 直接起诉 0·1·0·1 → 2; 复议后起诉 2·0·1·2 → 5 (11 + 4)
    expect(cells(parseReport(fixture(LING), LING).table3)).toEqual([1, 2, 0, 1, 4, 0, 1, 0, 1, 2, 2, 0, 1, 2, 5]);
    // 行政复议 all 0; 直接起诉 1·0·0·0 → 1; 复议后起诉 0·0·0·3 → 3 (7 + 8: a group split, a whole group after the text)
    expect(cells(parseReport(fixture(FU), FU).table3)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 3, 3]);
  });

  it("marks the cells read after the text as placed, saying where they were printed", () => {
    const r = parseReport(fixture(LING), LING);
    expect(r.readings["table3.review.total"]).toBeUndefined();
    expect(r.readings["table3.suit_after_review.total"]?.read).toBe("realigned");
    expect(r.readings["table3.suit_after_review.total"]?.reason).toContain("印在表格之后的正文后面");
  });

  it("answers with the printed figure, quoted verbatim, the continuation said", () => {
    const ling = parseReport(fixture(LING), LING);
    const fu = parseReport(fixture(FU), FU);
    const bot = createAnswerer([ling, fu]);
    const text = squash(fixture(LING) + fixture(FU));
    const cases: [string, number][] = [
      ["苕岭县2024年行政复议案件有几件", 4],
      ["苕岭县2024年复议后又起诉的行政诉讼多少件", 5],
      ["苕岭县2024年未经复议直接起诉的尚未审结几件", 1],
      ["鄜水区司法局2025年复议后起诉多少件", 3],
      ["鄜水区司法局2025年直接起诉的行政诉讼几件", 1],
    ];
    for (const [q, want] of cases) {
      const a = bot.answer(q);
      expect(a.status, q).toBe("answered");
      expect(a.figures.map((f) => f.value), q).toEqual([want]);
      for (const quote of a.quotes) expect(text, q).toContain(squash(quote.text));
    }
    expect(bot.answer("苕岭县2024年复议后起诉多少件").notes.join("")).toContain("印在表格之后的正文后面");
  });

  it("leaves the row unread when the continuation is not proven", () => {
    const text = fixture(LING);
    // one more number alone on a line after the table (a page number, a figure on its own line): which are the row's?
    expect(parseReport(withTail(text, ["0", "1", "2", "5", "3"]), LING).table3).toBeNull();
    // the right count, but 复议后起诉 does not add up (2 + 0 + 1 + 2 ≠ 6)
    expect(parseReport(withTail(text, ["0", "1", "2", "6"]), LING).table3).toBeNull();
    // the right count, but not one run: a line of text between them
    expect(parseReport(withTail(text, ["0", "1", "附件：", "2", "5"]), LING).table3).toBeNull();
    // fewer than the cells missing
    expect(parseReport(withTail(text, ["2", "5"]), LING).table3).toBeNull();
  });

  it("never reads a cell as 0 that the page does not print", () => {
    const a = createAnswerer([parseReport(withTail(fixture(LING), ["0", "1", "2", "6"]), LING)]).answer("苕岭县2024年复议后起诉多少件");
    expect(a.figures.map((f) => f.value)).not.toContain(0);
    expect(a.figures.map((f) => f.value)).not.toContain(6);
  });
});
