/**
 * A place's government and one of its own bodies asked about together (X区政府与X区住建局, X市和X市住建局):
 * two bodies compared — never one name glued from both (X区政府住建局), never the body alone with the
 * place dropped. Places sharing one body's name (X县和Y县住建局) stay each place's body. Invented names.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { makeReport } from "../helpers/report.ts";

const BODIES: [string, number][] = [
  ["岫宁市人民政府", 300],
  ["岫宁市住房和城乡建设局", 70],
  ["沩北区人民政府", 150],
  ["沩北区住房和城乡建设局", 45],
  ["沩北区教育局", 30],
  ["蓟门县人民政府", 99],
  ["蓟门县住房和城乡建设局", 12],
];
const reports = BODIES.map(([agency, n]) =>
  makeReport({ agency, region: identify(agency).region, year: 2023, file: `${agency}.txt`, table2: { new: { total: n } } as never }),
);
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const compared = (q: string) => {
  const a = answerer.answer(q);
  expect(a.status, a.text).toBe("answered");
  expect(a.kind, a.text).toBe("comparison");
  return a.figures.map((f) => [f.agency, f.value]);
};

describe("a place's government and its own body, together", () => {
  it.each([
    "沩北区政府与沩北区住建局2023年依申请对比",
    "沩北区人民政府和沩北区住建局2023年依申请公开对比",
    "沩北区和沩北区住建局2023年依申请对比",
    "沩北区与沩北住建局2023年依申请比一比",
  ])("%s compares both", (q) => {
    expect(compared(q)).toEqual([
      ["沩北区人民政府", 150],
      ["沩北区住房和城乡建设局", 45],
    ]);
  });

  it("a city and its own body: both, the city not dropped", () => {
    expect(compared("岫宁市和岫宁市住建局2023年依申请对比")).toEqual([
      ["岫宁市人民政府", 300],
      ["岫宁市住房和城乡建设局", 70],
    ]);
  });

  it("two places sharing one body's name are still each place's body", () => {
    expect(compared("沩北区和蓟门县住建局2023年依申请对比")).toEqual([
      ["沩北区住房和城乡建设局", 45],
      ["蓟门县住房和城乡建设局", 12],
    ]);
  });
});
