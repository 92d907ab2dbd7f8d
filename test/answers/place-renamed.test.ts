/**
 * A place whose status changed (撤县设区, 撤镇设街道) is one body before and after (outside round 12:
 * 柏坪县2024 → “没有…已有：2021 年”, 柏坪区2021 → not found, a trend without 2021). Joined as bodies
 * renamed by a reform are (index/agency/successions.ts): same stem, same body, years that follow
 * each other without overlap, the earlier status first — with a note saying so. Never joined: two
 * places reporting in the same years (岑山区 and 岑山市), or two places the gazetteer lists side by
 * side (朝阳县 and 朝阳区). Names are invented (朝阳 is real, for the gazetteer guard).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import type { Report } from "../../src/index/schema.ts";
import { makeReport } from "../helpers/report.ts";

const BODIES: [string, Record<number, number>][] = [
  ["琅坪县人民政府", { 2021: 12 }],
  ["琅坪区人民政府", { 2022: 17, 2023: 11, 2024: 11 }],
  ["琅坪县教育局", { 2021: 4 }],
  ["琅坪区教育局", { 2022: 6, 2023: 5 }],
  ["梧岭镇人民政府", { 2021: 3 }],
  ["梧岭街道办事处", { 2022: 5, 2023: 2 }],
  // two places of one stem reporting side by side
  ["岑山区人民政府", { 2021: 13, 2022: 14, 2023: 15, 2024: 18 }],
  ["岑山市人民政府", { 2021: 20, 2022: 21, 2023: 22 }],
  // both in the gazetteer: two places, whatever their years
  ["朝阳县人民政府", { 2020: 30, 2021: 31 }],
  ["朝阳区人民政府", { 2022: 40, 2023: 41 }],
];

const reports: Report[] = BODIES.flatMap(([agency, years]) =>
  Object.entries(years).map(([year, received]) => makeReport({ agency, region: identify(agency).region, year: Number(year), file: `${agency}-${year}.txt`, table2: { new: { total: received } } as never })),
);
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const ask = (q: string) => answerer.answer(q);
const figure = (q: string) => {
  const a = ask(q);
  return [a.status, a.figures[0]?.agency, a.figures[0]?.year, a.figures[0]?.value];
};

describe("a place renamed when its status changed is one body", () => {
  it("the old name for a year after the change, the new name for a year before, each said so", () => {
    const a = ask("琅坪县2024年收到多少政府信息公开申请");
    expect([a.status, a.figures[0]?.agency, a.figures[0]?.year, a.figures[0]?.value]).toEqual(["answered", "琅坪区人民政府", 2024, 11]);
    expect(a.text).toContain("琅坪县人民政府（2021 年报告）与琅坪区人民政府（2022—2024 年报告）按同一机关改名前后的报告回答");
    expect(a.text).toContain("撤县设区");
    expect(figure("琅坪区2021年收到多少政府信息公开申请")).toEqual(["answered", "琅坪县人民政府", 2021, 12]);
    // a department of the place, and a town become a 街道
    expect(figure("琅坪区教育局2021年收到多少政府信息公开申请")).toEqual(["answered", "琅坪县教育局", 2021, 4]);
    expect(figure("梧岭街道2021年收到多少政府信息公开申请")).toEqual(["answered", "梧岭镇人民政府", 2021, 3]);
  });

  it("a trend and 比上年 run across the change", () => {
    expect(ask("琅坪区历年收到的政府信息公开申请").figures.map((f) => [f.year, f.value])).toEqual([[2021, 12], [2022, 17], [2023, 11], [2024, 11]]);
    const c = ask("琅坪区2022年依申请比上年多了多少");
    expect([c.status, c.figures[0]?.value]).toEqual(["answered", 5]);
  });

  it("never joined: places of one stem reporting in the same years, or both in the gazetteer", () => {
    expect(ask("岑山市2024年收到多少政府信息公开申请").status).toBe("not_found");
    expect(figure("岑山区2022年收到多少政府信息公开申请")).toEqual(["answered", "岑山区人民政府", 2022, 14]);
    expect(ask("朝阳县2023年收到多少政府信息公开申请").status).toBe("not_found");
    expect(ask("朝阳区2021年收到多少政府信息公开申请").status).toBe("not_found");
  });
});
