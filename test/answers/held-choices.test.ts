/**
 * An ask-back offers only bodies with a report for the year asked; one left is answered with a note
 * naming it, never asked back as a list of one. Invented bodies.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport } from "../helpers/report.ts";

const body = (agency: string, region: string, year: number, received: number) =>
  makeReport({ agency, region, year, file: `${agency}-${year}.txt`, table2: { new: { total: received } } });
const answerer = createAnswerer(
  [
    body("甲州市住房和城乡建设局", "甲州市", 2023, 64),
    body("甲州市住房和城乡建设局", "甲州市", 2024, 70),
    body("乙水县住房和城乡建设局", "乙水县", 2023, 12),
    body("丙山市住房和城乡建设局", "丙山市", 2022, 8),
    body("甲州市人民政府", "甲州市", 2023, 110),
    body("乙水县人民政府", "乙水县", 2023, 40),
  ],
  { today: () => new Date("2026-11-30") },
);

describe("ask-backs filtered by the year asked", () => {
  it("one body with a report for the year is answered, with a note naming it", () => {
    const a = answerer.answer("住建局2024年依申请公开多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["甲州市住房和城乡建设局", 70]]);
    expect(a.notes.join()).toContain("有 2024 年报告的只有甲州市住房和城乡建设局");
  });
  it("several left: only they are offered", () => {
    const a = answerer.answer("住建局2023年依申请公开多少件");
    expect(a.status).toBe("clarify");
    expect(a.choices).toHaveLength(2);
    expect(a.choices.join()).not.toContain("丙山市");
  });
  it("no year asked, or none has the year: every body is offered", () => {
    expect(answerer.answer("住建局依申请公开多少件").choices).toHaveLength(3);
    expect(answerer.answer("住建局2021年依申请公开多少件").choices).toHaveLength(3);
  });
});

describe("an ask-back with a single choice is answered", () => {
  it("市政府 when one city government has a report: its figure, said so", () => {
    const a = answerer.answer("市政府2023年依申请公开多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.question).toBe("市政府2023年依申请公开多少件");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["甲州市人民政府", 110]]);
    expect(a.notes.join()).toContain("只有甲州市人民政府");
  });
});
