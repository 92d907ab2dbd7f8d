/**
 * A prefecture-level city with a district, a county and a county-level city printed under it, and one
 * 市 nothing places (invented names): the county-level fields (区县, 各县（市、区）, 县区) never take the
 * prefecture and name what they left out and why; the field words people use for a place's bodies
 * (全市部门, 市直部门, 各委办局, 各街道乡镇, 街道办事处) are the field — added up, ranked, or the one body
 * meant — never the place's government's own figure; 去年 beside a year named is the year before it.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { makeReport } from "../helpers/report.ts";

/** agency → [本年新收, 予以公开] in 2023; 2024 is one more of each. */
const BODIES: [string, number, number][] = [
  ["岫宁市人民政府", 246, 73],
  ["岫宁市发展和改革委员会", 30, 10],
  ["岫宁市公安局", 123, 40],
  ["岫宁市住房和城乡建设局", 20, 5],
  ["岫宁市沩北区人民政府", 36, 11],
  ["岫宁市沩北区人力资源和社会保障局", 8, 2],
  ["岫宁市沩北区柳巷街道办事处", 0, 0],
  ["岫宁市沩北区白沙镇人民政府", 3, 1],
  ["岫宁市梓湖市人民政府", 49, 20],
  ["岫宁市蓟门县人民政府", 30, 9],
  ["沧浦市人民政府", 70, 30],
];
const reports = BODIES.flatMap(([agency, n, g]) =>
  [2023, 2024].map((year) =>
    makeReport({ agency, region: identify(agency).region, year, file: `${agency}${year}.txt`, table2: { new: { total: n + year - 2023 }, granted: { total: g + year - 2023 } } as never }),
  ),
);
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const answered = (q: string) => {
  const a = answerer.answer(q);
  expect(a.status, a.text).toBe("answered");
  return a;
};

describe("county-level fields under a prefecture", () => {
  it.each(["2024年各县（市、区）依申请公开排名", "2024年哪个区县依申请公开最多", "2024年各县区依申请公开排名"])("%s: the district, the county and the county-level city; the prefecture named as left out", (q) => {
    const a = answered(q);
    expect(a.figures.map((f) => f.agency)).toEqual(["岫宁市梓湖市人民政府", "岫宁市沩北区人民政府", "岫宁市蓟门县人民政府"]);
    expect(a.text).toContain("岫宁市是地级市");
    expect(a.text).toContain("沧浦市不在地名表中");
  });
});

describe("field words for a place's bodies", () => {
  it.each([
    ["2024年岫宁市全市部门予以公开合计多少件", 58],
    ["2023年岫宁市市直部门依申请公开一共多少件", 173],
    ["2023年岫宁市市直各部门依申请公开一共多少件", 173],
  ])("%s: the departments added up (%d), not the government's figure", (q, sum) => {
    const a = answered(q);
    expect(a.figures[0]?.value).toBe(sum);
    expect(a.figures[0]?.agency).not.toBe("岫宁市人民政府");
  });

  it("各委办局 and 各街道乡镇 are ranked", () => {
    expect(answered("2023年岫宁市各委办局依申请公开排名").figures.map((f) => f.agency)).toEqual(["岫宁市公安局", "岫宁市发展和改革委员会", "岫宁市住房和城乡建设局"]);
    expect(answered("2023年沩北区各街道乡镇依申请公开排名").figures.map((f) => f.agency)).toEqual(["岫宁市沩北区白沙镇人民政府", "岫宁市沩北区柳巷街道办事处"]);
  });

  it("街道办事处 after a place is its street (the one there), or none — never the place's government", () => {
    const a = answered("2023年沩北区街道办事处依申请公开");
    expect(a.figures[0]?.agency).toBe("岫宁市沩北区柳巷街道办事处");
    expect(a.figures[0]?.value).toBe(0);
    const none = answerer.answer("2023年蓟门县街道办事处依申请公开多少件");
    expect(none.status).toBe("not_found");
    expect(none.figures).toEqual([]);
  });
});

describe("去年 beside a year named", () => {
  it.each(["沩北区2024年予以公开较去年增加多少", "沩北区2024年予以公开和去年比增加了多少"])("%s is 2024 against 2023", (q) => {
    const a = answered(q);
    expect(a.text).toContain("比 2023 年多 1 件");
  });
});
