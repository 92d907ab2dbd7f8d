/**
 * 哪个县 / 各县 / 三个县 is the counties and banners (县, 自治县, 旗) — not a district, not a county-level
 * city — for the governments and for a body at that level alike, and the answer names the county-level
 * places it left out. 县市 / 县（市） add the county-level cities, 县级市 is those alone, 区县市 all three.
 * Invented names (岚江市 is printed under 澜汀市, so it is county-level; 沧浦市 nothing tells).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { makeReport } from "../helpers/report.ts";

const BODIES: [string, number][] = [
  ["澜汀市人民政府", 300],
  ["枫溪县人民政府", 120],
  ["枫溪县教育局", 21],
  ["白音旗人民政府", 90],
  ["白音旗教育局", 22],
  ["汀北区人民政府", 150],
  ["汀北区教育局", 45],
  ["澜汀市岚江市人民政府", 160],
  ["澜汀市岚江市教育局", 50],
  ["沧浦市人民政府", 70],
];
const reports = BODIES.map(([agency, n]) =>
  makeReport({ agency, region: identify(agency).region, year: 2023, file: `${agency}.txt`, table2: { new: { total: n } } as never }),
);
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const ranked = (q: string) => {
  const a = answerer.answer(q);
  expect(a.status, a.text).toBe("answered");
  expect(a.kind, a.text).toBe("ranking");
  return { agencies: a.figures.map((f) => f.agency), text: a.text };
};

describe("a level of places named in a ranking", () => {
  it("哪个县: counties and banners, for governments and departments alike; the district and the county-level city named as left out", () => {
    for (const q of ["2023年哪个县依申请最多", "2023年各县依申请排名"]) {
      const r = ranked(q);
      expect(r.agencies, q).toEqual(["枫溪县人民政府", "白音旗人民政府"]);
      expect(r.text, q).toMatch(/汀北区.*岚江市|岚江市.*汀北区/u);
      expect(r.text, q).toContain("不是县");
    }
    const r = ranked("2023年哪个县的教育局依申请最多");
    expect(r.agencies).toEqual(["白音旗教育局", "枫溪县教育局"]);
    expect(r.text).toContain("不是县的教育局");
  });

  it("县市 / 县（市）: the counties and the county-level cities; a 市 nothing places is said, not ranked", () => {
    for (const q of ["2023年哪个县市依申请最多", "2023年哪个县（市）依申请最多", "2023年各县市依申请排名"]) {
      const r = ranked(q);
      expect(r.agencies, q).toEqual(["澜汀市岚江市人民政府", "枫溪县人民政府", "白音旗人民政府"]);
      expect(r.text, q).toContain("沧浦市不在地名表中");
    }
    expect(ranked("2023年哪个县市的教育局依申请最多").agencies).toEqual(["澜汀市岚江市教育局", "白音旗教育局", "枫溪县教育局"]);
  });

  it("县级市: the county-level cities alone", () => {
    expect(ranked("2023年哪个县级市依申请最多").agencies).toEqual(["澜汀市岚江市人民政府"]);
    expect(ranked("2023年哪个县级市的教育局依申请最多").agencies).toEqual(["澜汀市岚江市教育局"]);
  });
});
