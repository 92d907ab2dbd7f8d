/**
 * A place named once before a list of bodies (X市2023年自规局、住建局、公安局…分别多少): the place is every
 * listed body's, even where a listed name alone fits bodies of several places. Invented names.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { makeReport } from "../helpers/report.ts";

const BODIES: [string, number][] = [
  ["蕖阳市人民政府", 400],
  ["蕖阳市自然资源和规划局", 66],
  ["蕖阳市住房和城乡建设局", 52],
  ["蕖阳市公安局", 48],
  ["蕖阳市人力资源和社会保障局", 15],
  ["芰溪县人民政府", 90],
  ["芰溪县住房和城乡建设局", 11],
  ["芰溪县公安局", 7],
  ["芰溪县人力资源和社会保障局", 3],
];
const answerer = createAnswerer(
  BODIES.map(([agency, n]) => makeReport({ agency, region: identify(agency).region, year: 2023, file: `${agency}.txt`, table2: { new: { total: n } } as never })),
  { today: () => new Date("2026-11-30") },
);

describe("a place named once before a list of bodies", () => {
  it.each([
    ["蕖阳市2023年自规局、住建局、公安局收到申请分别多少", [["蕖阳市自然资源和规划局", 66], ["蕖阳市住房和城乡建设局", 52], ["蕖阳市公安局", 48]]],
    ["蕖阳市2023年人社局、住建局、公安局依申请公开各多少件", [["蕖阳市人力资源和社会保障局", 15], ["蕖阳市住房和城乡建设局", 52], ["蕖阳市公安局", 48]]],
    ["对比蕖阳市自规局、公安局和人社局2023年依申请公开", [["蕖阳市自然资源和规划局", 66], ["蕖阳市公安局", 48], ["蕖阳市人力资源和社会保障局", 15]]],
  ])("%s", (q, expected) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value]), a.text).toEqual(expect.arrayContaining(expected));
    expect(a.figures.every((f) => f.agency.startsWith("蕖阳市")), a.text).toBe(true);
  });

  it("another place named in the list keeps its own body (芰溪县公安局)", () => {
    const a = answerer.answer("蕖阳市2023年住建局、公安局和芰溪县公安局收到申请分别多少");
    expect(a.figures.map((f) => [f.agency, f.value]), a.text).toEqual(expect.arrayContaining([["蕖阳市住房和城乡建设局", 52], ["蕖阳市公安局", 48], ["芰溪县公安局", 7]]));
  });
});
