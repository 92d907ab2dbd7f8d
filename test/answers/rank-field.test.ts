/**
 * The field a ranking runs over (src/answers/who.ts rankPool): the level the question names — 县 is
 * a county, 区 a district, 区县 both — and one-character counties (勉县) are governments like any.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
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
});
