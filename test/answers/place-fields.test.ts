/**
 * Places asked about together without naming a body of each (invented 澜汀市 and its three counties,
 * test/helpers/three-counties.ts): a list of places then one department (甲县、乙县、丙县的民政局),
 * a department of a level of places (哪个县的教育局, 三个县的财政局), the counties under a city whose
 * government has no report (澜汀市哪个县, 澜汀市下面哪个县) and places counted (三个县政府, 三县).
 * A body outside what was asked is never an entry.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { threeCountyReports } from "../helpers/three-counties.ts";
import { makeReport } from "../helpers/report.ts";

const answerer = createAnswerer(threeCountyReports(), { today: () => new Date("2026-11-30") });
const figures = (q: string) => {
  const a = answerer.answer(q);
  expect(a.status, a.text).toBe("answered");
  return a.figures.map((f) => [f.agency, f.value]);
};

describe("a list of places, then one department: that department of each place", () => {
  it.each([
    ["枫溪县、鹭门县、桐岑县的民政局2023年依申请公开对比", [["枫溪县民政局", 17], ["鹭门县民政局", 22], ["桐岑县民政局", 13]]],
    ["枫溪县和鹭门县的民政局2023年依申请公开对比", [["枫溪县民政局", 17], ["鹭门县民政局", 22]]],
    ["枫溪县、鹭门县与桐岑县财政局2023年依申请公开对比", [["枫溪县财政局", 23], ["鹭门县财政局", 14], ["桐岑县财政局", 9]]],
    // the count sums up the places listed; the body after it is each one's
    ["枫溪、鹭门、桐岑三县的民政局2023年依申请公开对比", [["枫溪县民政局", 17], ["鹭门县民政局", 22], ["桐岑县民政局", 13]]],
    ["枫溪县和鹭门县两县的财政局2023年依申请公开对比", [["枫溪县财政局", 23], ["鹭门县财政局", 14]]],
    // the count said of the bodies, not of the places (三个教育局, 两个财政局, 3个), places of two levels
    ["澜汀市、枫溪县、鹭门县三个教育局2023年依申请公开对比", [["澜汀市教育局", 60], ["枫溪县教育局", 21], ["鹭门县教育局", 24]]],
    ["枫溪县、鹭门县、桐岑县三个民政局2023年依申请公开对比", [["枫溪县民政局", 17], ["鹭门县民政局", 22], ["桐岑县民政局", 13]]],
    ["枫溪县和鹭门县两个财政局2023年依申请公开对比", [["枫溪县财政局", 23], ["鹭门县财政局", 14]]],
    ["枫溪县、桐岑县2个财政局2023年依申请公开对比", [["枫溪县财政局", 23], ["桐岑县财政局", 9]]],
    // each place with its own 的 (甲县的、乙县的…民政局)
    ["枫溪县的、鹭门县的、桐岑县的民政局2023年依申请公开对比", [["枫溪县民政局", 17], ["鹭门县民政局", 22], ["桐岑县民政局", 13]]],
    ["枫溪县的和桐岑县的财政局2023年依申请公开对比", [["枫溪县财政局", 23], ["桐岑县财政局", 9]]],
  ])("%s", (q, want) => {
    expect(figures(q)).toEqual(want);
  });

  it("a place without that body's report that year is said so, never answered with its government", () => {
    const a = answerer.answer("枫溪县、鹭门县和桐岑县的民政局2024年依申请公开对比");
    expect(a.figures.map((f) => f.agency)).toEqual(["枫溪县民政局", "桐岑县民政局"]);
    expect(a.text).toContain("没有鹭门县民政局2024 年的报告");
  });
});

describe("a department of a level of places: the counties' bodies of that name, not the city's", () => {
  it("哪个县的教育局 ranks the three county bureaus, and says the city's is left out", () => {
    const a = answerer.answer("2023年哪个县的教育局依申请公开最多");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["桐岑县教育局", 31], ["鹭门县教育局", 24], ["枫溪县教育局", 21]]);
    expect(a.text).toContain("澜汀市教育局不是县的教育局，未参加比较");
  });

  it("哪个市场监督管理局: the 市 of its name is no level of places", () => {
    expect(figures("2023年哪个市场监督管理局依申请公开最多")).toEqual([["鹭门县市场监督管理局", 44], ["枫溪县市场监督管理局", 41]]);
  });

  it("三个县的财政局谁最多, 三个县的教育局比一比", () => {
    expect(figures("2023年三个县的财政局谁收到申请最多")[0]).toEqual(["枫溪县财政局", 23]);
    expect(figures("三个县的教育局2024年依申请公开比一比")).toEqual([["鹭门县教育局", 35], ["桐岑县教育局", 30], ["枫溪县教育局", 26]]);
  });
});

describe("places counted", () => {
  it("a count that is not the field's size is said, and every body of the field listed", () => {
    const a = answerer.answer("2024年三个县的民政局依申请公开比一比");
    expect(a.figures.map((f) => f.agency)).toEqual(["枫溪县民政局", "桐岑县民政局"]);
    expect(a.text).toContain("问题说的是三个县；已收录的 2024 年报告中各县的民政局有 2 份");
    expect(answerer.answer("三个县的教育局2024年依申请公开比一比").text).not.toContain("问题说的是");
    expect(answerer.answer("2024年依申请公开最多的前三个县").text).not.toContain("问题说的是");
  });
});

describe("the counties under a city whose government has no report", () => {
  it.each(["2024年澜汀市哪个县收到的依申请最多", "澜汀市下面哪个县2024年依申请最多", "2024年澜汀市各县依申请公开排名"])("%s ranks the county governments", (q) => {
    const a = answerer.answer(q);
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["鹭门县人民政府", 131], ["桐岑县人民政府", 102], ["枫溪县人民政府", 95]]);
    // nothing says the counties are 澜汀市's: the answer says it counted them so
    expect(a.text).toContain("按澜汀市下辖计入");
  });

  it("三个县政府…谁最多 ranks the county governments; 枫溪、鹭门、桐岑三县 compares the three named", () => {
    expect(figures("三个县政府2023年依申请公开谁最多")[0]).toEqual(["枫溪县人民政府", 120]);
    expect(figures("枫溪、鹭门、桐岑三县2024年依申请比一比")).toEqual([["枫溪县人民政府", 95], ["鹭门县人民政府", 131], ["桐岑县人民政府", 102]]);
  });
});

describe("what lies under a place is worked out for each set of reports (kept with its names)", () => {
  it("a county printed with its city's name is known to lie under it: the counties nothing places are then left out", () => {
    const q = "2024年澜汀市哪个县收到的依申请最多";
    // asked first over the three counties nothing places (counted under 澜汀市, said so)
    expect(answerer.answer(q).text).toContain("按澜汀市下辖计入");
    const known = makeReport({ agency: "澜汀市苇岸县人民政府", region: "苇岸县", year: 2024, file: "weian-2024.txt", table2: { new: { total: 77 }, granted: { total: 20 } } as never });
    const a = createAnswerer([...threeCountyReports(), known], { today: () => new Date("2026-11-30") }).answer(q);
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["澜汀市苇岸县人民政府", 77]]);
    expect(a.text).not.toContain("下辖计入");
  });
});

describe("levels in a ranking's note", () => {
  it("a city's bureau missing from the gazetteer is 市级 by its name, not 未知层级", () => {
    const text = answerer.answer("2023年哪个教育局依申请公开最多").text;
    expect(text).toContain("市级 1 个、县级 3 个");
    expect(text).not.toContain("未知层级");
  });
});
