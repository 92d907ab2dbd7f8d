/**
 * A table-1 item printed with fewer numbers than its columns (round 24: “行政规范性文件 5 82” read from a row
 * whose 本年废止 was lost): which column each number belongs to is not known. The answer must not offer
 * another column's number as the one asked (“本年废止件数：读到的是 82 件，但不能确认” — 82 was 现行有效):
 * no column gets a number, and the answer says which numbers were read on the row, and quotes it.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { parseReport } from "../../../src/index/read/report.ts";
import { cellReading } from "../../../src/index/readings.ts";
import { randomFigures } from "../../helpers/figures.ts";
import { renderReport, type Layout } from "../../helpers/render-report.ts";

const FILE = "浔阳区人民政府2023年政府信息公开工作年度报告.txt";
const f = { ...randomFigures(7300), agency: "浔阳区人民政府", year: 2023 };

function withLine(layout: Layout, label: string, line: string): string {
  const text = renderReport(f, { layout, spans: "grid" });
  const t1 = text.indexOf("二、主动公开");
  const t2 = text.indexOf("三、收到");
  const table = text
    .slice(t1, t2)
    .split("\n")
    .map((l) => (l.trim().startsWith(label) ? line : l))
    .join("\n");
  return text.slice(0, t1) + table + text.slice(t2);
}

describe.each<Layout>(["pdf-layout", "tabs"])("table 1 (%s): 行政规范性文件 printed with 2 of its 3 numbers", (layout) => {
  const sep = layout === "tabs" ? "\t" : "                ";
  const r = parseReport(withLine(layout, "行政规范性文件", `行政规范性文件${sep}7${sep}64`), FILE);

  it("no column of the row is given a number; each cell is unsure, the reason names the numbers read", () => {
    for (const c of ["issued", "repealed", "in_force"]) {
      expect(r.table1["normative"]?.[c] ?? null).toBeNull();
      const how = cellReading(r, `table1.normative.${c}`);
      expect(how.read).toBe("unsure");
      expect(how.reason).toContain("7、64");
    }
  });

  it.each(["废止规范性文件几件", "本年制发的行政规范性文件多少件", "现行有效规范性文件多少件"])("%s: no number offered as the one asked, the row quoted", (what) => {
    const a = createAnswerer([r]).answer(`浔阳区2023年${what}`);
    expect(a.status).toBe("not_found");
    expect(a.figures).toEqual([]);
    expect(a.text).not.toMatch(/读到的是 \d/u);
    expect(a.text).toContain("7、64");
    expect(a.quotes[0]?.text).toMatch(/行政规范性文件\s+7\s+64/u);
  });

  it("guard: the other items of table 1 are read as printed", () => {
    expect(r.table1["rules"]).toEqual(f.table1.rules);
    expect(r.table1["penalty"]).toEqual(f.table1.penalty);
  });
});
