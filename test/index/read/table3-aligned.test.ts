/**
 * Table 3 in pdftotext -layout text whose empty cells are blank (outside round 19: “表三：只读到 10 个
 * 数值（应为 15 个），未采用”): each number stands under its column's header words, so it is read by
 * position — only when every number is under exactly one column — the empty columns as 0 (印为空白),
 * each group still adding up. A number between two columns is never placed.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";

const TOP = [
  "某县财政局2024年政府信息公开工作年度报告",
  "一、总体情况",
  "2024年，我局共收到政府信息公开申请9件，全部按时办结。",
  "三、收到和处理政府信息公开申请情况",
  "（略）",
  "四、政府信息公开行政复议、行政诉讼情况",
  "",
];
const END = ["", "五、存在的主要问题及改进情况", "无。"];

const templateRow = (row: string) => [
  ...TOP,
  "          行政复议                                          行政诉讼",
  "                                     未经复议直接起诉                            复议后起诉",
  "结果   结果    其他    尚未    总",
  "维持   纠正    结果    审结    计     结果      结果   其他   尚未       总       结果      结果   其他      尚未   总",
  "                             维持      纠正   结果   审结       计       维持      纠正   结果      审结   计",
  row,
  ...END,
].join("\n");

const HEAD = "        类别        结果维持     结果纠正    其他结果   尚未审结     总计";
/** A group's row: its label, then each value at its column's place under HEAD (column index → value). */
function row(label: string, values: Record<number, number>): string {
  const cols = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((h) => HEAD.indexOf(h) + 1);
  let line = label;
  for (const [c, v] of Object.entries(values)) line = line.padEnd(cols[Number(c)] ?? 0) + String(v);
  return line;
}
const transposed = (rows: string[]) => [...TOP, HEAD, ...rows, ...END].join("\n");

describe("table 3 by position in space-aligned text with blank cells", () => {
  it("the template's row of fifteen: each number under its column, the blanks 0 and said so", () => {
    const r = parseReport(templateRow(" 2                     2      2           1     1       4       2            1       1    4"), "layout.txt");
    expect(r.table3).toEqual({
      review: { upheld: 2, corrected: 0, other: 0, pending: 0, total: 2 },
      suit_direct: { upheld: 2, corrected: 0, other: 1, pending: 1, total: 4 },
      suit_after_review: { upheld: 2, corrected: 0, other: 1, pending: 1, total: 4 },
    });
    expect(r.readings["table3.suit_after_review.corrected"]?.reason).toBe("该栏印为空白，按 0 计");
    expect(r.readings["table3.suit_after_review.total"]).toBeUndefined();
  });

  it("transposed (a row per group): each number under its column, a group printed empty is 0", () => {
    const r = parseReport(
      transposed([row("     行政复议", { 3: 1, 4: 1 }), "行政诉讼（未经复议直接起诉）", row(" 行政诉讼（复议后起诉）", { 0: 1, 1: 1, 2: 1, 4: 3 })]),
      "layout.txt",
    );
    expect(r.table3).toEqual({
      review: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      suit_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      suit_after_review: { upheld: 1, corrected: 1, other: 1, pending: 0, total: 3 },
    });
    expect(r.readings["table3.suit_direct.total"]?.reason).toBe("该栏印为空白，按 0 计");
  });

  it("a number standing between two columns is never placed", () => {
    // the first “1” sits between 纠正 and 结果 of 行政复议
    const r = parseReport(templateRow("        1                1                                          1    1    2"), "layout.txt");
    expect(r.table3).toBeNull();
  });

  it("a group that does not add up with its blanks as 0 is not read by position", () => {
    const r = parseReport(templateRow(" 2                     3      2           1     1       4       2            1       1    4"), "layout.txt");
    expect(r.table3?.["review"]?.["total"] ?? null).not.toBe(3);
  });
});
