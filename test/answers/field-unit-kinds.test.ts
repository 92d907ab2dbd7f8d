/**
 * A field of bodies by the kind the user's word names (invented: 岑渚县 of 琇州市, places no
 * gazetteer lists):
 *  - 哪个局 ranks the bureaus (and 委, README's 委 for 局), never a 中心 or a 大队 — those are named as left out;
 *  - 垂直管理部门 takes in an upper body's unit sitting in the county (琇州市生态环境局岑渚分局,
 *    琇州市住房公积金管理中心岑渚县管理部) besides 税务 / 气象 / 消防;
 *  - a city's unit named «…中心岑渚县管理部» sits in the county: never ranked as the city's own department.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import type { Report } from "../../src/index/schema.ts";
import { makeReport } from "../helpers/report.ts";

/** agency, region as the reader gives it, 本年新收 in 2024 */
const BODIES: [string, string, number][] = [
  ["琇州市人民政府", "琇州市", 210],
  ["琇州市财政局", "琇州市", 30],
  ["琇州市教育局", "琇州市", 22],
  ["琇州市住房公积金管理中心", "琇州市", 9],
  ["琇州市住房公积金管理中心岑渚县管理部", "琇州市", 95],
  ["琇州市生态环境局岑渚分局", "琇州市", 17],
  ["岑渚县人民政府", "岑渚县", 60],
  ["岑渚县民政局", "岑渚县", 12],
  ["岑渚县卫生健康委员会", "岑渚县", 14],
  ["岑渚县融媒体中心", "岑渚县", 80],
  ["岑渚县公共资源交易中心", "岑渚县", 40],
  ["国家税务总局岑渚县税务局", "岑渚县", 8],
  ["岑渚县气象局", "岑渚县", 3],
  ["岑渚县消防救援大队", "岑渚县", 5],
];

const reports: Report[] = BODIES.map(([agency, region, received]) =>
  makeReport({ agency, region, year: 2024, file: `${agency}-2024.txt`, table2: { new: { total: received } } as never }),
);
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const ranked = (q: string) => answerer.answer(q).figures.map((f) => [f.agency, f.value]);

describe("哪个局: the bureaus (and 委), never a 中心", () => {
  it("ranks 局 and 委 only, naming the 中心 and 大队 left out", () => {
    const a = answerer.answer("岑渚县2024年哪个局依申请公开最多");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.agency).toBe("琇州市生态环境局岑渚分局");
    const agencies = a.figures.map((f) => f.agency);
    expect(agencies).toEqual(expect.arrayContaining(["岑渚县卫生健康委员会", "岑渚县民政局", "国家税务总局岑渚县税务局"]));
    expect(agencies).not.toContain("岑渚县融媒体中心");
    expect(agencies).not.toContain("岑渚县公共资源交易中心");
    expect(agencies).not.toContain("岑渚县消防救援大队");
    expect(a.notes.join("")).toContain("岑渚县融媒体中心");
  });

  it("哪个部门 still takes the 中心", () => {
    expect(ranked("岑渚县2024年哪个部门依申请公开最多").map(([a]) => a)).toContain("岑渚县融媒体中心");
  });
});

describe("an upper body's unit sitting in the county", () => {
  it("a «…中心X县管理部» is the county's, a branch of its centre", () => {
    expect(identify("琇州市住房公积金管理中心岑渚县管理部")).toMatchObject({ region: "岑渚县", branchOf: "住房公积金管理中心" });
  });

  it("垂直管理部门 takes in the city's 分局 and 管理部 in the county", () => {
    const a = answerer.answer("岑渚县2024年垂直管理部门哪个依申请公开最多");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([
      ["琇州市住房公积金管理中心岑渚县管理部", 95],
      ["琇州市生态环境局岑渚分局", 17],
      ["国家税务总局岑渚县税务局", 8],
      ["岑渚县消防救援大队", 5],
      ["岑渚县气象局", 3],
    ]);
  });

  it("is never ranked among the city's own departments", () => {
    for (const q of ["琇州市市直部门2024年依申请公开哪个最多", "琇州市2024年哪个部门依申请公开最多"]) {
      const r = ranked(q);
      expect(r[0], q).toEqual(["琇州市财政局", 30]);
      expect(r.map(([a]) => a), q).not.toContain("琇州市住房公积金管理中心岑渚县管理部");
    }
  });
});
