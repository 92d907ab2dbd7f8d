/**
 * A WeChat article's tables pasted as text lines, the cells joined by a bar: “行政规范性文件｜1｜0｜7”,
 * “（一）予以公开：3｜1｜0｜0｜0｜0｜4” (outside round 19). A full-width bar “｜” is a cell separator as
 * “|” is: before, table 2 was not read at all (“表二：1 个数值无法组成完整的一行”) and table 1's
 * “1｜0｜7” was taken for glued digits, offering 现行有效's 7 as 本年废止.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { randomFigures } from "../../helpers/figures.ts";
import { renderReport } from "../../helpers/render-report.ts";

/** Each tab row as a line of bar-separated cells; a row of seven values (table 2) after “label：”. */
function pasted(text: string, bar: string): string {
  return text
    .split("\n")
    .map((l) => {
      if (!l.includes("\t")) return l;
      const cells = l.split("\t").map((c) => c.trim()).filter(Boolean);
      const values = cells.filter((c) => /^[\d.,]+$/.test(c));
      const labels = cells.filter((c) => !/^[\d.,]+$/.test(c));
      if (!values.length) return cells.join(bar);
      if (!labels.length) return values.join(bar);
      return values.length === 7 ? `${labels.join("")}：${values.join(bar)}` : `${labels.join("")}${bar}${values.join(bar)}`;
    })
    .join("\n");
}

describe.each(["｜", "|"])("cells separated by “%s”", (bar) => {
  it.each([1, 2, 3, 4])("reads every figure of the 2021 template (seed %i)", (seed) => {
    const f = randomFigures(seed, "2021");
    const r = parseReport(pasted(renderReport(f, { layout: "tabs", spans: "drop" }), bar), "wechat.html.txt");
    expect(r.table1).toEqual(f.table1);
    expect(r.table2).toEqual(f.table2);
    expect(r.table3).toEqual(f.table3);
  });
});

it("reads “行政规范性文件｜1｜0｜7” as three cells, not glued digits", () => {
  const text = [
    "某县文化广电旅游局2024年政府信息公开工作年度报告",
    "二、主动公开政府信息情况",
    "第二十条第（一）项｜本年制发件数｜本年废止件数｜现行有效件数",
    "规章｜0｜0｜0",
    "行政规范性文件｜1｜0｜7",
    "第二十条第（五）项 行政许可 本年处理决定数量｜21",
  ].join("\n");
  const r = parseReport(text, "wechat.txt");
  expect(r.table1["normative"]).toEqual({ issued: 1, repealed: 0, in_force: 7 });
  expect(r.readings?.["table1.normative.repealed"]).toBeUndefined();
});
