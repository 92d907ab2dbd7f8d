/**
 * 2019-template tables as CMS pages carry them when pasted from Word (test/helpers/word-html-2019.ts):
 * rowspan on the 申请人情况 header rows and on the 三、本年度办理结果 / （三）（四）（五） block labels,
 * colspan on 法人或其他组织, 行政诉讼 and the 第二十条 item headers, Word markup in every cell. With
 * zeros left blank (&nbsp;) this lost most of table 2 and put table-1 values under the wrong item
 * (规章 took 规范性文件's numbers): now every figure is read or plainly unread, never wrong.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { readSource } from "../../../src/index/sources/index.ts";
import { cellReading } from "../../../src/index/readings.ts";
import { table2Rows } from "../../../src/index/template.ts";
import type { Report } from "../../../src/index/schema.ts";
import { differences, unread } from "../../helpers/compare.ts";
import { expectedFigures, randomFigures, type Figures } from "../../helpers/figures.ts";
import { wordHtml2019, type WordHtmlOptions } from "../../helpers/word-html-2019.ts";

const zhangshu = { ...(expectedFigures().find((e) => e.file === "zhangshu-2020.txt") as Figures), agency: "樟树市人民政府" };
const read = async (f: Figures, o: WordHtmlOptions = {}): Promise<Report> => {
  const { text } = await readSource("report.html", new TextEncoder().encode(wordHtml2019(f, o)));
  return parseReport(text, "report.html");
};
const RESULTS = table2Rows("2019").filter((r) => !["new", "carried_in", "results_total", "carried_out"].includes(r.id));

describe("2019-template Word HTML with rowspan/colspan", () => {
  it("zhangshu-2020's hand-read figures come back from the merged-cell table", async () => {
    const r = await read(zhangshu);
    expect({ agency: r.agency, year: r.year, template: r.template }).toEqual({ agency: "樟树市人民政府", year: 2020, template: "2019" });
    expect(differences(r, zhangshu)).toEqual([]);
  });

  it.each([{ blankZeros: true }, { blankZeros: true, resultRowspan: 22, spacerRow: true }])("zeros left blank (%o): no figure wrong, every result row read", async (o) => {
    for (const f of [zhangshu, ...Array.from({ length: 12 }, (_, i) => randomFigures(700 + i, "2019"))]) {
      const r = await read(f, o);
      // Unread is allowed where nothing proves a blank row is 0 (both 结转 rows empty, a table-1 item);
      // a wrong figure never is.
      expect(differences(r, f, { unknownOk: [1, 2, 3] }), f.agency).toEqual([]);
      // zhangshu-2020's own table does not add up (自然人 49 ≠ 48): there the sums prove nothing.
      if (f === zhangshu) continue;
      for (const row of RESULTS) expect(r.table2[row.id], row.id).toEqual(f.table2[row.id]);
      expect(unread(r, 2)).toBeLessThanOrEqual(14);
    }
  });

  it("a printed empty result row is 0: its empty cells keep their columns in the grid, the column sums confirm them", async () => {
    const f = randomFigures(706, "2019");
    const r = await read(f, { blankZeros: true });
    expect(r.table2["not_processed.confirmation"]).toEqual(f.table2["not_processed.confirmation"]);
    // read as 0 by its place, confirmed by the sums, and said to be printed blank
    expect(cellReading(r, "table2.not_processed.confirmation.total")).toEqual({ read: "derived", reason: "该行各栏印为空白，按 0 计" });
    expect(r.checks.filter((c) => !c.holds)).toEqual([]);
    expect(r.spans["table2.not_processed.confirmation"]).toBeDefined();
  });
});

describe("rows printed empty next to rows with numbers (tab text)", () => {
  const head = "樟树市人民政府2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\t\t\t\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n";

  it("table 1: an empty 规章 row never takes 规范性文件's numbers; blank zeros keep their columns", () => {
    const r = parseReport(`${head}规章\t\t\t\n规范性文件\t\t\t274\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t\t\t1\t0\t0\t0\t0\t0\t1\n`, "t.txt");
    // 规章 printed over empty cells: its own zeros, said printed blank (session 12), never 规范性文件's 274
    expect(r.table1["rules"]).toEqual({ made: 0, published: 0, total_published: 0 });
    expect(cellReading(r, "table1.rules.total_published")).toEqual({ read: "derived", reason: "该栏印为空白，按 0 计" });
    expect(r.table1["normative"]).toEqual({ made: 0, published: 0, total_published: 274 });
  });

  it("table 2: numbers after an empty row's label and a group heading belong to the heading's row", () => {
    const f = randomFigures(706, "2019");
    const r = parseReport(
      `${head}规章\t1\t1\t1\n三、收到和处理政府信息公开申请情况\n\t（五）不予处理\t5.要求行政机关确认或重新出具已获取信息\t\t\t\t\t\t\t\n\t（六）其他处理\t\t29\t0\t0\t0\t0\t0\t29\n`,
      "t.txt",
    );
    expect(f.table2["other"]?.["total"]).toBe(29);
    expect(r.table2["other"]).toEqual({ natural_person: 29, commercial: 0, research: 0, public_interest: 0, legal_service: 0, other_org: 0, total: 29 });
    expect(r.table2["not_processed.confirmation"]?.["total"]).not.toBe(29);
  });

  it("table 3: a row with blank zeros at both ends is the fifteen cells", () => {
    const row = ["", "", "3", "", "3", "", "", "", "", "", "1", "", "", "", "1"].join("\t");
    const r = parseReport(`${head}规章\t1\t1\t1\n四、政府信息公开行政复议、行政诉讼情况\n${row}\n五、存在的主要问题及改进情况\n无。\n`, "t.txt");
    expect(r.table3?.["review"]).toEqual({ upheld: 0, corrected: 0, other: 3, pending: 0, total: 3 });
    expect(r.table3?.["suit_after_review"]).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
  });
});
