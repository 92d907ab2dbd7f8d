/**
 * A place typed with one character wrong, not of the same sound (鹫 for 鹭, 芩 for 岑): the one loaded
 * place one character away is answered, with a note naming it; several are asked back, only their
 * bodies offered. A real county (in the gazetteer) and a township are never read as a loaded one.
 * Invented names.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { makeReport } from "../helpers/report.ts";

const BODIES: [string, number][] = [
  ["鹭门县人民政府", 108],
  ["鹭门县教育局", 24],
  ["桐岑县人民政府", 99],
  ["桐岑县教育局", 31],
  ["棠溪县教育局", 12],
  ["梓溪县教育局", 15],
  ["鹭门县城关镇人民政府", 6],
  ["三岔县人民政府", 77],
];
const reports = BODIES.map(([agency, n]) =>
  makeReport({ agency, region: identify(agency).region, year: 2023, file: `${agency}.txt`, table2: { new: { total: n } } as never }),
);
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });

describe("a place one character off", () => {
  it.each([
    ["鹫门县教育局2023年依申请公开多少件", "鹫门县", "鹭门县", "鹭门县教育局", 24],
    ["桐芩县教育局2023年依申请公开多少件", "桐芩县", "桐岑县", "桐岑县教育局", 31],
    ["鹫门县2023年依申请公开多少件", "鹫门县", "鹭门县", "鹭门县人民政府", 108],
  ])("%s → %s read as %s", (q, typed, read, agency, value) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.agency).toBe(agency);
    expect(a.figures[0]?.value).toBe(value);
    expect(a.text).toContain(`“${typed}”按“${read}”理解`);
  });

  it("asks back among the places one character away, only their bodies", () => {
    const a = answerer.answer("梧溪县教育局2023年依申请公开多少件");
    expect(a.status, a.text).toBe("clarify");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("棠溪县教育局");
    expect(a.text).toContain("梓溪县教育局");
    expect(a.text).not.toMatch(/鹭门县教育局|桐岑县教育局/u);
  });

  it("a real county and a township are not read as a loaded place one character away", () => {
    // 桐庐县 (Zhejiang) is one character from 桐岑县; 城东镇 one from 城关镇
    for (const q of ["桐庐县教育局2023年依申请公开多少件", "鹭门县城东镇2023年依申请公开多少件"]) {
      const a = answerer.answer(q);
      expect(a.status, q).not.toBe("answered");
      expect(a.figures, q).toEqual([]);
    }
  });

  it("words the first reading explained are not a place one character off (三个县 is the counties, not 三岔县)", () => {
    const a = answerer.answer("三个县政府2023年依申请公开谁最多");
    expect(a.text).not.toContain("按“三岔县”理解");
    expect(a.figures.map((f) => f.agency)).toEqual(["鹭门县人民政府", "桐岑县人民政府", "三岔县人民政府"]);
  });
});
