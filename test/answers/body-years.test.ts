/**
 * Bodies compared each in its own year (outside round 21: “邹城市审批局2023年和交通局2022年依申请对比”
 * read both in 2023, and the second had no 2023 report): the year said right after each name, or right
 * before each, is that body's — for a table figure and for a figure only the text states. One year said
 * for all stays one year for all. Texts invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const report = (agency: string, year: number, received: number, site: number) =>
  parseReport(
    [
      `${agency}${year}年政府信息公开工作年度报告`,
      "一、总体情况",
      "（一）主动公开情况",
      `${year}年，通过门户网站发布信息${site}条。`,
      "（二）依申请公开情况",
      `${year}年，共收到政府信息公开申请${received}件，均按期答复。`,
    ].join("\n"),
    `${agency}-${year}.txt`,
  );

const answerer = createAnswerer([
  report("苎溪县财政局", 2022, 5, 140),
  report("苎溪县财政局", 2023, 8, 160),
  report("苎溪县民政局", 2022, 3, 90),
]);
const ask = (q: string) => answerer.answer(q);
const shown = (q: string) => ask(q).figures.map((f) => [f.agency, f.year, f.value]);

describe("each compared body in the year said with it", () => {
  it("the year after each name (a table-row figure and a text figure)", () => {
    expect(shown("苎溪县财政局2023年和民政局2022年依申请对比")).toEqual([
      ["苎溪县财政局", 2023, 8],
      ["苎溪县民政局", 2022, 3],
    ]);
    expect(shown("苎溪县财政局2023年、苎溪县民政局2022年门户网站发布信息条数对比")).toEqual([
      ["苎溪县财政局", 2023, 160],
      ["苎溪县民政局", 2022, 90],
    ]);
  });

  it("the year before each name; a body without a report of its year is said so, the other still read", () => {
    const a = ask("2022年苎溪县财政局和2023年苎溪县民政局依申请公开对比");
    expect(a.figures.map((f) => [f.agency, f.year, f.value])).toEqual([["苎溪县财政局", 2022, 5]]);
    expect(a.text).toContain("没有苎溪县民政局2023 年的报告");
  });

  it("one year said for all is every body's", () => {
    expect(shown("苎溪县财政局和民政局2022年依申请对比")).toEqual([
      ["苎溪县财政局", 2022, 5],
      ["苎溪县民政局", 2022, 3],
    ]);
  });
});
