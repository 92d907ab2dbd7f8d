/**
 * A body merged with another by a reform (invented: 蘧川县农业农村局 2022–2023 → 蘧川县农业农村和水利局
 * 2024–2025, “原蘧川县农业农村局、蘧川县水利局职责整合，组建蘧川县农业农村和水利局”): one body's line,
 * asked by the old name, the new one or its short name 农水局 — and the merged-in 水利局 is never answered
 * with the 农业农村局's years.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import type { Report } from "../../src/index/schema.ts";
import { makeReport } from "../helpers/report.ts";

const BODIES: [string, Record<number, number>][] = [
  ["蘧川县人民政府", { 2022: 70, 2023: 72, 2024: 74, 2025: 76 }],
  ["蘧川县农业农村局", { 2022: 21, 2023: 26 }],
  ["蘧川县农业农村和水利局", { 2024: 15, 2025: 9 }],
  ["蘧川县民政局", { 2022: 4, 2023: 5, 2024: 6, 2025: 7 }],
];
const reports: Report[] = BODIES.flatMap(([agency, years]) =>
  Object.entries(years).map(([year, received]) => makeReport({ agency, region: "蘧川县", year: Number(year), file: `${agency}-${year}.txt`, table2: { new: { total: received } } as never })),
);
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });

describe("a 农业农村局 merged into a 农业农村和水利局", () => {
  it("the old name's history runs across the merger", () => {
    const a = answerer.answer("蘧川县农业农村局历年依申请公开数量");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.year, f.value])).toEqual([[2022, 21], [2023, 26], [2024, 15], [2025, 9]]);
  });

  it("the new short name reads the old name's years, and 比上年 across the merger", () => {
    expect(answerer.answer("蘧川县农水局2023年收到多少依申请").figures[0]?.value).toBe(26);
    const c = answerer.answer("蘧川县农业农村和水利局2024年依申请公开比上年多了多少");
    expect(c.status, c.text).toBe("answered");
    expect(c.figures.map((f) => f.value)).toContain(15);
    expect(c.text).toContain("-11");
  });

  it("the merged-in 水利局 is never answered with the 农业农村局's figure", () => {
    const a = answerer.answer("蘧川县水利局2022年依申请公开多少件");
    expect(a.status, a.text).not.toBe("answered");
    expect(a.text).not.toContain("21");
  });
});
