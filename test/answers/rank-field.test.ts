/**
 * The field a ranking runs over (src/answers/who.ts rankPool): the level the question names — 县 is
 * a county, 区 a district, 区县 both — and one-character counties (勉县) are governments like any.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { narrativeFigures } from "../../src/index/read/narrative.ts";
import { makeReport } from "../helpers/report.ts";

const gov = (agency: string, region: string, received: number) =>
  makeReport({ agency, region, file: `${region}.txt`, table2: { new: { total: received } } });
const answerer = createAnswerer(
  [gov("勉县人民政府", "勉县", 10), gov("甲山县人民政府", "甲山县", 30), gov("乙山区人民政府", "乙山区", 50), gov("丙山市人民政府", "丙山市", 90)],
  { today: () => new Date("2026-11-30") },
);
const ranked = (q: string) => answerer.answer(q).figures.map((f) => f.region);

describe("the level a ranking names", () => {
  it("哪个县 ranks counties only (a district is not a county), 哪个区 districts, 区县 both", () => {
    expect(ranked("2023年哪个县收到的申请最多")).toEqual(["甲山县", "勉县"]);
    expect(ranked("2023年各县依申请公开数量")).toEqual(["甲山县", "勉县"]);
    expect(ranked("2023年哪个区收到的申请最多")).toEqual(["乙山区"]);
    expect(ranked("2023年各区县依申请公开数量")).toEqual(["乙山区", "甲山县", "勉县"]);
    expect(ranked("2023年哪个地方收到的申请最多")).toEqual(["丙山市", "乙山区", "甲山县", "勉县"]);
  });

  it("区县市 (县（市、区）) are the districts, counties and county-level cities; a 市 nothing shows to be one is named, not ranked", () => {
    for (const q of ["2023年哪个区县市政府收到的申请最多", "2023年各县（市、区）依申请公开数量", "2023年哪个区县政府收到的申请最多"]) {
      expect(ranked(q), q).toEqual(["乙山区", "甲山县", "勉县"]);
      expect(answerer.answer(q).text, q).toContain("丙山市不在地名表中，名称也没有写明上级，不知是否县级市，未参加比较");
    }
  });

  it("a development zone's report (its region ends in 区) is not ranked among the districts", () => {
    const zone = makeReport({ agency: "丙山高新技术产业开发区管理委员会", region: "丙山高新技术产业开发区", file: "zone.txt", table2: { new: { total: 500 } } });
    const withZone = createAnswerer([zone, gov("乙山区人民政府", "乙山区", 50), gov("甲山县人民政府", "甲山县", 30)], { today: () => new Date("2026-11-30") });
    for (const q of ["2023年哪个区县市政府收到的申请最多", "2023年哪个区收到的申请最多"]) expect(withZone.answer(q).figures.map((f) => f.region)).not.toContain("丙山高新技术产业开发区");
  });
});

describe("a report whose tables lack the figure ranks by what its text states", () => {
  it("丁山县 (tables unread, “共收到依申请公开55件”) takes its place, said so; one whose text says nothing is named as lacking", () => {
    const textOnly = (agency: string, region: string, sentence: string) => {
      const r = makeReport({ agency, region, file: `${region}.txt`, paragraphs: [sentence] });
      return { ...r, narrative: narrativeFigures(r.passages) };
    };
    const local = createAnswerer(
      [
        gov("甲山县人民政府", "甲山县", 30),
        gov("勉县人民政府", "勉县", 10),
        textOnly("丁山县人民政府", "丁山县", "2023年，全县共收到依申请公开55件，均按期答复。"),
        textOnly("戊山县人民政府", "戊山县", "2023年，全县政务公开工作稳步推进。"),
      ],
      { today: () => new Date("2026-11-30") },
    );
    const a = local.answer("2023年哪个县收到的申请最多");
    expect(a.figures.map((f) => [f.region, f.value])).toEqual([["丁山县", 55], ["甲山县", 30], ["勉县", 10]]);
    expect(a.quotes[0]?.text).toContain("共收到依申请公开55件");
    expect(a.text).toContain("丁山县的表格中没有这一数字，按其正文所述的数字参加排名");
    expect(a.text).toContain("戊山县");
  });
});
