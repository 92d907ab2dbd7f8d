/**
 * A department named the short way by leaving words of its full name out (资源规划局 for
 * 自然资源和规划局, 城乡建设局 for 住房和城乡建设局, 市场管理局 for 市场监督管理局): the place's one
 * loaded body it shortens is answered, with a note naming it; several are asked back; a name that
 * shortens none stays not found. Invented names.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { shortens } from "../../src/index/agency/shortened.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { makeReport } from "../helpers/report.ts";

const BODIES: [string, number][] = [
  ["棠溪县人民政府", 120],
  ["棠溪县自然资源和规划局", 33],
  ["棠溪县人力资源和社会保障局", 18],
  ["棠溪县市场监督管理局", 41],
  ["棠溪县教育局", 21],
  ["濯川县自然资源和规划局", 9],
  ["沅浦市住房和城乡建设局", 70],
];
const reports = BODIES.map(([agency, n]) =>
  makeReport({ agency, region: identify(agency).region, year: 2023, file: `${agency}.txt`, table2: { new: { total: n } } as never }),
);
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });

describe("a body's name with words left out", () => {
  it.each([
    ["棠溪县资源规划局2023年依申请公开多少件", "棠溪县自然资源和规划局", 33],
    ["棠溪县市场管理局2023年依申请公开多少件", "棠溪县市场监督管理局", 41],
    ["沅浦市城乡建设局2023年依申请公开多少件", "沅浦市住房和城乡建设局", 70],
    ["濯川县资源规划局2023年依申请公开多少件", "濯川县自然资源和规划局", 9],
  ])("%s → %s", (q, agency, value) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.agency).toBe(agency);
    expect(a.figures[0]?.value).toBe(value);
    // the body taken is said
    expect(a.text).toContain(`按“${agency}”理解`);
  });

  it("asks back when several of the place's bodies fit (资源局: 自然资源和规划局 or 人力资源和社会保障局)", () => {
    const a = answerer.answer("棠溪县资源局2023年依申请公开多少件");
    expect(a.status).toBe("clarify");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("棠溪县自然资源和规划局");
    expect(a.text).toContain("棠溪县人力资源和社会保障局");
  });

  it("a name that shortens none of the place's bodies stays not found (words out of order, another body)", () => {
    for (const q of ["棠溪县规划资源局2023年依申请公开多少件", "棠溪县公安局2023年依申请公开多少件", "濯川县市场管理局2023年依申请公开多少件"]) {
      const a = answerer.answer(q);
      expect(a.status, q).toBe("not_found");
      expect(a.figures, q).toEqual([]);
    }
  });

  it("keeps the words in order and the ending", () => {
    expect(shortens("资源规划局", "自然资源和规划局")).toBe(true);
    expect(shortens("市监管局", "市场监督管理局")).toBe(true);
    expect(shortens("规划资源局", "自然资源和规划局")).toBe(false);
    expect(shortens("资源规划委", "自然资源和规划局")).toBe(false);
    expect(shortens("卫生委", "卫生健康委员会")).toBe(true);
  });
});
