/**
 * pdftotext's default mode prints table 3 as its fifteen header words on one line and then its
 * values one per line, in page flow — a page break can even put the last values after sections
 * 五 and 六. The first value line is no row aligned under the header: reading it so placed its one
 * number under 结果维持 and took every other column for a blank 0 (“该栏印为空白，按 0 计”), stating
 * 0 for groups printed with cases. Each cell is now either the printed figure or not read.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { TABLE3_COLUMNS, TABLE3_GROUPS } from "../../../src/index/template.ts";
import { randomFigures, type Figures } from "../../helpers/figures.ts";
import { renderReport } from "../../helpers/render-report.ts";

const HEADER = "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计";

function flowed(f: Figures, valuesBefore: number): string {
  const text = renderReport(f, { layout: "pdf-default" });
  const values = TABLE3_GROUPS.flatMap((g) => TABLE3_COLUMNS.map((c) => f.table3[g]?.[c] ?? 0));
  const start = text.indexOf("四、政府信息公开行政复议");
  const five = text.indexOf("五、存在的主要问题");
  const table3 = ["四、政府信息公开行政复议、行政诉讼情况", "行政诉讼", "", "行政复议", "", "未经复议直接起诉", "", "复议后起诉", "", HEADER, ...values.slice(0, valuesBefore).flatMap((v) => [String(v), ""])].join("\n");
  const rest = text.slice(five).trimEnd() + "\n\n" + values.slice(valuesBefore).flatMap((v) => [String(v), ""]).join("\n");
  return `${text.slice(0, start)}${table3}\n${rest}`;
}

const cells = (r: { table3: Record<string, Record<string, number | null> | null> | null }) => TABLE3_GROUPS.flatMap((g) => TABLE3_COLUMNS.map((c) => r.table3?.[g]?.[c] ?? null));

describe("table 3 in pdftotext default mode: header words on one line, values one per line", () => {
  const f: Figures = {
    ...randomFigures(7002),
    agency: "荷溆县人民政府",
    year: 2021,
    table3: {
      review: { upheld: 0, corrected: 3, other: 1, pending: 0, total: 4 },
      suit_direct: { upheld: 2, corrected: 0, other: 1, pending: 0, total: 3 },
      suit_after_review: { upheld: 0, corrected: 0, other: 1, pending: 1, total: 2 },
    },
  };
  const printed = cells({ table3: f.table3 });

  it("twelve values before section 五, the last three after 六: no cell is a 0 the page does not print", () => {
    const r = parseReport(flowed(f, 12), "hexu-2021.txt");
    const got = cells(r);
    got.forEach((v, i) => {
      const key = `table3.${TABLE3_GROUPS[Math.floor(i / 5)]}.${TABLE3_COLUMNS[i % 5]}`;
      expect(v === null || v === printed[i] || r.readings[key]?.read === "unsure", `${key} read ${v}, printed ${printed[i]}`).toBe(true);
    });
    expect(r.readings["table3.review.total"]?.reason ?? "").not.toContain("印为空白");
  });

  it("all fifteen values before section 五: read as printed, in order", () => {
    const r = parseReport(flowed(f, 15), "hexu-2021.txt");
    expect(cells(r)).toEqual(printed);
  });
});
