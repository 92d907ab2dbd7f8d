/**
 * Page questions (报告一共几页, 第2页是什么) are not answered with the report's main figures (outside
 * round 11 got a breakdown of eight): the bot keeps no pages and says so; a figure asked with its
 * page is given with its place in the report, and a note that the page is not known. Invented report.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const figures = randomFigures(31, "2021", "苕溪县人民政府", 2023);
const answerer = createAnswerer([parseReport(renderReport(figures, { layout: "tabs" }), "tiaoxi-2023.txt")], { today: () => new Date("2026-11-30") });

describe("questions about pages", () => {
  it("几页, 第2页是什么, 页数: not_found, no figure, and what can be asked instead", () => {
    for (const q of ["苕溪县2023年报告一共几页", "苕溪县2023年报告第2页是什么", "苕溪县2023年的年报有多少页", "苕溪县2023年报告页数", "苕溪县2023年报告第二页写了什么"]) {
      const a = answerer.answer(q);
      expect(a.status, `${q}: ${a.text}`).toBe("not_found");
      expect(a.figures, q).toEqual([]);
      expect(a.text).toContain("页数和每一页的内容读不到");
    }
  });

  it("a figure asked with its page: the figure and its place, and the page said to be unknown", () => {
    const a = answerer.answer("苕溪县2023年依申请公开的数字在第几页");
    expect(a.figures.map((f) => f.value)).toEqual([figures.table2["new"]?.["total"]]);
    expect(a.notes.join()).toContain("页码读不到");
  });
});
