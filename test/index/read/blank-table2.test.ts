/**
 * A table 2 printed blank throughout (every row its label over empty cells: a body that received no
 * application). Round 17 had five (HTML, Word, ruled PDF); the reader dropped every empty cell as
 * the blank template's and said “表二未能读出”, as if the table were an image. No sum can confirm a
 * 0 there (sums of blanks always hold): the cells are read as 0 only when the text says no
 * application came in, each said so in the answer; otherwise nothing is read, and the answer says
 * the table is printed blank — never a 0 the report does not state.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { parseReport } from "../../../src/index/read/report.ts";
import { cellReading } from "../../../src/index/readings.ts";
import { TABLE2_COLUMNS } from "../../../src/index/template.ts";
import { randomFigures } from "../../helpers/figures.ts";
import { renderReport, type Layout } from "../../helpers/render-report.ts";

const FILE = "浔阳区人民政府2023年政府信息公开工作年度报告.txt";
const f = { ...randomFigures(6200), agency: "浔阳区人民政府", year: 2023 };

/** The report with every number of table 2 left out of its cells; `says` added under （二）依申请公开. */
function blankTable2(layout: Layout, says: string): string {
  const text = renderReport(f, { layout, spans: "grid", narrative: "none" }).replace("（二）依申请公开\n", `（二）依申请公开\n\n${says}\n`);
  const from = text.indexOf("三、收到");
  const to = text.indexOf("四、政府信息公开行政复议");
  const table = text
    .slice(from, to)
    .split("\n")
    .map((l) => l.split("\t").map((c) => (/^\s*\d+\s*$/.test(c) ? "" : c)).join("\t"))
    .join("\n");
  return text.slice(0, from) + table + text.slice(to);
}

describe("a table 2 printed blank in every row, in explicit cells", () => {
  it.each(["tabs", "html"] as Layout[])("%s: with the text saying no application came in, every cell is 0, said printed blank", (layout) => {
    const r = parseReport(blankTable2(layout, "2023年，本机关未收到政府信息公开申请。"), FILE);
    for (const id of ["new", "carried_in", "granted", "refused.third_party", "results_total", "carried_out"]) {
      expect(r.table2[id], id).toEqual(Object.fromEntries(TABLE2_COLUMNS.map((c) => [c, 0])));
    }
    expect(cellReading(r, "table2.partly_granted.total")).toMatchObject({ read: "derived", reason: expect.stringContaining("整张表各栏均印为空白") });
    expect(r.warnings).not.toContain("表二：全表缺失");
    // tables 1 and 3 as printed
    expect(r.table1["licensing"]).toEqual(f.table1.licensing);
    const a = createAnswerer([r]).answer("浔阳区2023年部分公开几件");
    expect(a.status).toBe("answered");
    expect(a.figures[0]?.value).toBe(0);
    expect(a.text).toContain("整张表各栏均印为空白");
  });

  it("without such a sentence nothing is read, and the answer says the table is printed blank, not that it could not be read", () => {
    const r = parseReport(blankTable2("tabs", "2023年，本机关依法办理政府信息公开申请。"), FILE);
    expect(Object.values(r.table2).every((row) => row === null)).toBe(true);
    expect(r.warnings).toContain("表二：整张表各栏均印为空白，没有印出数字");
    const a = createAnswerer([r]).answer("浔阳区2023年部分公开几件");
    expect(a.status).toBe("not_found");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("整张表各栏均印为空白");
    expect(a.text).not.toContain("未能读出");
  });
});
